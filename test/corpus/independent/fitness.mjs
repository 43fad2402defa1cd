#!/usr/bin/env node
// fitness.mjs — independent labelled test corpus for listguard: gyms (健身房),
// yoga and pilates studios, swimming pools, martial-arts and dance schools in
// China, whose 会籍顾问 and 私教 are known to walk off with the member list.
//
// Written in session 28 by a helper that never read src/, rules/ or test/,
// from cn-formats.md and DESIGN.md only.
//
// Usage:   node fitness.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"fit-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],  // must be reported (unique per doc)
//    "dontCare":[{"detector":"...","value":"..."}],  // either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}         // must NOT be reported under any detector
// Normalisation of values: cn_resident_id 18 chars upper-case X (legacy 15-digit
// IDs upgraded to 18); cn_mobile 11 digits (no +86, no separators);
// cn_landline digits incl. leading 0 + area code; email lower-case; bank_card
// digits only; cn_uscc / cn_passport upper-case; person_name_zh as written
// without spaces or titles. Decoys carry their exact text as written.
//
// Documents: 会员档案 exports, 私教 orders, 消课 logs, 体测 reports, OCR'd 入会合同,
// 退卡/转卡 forms, 提成/工资 sheets, 月付代扣 lists, 潜客 leads, 团课 bookings,
// 储物柜 rentals, 游泳健康证 checks, 少儿班 rosters, 会籍 call logs, WeChat chats,
// SMS gateway logs, 门禁 logs, mini-program JSON, head-office mail, coach
// handover notes, POS XML, 开票申请, meeting minutes, phone-contact OCR,
// 会员详情 pages. Deterministic (mulberry32, fixed seed); self-check at the end.

import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(0x0F17A28C);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
function wpick(list) { // [..., weight] as last element
  let tot = 0; for (const x of list) tot += x[x.length - 1];
  let r = R() * tot;
  for (const x of list) { r -= x[x.length - 1]; if (r <= 0) return x; }
  return list[list.length - 1];
}
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function sample(a, n) { return shuffle(a).slice(0, n); }
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };

// -------------------------------------------------------- check digits ----
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65']);
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => (m === 2 && leap(y) ? 29 : DIM[m - 1]);
function dateOk(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
function validId(s) {
  s = String(s).toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !dateOk(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function legacyOk(s) {
  if (!/^\d{15}$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  return dateOk(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12));
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (dbl) { d *= 2; if (d > 9) d -= 9; } sum += d; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnComplete(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
function breakLuhn(s) { if (!luhnOk(s)) return s; const l = +s[s.length - 1]; return s.slice(0, -1) + ((l + 3) % 10); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let sum = 0; for (let i = 0; i < 17; i++) sum += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (sum % 31)) % 31]; }
function orgCheck(s8) {
  const w = [3, 7, 9, 10, 5, 8, 4, 2]; let sum = 0;
  for (let i = 0; i < 8; i++) { const c = s8[i]; sum += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; }
  const r = 11 - (sum % 11); return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}
function validUscc(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16];
}
const MOB_OK = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mobOk = (s) => MOB_OK.test(s) || /^17400[0-5]\d{5}$/.test(s);
const LL_AREAS = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8 };
function landlineOk(s) { for (const [a, n] of Object.entries(LL_AREAS)) if (s.startsWith(a) && s.length === a.length + n && /[2-8]/.test(s[a.length])) return true; return false; }
const EMAIL_RE = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/;

// -------------------------------------------------------------- names ----
const SURN = [['王','wang',72],['李','li',72],['张','zhang',68],['刘','liu',54],['陈','chen',45],['杨','yang',31],['黄','huang',23],['赵','zhao',23],['吴','wu',21],['周','zhou',21],['徐','xu',17],['孙','sun',15],['马','ma',15],['朱','zhu',14],['胡','hu',13],['郭','guo',12],['何','he',12],['高','gao',12],['林','lin',11],['罗','luo',11],['郑','zheng',10],['梁','liang',10],['谢','xie',8],['宋','song',8],['唐','tang',8],['许','xu',7],['韩','han',7],['冯','feng',7],['邓','deng',7],['曹','cao',7],['彭','peng',6],['曾','zeng',6],['肖','xiao',6],['田','tian',6],['董','dong',6],['袁','yuan',5],['潘','pan',5],['于','yu',5],['蒋','jiang',5],['蔡','cai',5],['余','yu',5],['杜','du',5],['叶','ye',5],['程','cheng',5],['苏','su',4],['魏','wei',4],['吕','lv',4],['丁','ding',4],['任','ren',4],['沈','shen',4],['姚','yao',4],['卢','lu',4],['姜','jiang',4],['崔','cui',4],['钟','zhong',4],['谭','tan',3],['陆','lu',3],['汪','wang',3],['范','fan',3],['金','jin',3],['石','shi',3],['廖','liao',3],['贾','jia',3],['夏','xia',3],['韦','wei',3],['付','fu',3],['方','fang',3],['白','bai',3],['邹','zou',3],['孟','meng',3],['熊','xiong',3],['秦','qin',3],['邱','qiu',3],['江','jiang',3],['尹','yin',3],['薛','xue',3],['闫','yan',3],['段','duan',3],['雷','lei',3],['侯','hou',2],['龙','long',2],['史','shi',2],['陶','tao',2],['黎','li',2],['贺','he',2],['顾','gu',2],['毛','mao',2],['郝','hao',2],['龚','gong',2],['邵','shao',2],['万','wan',2],['覃','qin',2],['武','wu',2],['戴','dai',2],['欧阳','ouyang',1],['上官','shangguan',0.3],['司马','sima',0.2],['诸葛','zhuge',0.2],['令狐','linghu',0.2],['司徒','situ',0.3],['皇甫','huangfu',0.2]];
const GM = [['伟','wei'],['强','qiang'],['磊','lei'],['军','jun'],['勇','yong'],['杰','jie'],['涛','tao'],['斌','bin'],['超','chao'],['明','ming'],['刚','gang'],['平','ping'],['辉','hui'],['鹏','peng'],['浩','hao'],['宇','yu'],['轩','xuan'],['晨','chen'],['俊','jun'],['凯','kai'],['博','bo'],['文','wen'],['志','zhi'],['建','jian'],['华','hua'],['国','guo'],['东','dong'],['海','hai'],['亮','liang'],['峰','feng'],['帅','shuai'],['鑫','xin'],['昊','hao'],['然','ran'],['睿','rui'],['泽','ze'],['航','hang'],['逸','yi'],['哲','zhe'],['成','cheng'],['飞','fei'],['永','yong'],['健','jian'],['毅','yi'],['立','li'],['子','zi'],['天','tian'],['嘉','jia'],['一','yi'],['振','zhen'],['锋','feng'],['彬','bin'],['旭','xu'],['阳','yang'],['书','shu'],['铭','ming'],['瑞','rui'],['翔','xiang'],['洋','yang'],['云','yun'],['晓','xiao'],['新','xin'],['正','zheng'],['卫','wei'],['坤','kun'],['磊','lei'],['远','yuan'],['震','zhen'],['庆','qing'],['波','bo']];
const GF = [['芳','fang'],['娜','na'],['敏','min'],['静','jing'],['丽','li'],['艳','yan'],['娟','juan'],['霞','xia'],['婷','ting'],['雪','xue'],['慧','hui'],['琳','lin'],['颖','ying'],['倩','qian'],['洁','jie'],['玲','ling'],['燕','yan'],['萍','ping'],['红','hong'],['琴','qin'],['梅','mei'],['莉','li'],['雯','wen'],['欣','xin'],['怡','yi'],['悦','yue'],['彤','tong'],['萱','xuan'],['涵','han'],['诗','shi'],['梦','meng'],['雨','yu'],['晴','qing'],['佳','jia'],['思','si'],['可','ke'],['馨','xin'],['瑶','yao'],['璐','lu'],['蕾','lei'],['薇','wei'],['妍','yan'],['嘉','jia'],['子','zi'],['晓','xiao'],['春','chun'],['秀','xiu'],['淑','shu'],['桂','gui'],['凤','feng'],['兰','lan'],['英','ying'],['露','lu'],['菲','fei'],['婧','jing'],['蓉','rong'],['丹','dan'],['宁','ning'],['艺','yi'],['一','yi'],['若','ruo'],['筱','xiao'],['冰','bing'],['珊','shan']];
const FIRST_ONLY = new Set(['子', '一', '晓', '嘉', '佳', '思', '若', '筱', '梓', '沐', '诗', '梦', '雨', '可', '书', '天']);
const GKM = [['梓','zi'],['宸','chen'],['沐','mu'],['禹','yu'],['轩','xuan'],['睿','rui'],['煜','yu'],['锦','jin'],['奕','yi'],['熙','xi'],['诺','nuo'],['皓','hao'],['晨','chen'],['子','zi'],['浩','hao'],['宇','yu']];
const GKF = [['梓','zi'],['诺','nuo'],['桐','tong'],['瑾','jin'],['熙','xi'],['芊','qian'],['涵','han'],['萱','xuan'],['昕','xin'],['朵','duo'],['溪','xi'],['一','yi'],['可','ke'],['欣','xin'],['雨','yu'],['子','zi'],['悦','yue'],['彤','tong']];
const GK = [['梓','zi'],['诺','nuo'],['宸','chen'],['沐','mu'],['桐','tong'],['瑾','jin'],['熙','xi'],['奕','yi'],['芊','qian'],['禹','yu'],['涵','han'],['轩','xuan'],['睿','rui'],['萱','xuan'],['昕','xin'],['恩','en'],['锦','jin'],['煜','yu'],['朵','duo'],['溪','xi']];
const MINORITY = [['买买提·艾力','maimaiti','650102','男'],['阿依古丽·吐尔逊','ayiguli','650102','女'],['古丽娜尔·艾买提','gulinaer','650103','女'],['热依拉·阿不都','reyila','650102','女'],['艾尔肯·吾守尔','aierken','650104','男'],['迪力夏提·买买提','dilixiati','650103','男'],['扎西次仁','zhaxiciren','540102','男'],['巴图·额尔敦','batu','150102','男'],['娜仁·其其格','naren','150102','女']];

// Words that look like names but are not (used as decoys; names never equal them).
const NOT_NAMES = new Set();

// --------------------------------------------------------- places etc. ----
const CITY = {
  深圳: { area: '0755', rg: ['440303','440304','440305','440306','440307'], co: ['440300','440305','440304'], prov: '广东',
    stores: [['南山海岸城店'],['福田中心城店'],['宝安壹方城店'],['龙华店','龙华'],['罗湖万象城店','罗湖'],['科技园店']] },
  广州: { area: '020', rg: ['440103','440104','440105','440106','440111','440113'], co: ['440106','440101','440104'], prov: '广东',
    stores: [['天河体育中心店'],['林和西店','林和西'],['珠江新城店'],['番禺万达店','万达'],['石牌桥店','石牌桥'],['江南西店','江南西']] },
  上海: { area: '021', rg: ['310101','310104','310105','310106','310107','310110','310112','310115'], co: ['310115','310104','310112'], prov: '上海',
    stores: [['张江店','张江'],['徐家汇店','徐家汇'],['田林店','田林'],['静安寺店'],['陆家嘴店','陆家嘴'],['周浦万达店','周浦']] },
  北京: { area: '010', rg: ['110101','110102','110105','110106','110108','110103','110104'], co: ['110105','110108','110106'], prov: '北京',
    stores: [['王府井店','王府井'],['望京SOHO店'],['宋家庄店','宋家庄'],['马家堡店','马家堡'],['常营店','常营'],['黄村店','黄村']] },
  杭州: { area: '0571', rg: ['330102','330105','330106','330108','330110'], co: ['330106','330108','330110'], prov: '浙江',
    stores: [['武林店','武林'],['钱江新城店','钱江'],['滨江店'],['黄龙店','黄龙']] },
  成都: { area: '028', rg: ['510104','510105','510106','510107','510108'], co: ['510107','510104','510100'], prov: '四川',
    stores: [['春熙路店'],['高新店','高新'],['金沙店','金沙'],['温江店','温江']] },
  武汉: { area: '027', rg: ['420102','420103','420104','420106','420111'], co: ['420106','420111','420100'], prov: '湖北',
    stores: [['光谷店'],['楚河汉街店'],['徐东店','徐东']] },
  南京: { area: '025', rg: ['320102','320104','320105','320106','320113'], co: ['320105','320106','320100'], prov: '江苏',
    stores: [['新街口店'],['河西万达店','万达'],['江宁店','江宁']] },
  西安: { area: '029', rg: ['610102','610103','610104','610113'], co: ['610113','610100'], prov: '陕西',
    stores: [['小寨店'],['曲江店','曲江'],['钟楼店','钟楼']] },
  苏州: { area: '0512', rg: ['320505','320506','320507','320508','320583'], co: ['320594','320506','320500'], prov: '江苏',
    stores: [['园区店'],['吴中店','吴中'],['金鸡湖店','金鸡湖']] },
};
const CITIES = Object.keys(CITY);
const REGION_SINCE = { '320505': 2001, '320506': 2001, '320507': 2001, '320508': 2013, '330110': 2002, '330108': 1997, '440306': 1993, '440307': 1993, '310115': 1993, '310112': 1993, '441900': 1988 };
const DISTRICT = { 深圳: '南山区', 广州: '天河区', 上海: '徐汇区', 北京: '朝阳区', 杭州: '西湖区', 成都: '武侯区', 武汉: '洪山区', 南京: '建邺区', 西安: '雁塔区', 苏州: '工业园区' };
const MIGRANT = ['130102','130104','140105','210102','220102','230103','340104','350102','360102','370102','370202','410105','411302','421002','430602','450103','510107','520102','530102','610113','620102','441302','440604','441900','445202','360702','431002','513401','522601','321002','330302','371002','420106'];
for (const c of CITIES) for (const s of CITY[c].stores) if (s[1]) NOT_NAMES.add(s[1]);

const BRANDS = [
  { n: '悦动健身', dom: 'yuedongfit.com', co: '悦动健身管理有限公司', t: 'gym' },
  { n: '型动力健身', dom: 'xingdongli.cn', co: '型动力体育发展有限公司', t: 'gym' },
  { n: '超燃运动', dom: 'chaoransport.com', co: '超燃运动科技有限公司', t: 'gym' },
  { n: '铁馆FITNESS', dom: 'tieguan-fit.com', co: '铁馆健身服务有限公司', t: 'gym' },
  { n: '莲心瑜伽', dom: 'lianxinyoga.cn', co: '莲心瑜伽文化传播有限公司', t: 'yoga' },
  { n: '塑研普拉提', dom: 'suyanpilates.com', co: '塑研健康管理有限公司', t: 'pilates' },
  { n: '蓝鲸游泳', dom: 'lanjingswim.com', co: '蓝鲸游泳健身有限公司', t: 'swim' },
  { n: '龙武堂', dom: 'longwutang.cn', co: '龙武堂武术培训有限公司', t: 'martial', tok: '龙武堂' },
  { n: '舞之韵舞蹈', dom: 'wuzhiyun-dance.com', co: '舞之韵文化艺术培训有限公司', t: 'dance' },
  { n: '拳力搏击', dom: 'quanli-boxing.com', co: '拳力体育文化有限公司', t: 'martial' },
];
NOT_NAMES.add('龙武堂');
const TYPE = {
  gym: { cards: ['年卡','季卡','月卡','周卡','次卡','半年卡','两年卡','金卡','白金卡','钻石卡','常规年卡','双人年卡','学生卡','月付卡'],
    courses: ['燃脂搏击','动感单车','杠铃操','尊巴','搏击操','腹肌撕裂者','蜜桃臀','HIIT','拉伸放松','高温瑜伽','流瑜伽','普拉提'],
    pt: ['私教12节','私教20节','私教30节','私教50节','减脂塑形20节','增肌私教30节','康复私教10节'] },
  yoga: { cards: ['瑜伽年卡','瑜伽季卡','瑜伽次卡','小班课20次','月卡','金卡','白金卡'],
    courses: ['流瑜伽','阴瑜伽','空中瑜伽','哈他瑜伽','高温瑜伽','理疗瑜伽','冥想','普拉提'], pt: ['私教10节','私教20节','普拉提私教12节'] },
  pilates: { cards: ['器械小班20次','器械小班40次','垫上次卡','月卡','季卡'],
    courses: ['普拉提核心床','普拉提垫上','梯桶','凯迪拉克','椅子课','脊柱矫正'], pt: ['普拉提私教12节','普拉提私教24节','康复普拉提10节'] },
  swim: { cards: ['游泳年卡','游泳季卡','游泳次卡','亲子游泳卡','学生暑期卡','年卡'],
    courses: ['少儿游泳','成人蛙泳','自由泳提高','蝶泳','亲子水育','水中健身操'], pt: ['游泳私教10节','少儿一对一10节','成人蛙泳包会班'] },
  martial: { cards: ['学期卡','年卡','次卡','季卡'], courses: ['跆拳道','散打','咏春','拳击','泰拳','少儿武术','自由搏击'], pt: ['私教12节','私教24节','泰拳私教10节'] },
  dance: { cards: ['学期卡','季卡','年卡','次卡'], courses: ['街舞','爵士舞','中国舞','芭蕾基训','拉丁舞','韩舞','少儿街舞'], pt: ['一对一10节','私教12节'] },
};
// Surname-led everyday/domain words placed where a name could stand.
const WORDS = ['余课','余额','付款','周卡','周末班','高温瑜伽','马甲线','史密斯机','龙门架','金额','常规','方案','成交','安排','任务','程序','明天','和平','田径','白金卡','时段','江湖','金卡','高级私教','蔡司','钱包','关于','向日葵','石头','夏天','叶子','余生','白桃乌龙','金鱼','田野','钱多多','秦时明月','马尾辫','牛油果','毛毛虫','程序猿','汤圆','包子','苏打水','方糖','易拉罐','常青藤','米粒','杨梅','李子','柳絮','雷阵雨','云朵','于是乎','甘蔗'];
for (const w of WORDS) NOT_NAMES.add(w);
const NICKS = ['向日葵','石头','夏天','叶子','余生','白桃乌龙','金鱼','田野','钱多多','秦时明月','马尾辫','牛油果','毛毛虫','程序猿','汤圆','包子','苏打水','方糖','易拉罐','常青藤','米粒','杨梅','李子','柳絮','雷阵雨','云朵','于是乎','甘蔗'];
const LATIN_NICKS = ['Lily','Coco','Kevin','Tony','Vivian','Amy','Jason','Cherry','Echo','Leo','Mia','Ivy','Sunny','Jack','Anna','Zoe'];
const TITLES = ['教练','老师','店长','经理','主管'];

// -------------------------------------------------------- generators ----
const USED = new Set();
function uniq(f) { for (let i = 0; i < 1000; i++) { const v = f(); if (!USED.has(v)) { USED.add(v); return v; } } throw new Error('uniq'); }
function rdate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
function addDays(dt, n) { const x = new Date(Date.UTC(dt.y, dt.m - 1, dt.d) + n * 864e5); return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }
const f1 = (t) => `${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)}`;
const f2 = (t) => `${t.y}/${t.m}/${t.d}`;
const f3 = (t) => `${t.y}年${t.m}月${t.d}日`;
const f4 = (t) => `${t.y}.${t.m}.${t.d}`;
const f5 = (t) => `${t.m}.${t.d}`;
const f6 = (t) => `${t.m}月${t.d}日`;
const f8 = (t) => `${t.y}${pad(t.m, 2)}${pad(t.d, 2)}`;
const hm = () => `${pad(ri(6, 22), 2)}:${pad(ri(0, 59), 2)}`;
const hms = () => `${hm()}:${pad(ri(0, 59), 2)}`;
function epochMs(t) { return Date.UTC(t.y, t.m - 1, t.d, ri(0, 15), ri(0, 59), ri(0, 59)) + ri(0, 999); }
const recent = () => rdate(2023, 2025);

const MP = [['130',3],['131',3],['132',3],['133',2],['134',2],['135',4],['136',4],['137',4],['138',4],['139',4],['145',.3],['147',.5],['150',3],['151',3],['152',2],['153',2],['155',2],['156',2],['157',2],['158',3],['159',3],['162',.2],['166',.5],['167',.2],['170',.3],['171',.3],['173',.8],['175',.5],['176',.8],['177',.8],['178',.6],['180',2],['181',2],['182',2],['183',2],['184',.6],['185',2],['186',3],['187',2],['188',2],['189',3],['190',.3],['191',.5],['192',.2],['193',.4],['195',.3],['198',.8],['199',.8]];
const makeMobile = () => uniq(() => wpick(MP)[0] + digits(8));
function makeId(region, b, male) {
  return uniq(() => { const seq = digits(2) + pick(male ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]); const body = region + b.y + pad(b.m, 2) + pad(b.d, 2) + seq; return body + idCheck(body); });
}
const BANKS = [['622202',19,'工商银行'],['621226',19,'工商银行'],['621700',19,'建设银行'],['622700',19,'建设银行'],['622848',19,'农业银行'],['621661',19,'中国银行'],['621785',19,'中国银行'],['622588',16,'招商银行'],['621483',16,'招商银行'],['622262',19,'交通银行'],['623058',19,'平安银行'],['621799',19,'邮储银行'],['622622',16,'民生银行'],['622908',19,'兴业银行'],['621098',19,'邮储银行']];
const CREDIT = [['622575',16,'招商银行信用卡'],['625809',16,'中信银行信用卡'],['436742',16,'建设银行龙卡信用卡'],['628258',16,'交通银行信用卡']];
function makeCard(bk) { return uniq(() => luhnComplete(bk[0] + digits(bk[1] - bk[0].length - 1))); }
function bankAcct(credit = false) { const bk = credit ? pick(CREDIT) : pick(BANKS); return { no: makeCard(bk), bank: bk[2] }; }
function makeUscc(region) {
  return uniq(() => {
    const body = chance(0.75) ? 'MA' + pick('0123456789'.split('')) + Array.from({ length: 5 }, () => pick(UA.split(''))).join('') : digits(8);
    const s17 = '91' + region + body + orgCheck(body); return s17 + usccCheck(s17);
  });
}
function makePassport() { return uniq(() => chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7)); }
function makeLandline(city) { const a = CITY[city].area; return uniq(() => a + ri(2, 8) + digits(LL_AREAS[a] - 1)); }

function person(city, o = {}) {
  const g = o.g || (chance(0.5) ? '男' : '女');
  let name, py, region, sur = '';
  if (!o.kid && chance(o.minority ?? 0.012)) {
    const mm = pick(MINORITY.filter((x) => !o.g || x[3] === o.g));
    if (mm) { [name, py, region] = mm; return finish(mm[3]); }
  }
  for (;;) {
    const s = wpick(SURN);
    const s2 = o.sur ? SURN.find((x) => x[0] === o.sur) || s : s;
    const pool = o.kid ? (g === '男' ? GKM : GKF) : (g === '男' ? GM : GF);
    let gv, gp;
    if (chance(o.kid ? 0.15 : 0.33)) { const a = pick(pool); if (FIRST_ONLY.has(a[0])) continue; gv = a[0]; gp = a[1]; }
    else if (g === '女' && chance(0.05)) { const a = pick(GF); gv = a[0] + a[0]; gp = a[1] + a[1]; }
    else { const a = pick(pool), b = pick(o.kid && chance(0.5) ? (g === '男' ? GM : GF) : pool); if (a[0] === b[0] || FIRST_ONLY.has(b[0])) continue; gv = a[0] + b[0]; gp = a[1] + b[1]; }
    name = s2[0] + gv; py = s2[1] + gp; sur = s2[0];
    if (!NOT_NAMES.has(name)) break;
  }
  region = o.region;
  return finish(g);
  function finish(gg) {
    const birth = o.kid ? rdate(2012, 2019) : o.old ? rdate(1952, 1984) : rdate(o.y0 || 1968, o.y1 || 2005);
    // a code is fixed at first registration: never use a county code created after the birth year
    while (!region || (REGION_SINCE[region] || 0) > birth.y || (o.old15 && (REGION_SINCE[region] || 0) > 1985)) region = chance(0.7) ? pick(CITY[city].rg) : pick(MIGRANT);
    const p = { name, py, g: gg, birth, region, mobile: makeMobile(), sur };
    if (o.old15) { // first-generation card number kept in legacy records
      p.id15 = uniq(() => region + String(birth.y).slice(2) + pad(birth.m, 2) + pad(birth.d, 2) + digits(2) + pick(gg === '男' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]));
      p.id = upgrade15(p.id15);
    } else p.id = makeId(region, birth, gg === '男');
    return p;
  }
}
const ENG = ['lily','coco','kevin','tony','vivian','amy','jason','cherry','echo','leo','mia','ivy','sunny','jack','anna','zoe','grace','eric','helen','david'];
const QQ = () => String(ri(1, 9)) + digits(ri(7, 9)); // 8-10 digit QQ numbers
function makeEmail(p) {
  return uniq(() => {
    const y = String(p.birth.y).slice(2);
    switch (ri(0, 11)) {
      case 0: case 1: return `${p.py}${y}@163.com`;
      case 2: return `${p.py}${ri(1, 999)}@126.com`;
      case 3: case 4: return `${QQ()}@qq.com`;
      case 5: return `${p.mobile}@139.com`;
      case 6: return `${pick(ENG)}_${p.py.slice(0, 4)}${ri(10, 99)}@outlook.com`;
      case 7: return `${p.py}.${p.birth.y}@gmail.com`;
      case 8: return `${p.py}${pad(p.birth.m, 2)}${pad(p.birth.d, 2)}@foxmail.com`;
      case 9: return `${p.py.slice(0, 1)}${p.py.slice(1, 3)}${ri(100, 9999)}@sina.com`;
      case 10: return `${pick(ENG)}${y}${p.py.slice(0, 2)}@yeah.net`;
      default: return `${p.py}_${ri(1, 99)}@aliyun.com`;
    }
  });
}
function staffEmail(p, dom) { return uniq(() => (chance(0.7) ? p.py : p.py + ri(1, 9)) + '@' + dom); }

// ------------------------------------------------------------ formats ----
const FW = (s) => s.replace(/[0-9A-Za-z@.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '+86c': return `+86${m}`;
    case '+86-': return `+86-${m}`;
    case '(+86)': return `(+86)${m}`;
    case '0086': return `0086-${m}`;
    case '86': return `86${m}`;
    case 'fw': return FW(m);
    case '344': return `${m.slice(0, 3)} ${m.slice(3, 7)}${m.slice(7)}`;
    default: return m;
  }
}
const MOB_CHAT = ['plain','plain','plain','sp','dash','fw','+86','344','plain'];
const MOB_FORM = ['plain','plain','plain','plain','sp','dash','+86c'];
function fmtId(s, st) {
  switch (st) {
    case 'x': return s.replace(/X$/, 'x');
    case 'sp': return `${s.slice(0, 6)} ${s.slice(6, 14)} ${s.slice(14)}`;
    case 'dash': return `${s.slice(0, 6)}-${s.slice(6, 14)}-${s.slice(14)}`;
    case 'fw': return FW(s);
    default: return s;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'sp4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'sp64': return c.slice(0, 6) + ' ' + c.slice(6);
    default: return c;
  }
}
const maskMob = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`]);
const maskId = (s) => pick([`${s.slice(0, 6)}********${s.slice(14)}`, `${s.slice(0, 4)}**********${s.slice(14)}`, `${s.slice(0, 3)}***********${s.slice(14)}`, `${s.slice(0, 1)}****************${s.slice(17)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`, `${c.slice(0, 4)}********${c.slice(-4)}`]);
const maskName = (n) => n.length === 2 ? n[0] + '*' : n[0] + '*' + n.slice(-1);
function cw(s) { let w = 0; for (const ch of s) w += ch.charCodeAt(0) > 0x2E80 ? 2 : 1; return w; }
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - cw(s)));
const money = (n) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const yuan = (n) => pick([`¥${money(n)}`, `${n}元`, `${money(n)}`, `￥${n}`]);

// --------------------------------------------------------------- Doc ----
function normVal(det, v) {
  v = String(v).normalize('NFKC');
  switch (det) {
    case 'cn_mobile': case 'bank_card': case 'cn_landline': return v.replace(/\D/g, '').replace(/^(0086|86)(?=1\d{10}$)/, '');
    case 'cn_resident_id': return v.replace(/[\s-]/g, '').toUpperCase();
    case 'email': return v.toLowerCase();
    case 'cn_uscc': case 'cn_passport': return v.replace(/\s/g, '').toUpperCase();
    case 'person_name_zh': return v.replace(/\s/g, '');
  }
  return v;
}
class Doc {
  constructor(kind) { this.kind = kind; this.ent = new Map(); this.dc = new Map(); this.dec = new Map(); this.ms = ri(0, 3); this.clock = ri(7 * 60, 20 * 60); }
  E(det, v) { v = normVal(det, v); this.ent.set(det + '|' + v, { detector: det, value: v }); return v; }
  C(det, v) { v = normVal(det, v); this.dc.set(det + '|' + v, { detector: det, value: v }); return v; }
  X(kind, text) { text = String(text); if (!this.dec.has(text)) this.dec.set(text, { kind, text }); return text; }
  n(name) { this.E('person_name_zh', name); return name; }                  // name in a person context
  nc(name) { this.C('person_name_zh', name); return name; }                 // arguable context
  nsp(name) { this.E('person_name_zh', name); return name.length === 2 ? name[0] + pick([' ', '  ', '　']) + name[1] : name; } // "张  伟"
  m(mob, st = 'plain') { this.E('cn_mobile', mob); return fmtMob(mob, st); }
  id(p, st = 'plain') { const s = typeof p === 'string' ? p : p.id; this.E('cn_resident_id', s); return fmtId(s, st); }
  id15(p) { this.E('cn_resident_id', p.id); return p.id15; }
  card(c, st = 'plain') { this.E('bank_card', c); return fmtCard(c, st); }
  mail(e, up = false) {
    this.E('email', e);
    const local = e.split('@')[0];
    if (/^1\d{10}$/.test(local) && mobOk(local)) this.E('cn_mobile', local); // <mobile>@139.com exposes the mobile
    return up ? e.replace(/^[a-z]/, (c) => c.toUpperCase()) : e;
  }
  ll(num, dash = true) { this.E('cn_landline', num); const a = num.length === 11 && /^0[12]/.test(num) ? 3 : 4; return dash ? num.slice(0, a) + '-' + num.slice(a) : num; }
  llc(num) { this.C('cn_landline', num); const a = /^0[12]/.test(num) ? 3 : 4; return num.slice(0, a) + '-' + num.slice(a); }
  mm(mob) { return this.X('masked_mobile', [`${mob.slice(0, 3)}****${mob.slice(7)}`, `${mob.slice(0, 3)}****${mob.slice(7)}`, `${mob.slice(0, 3)}xxxx${mob.slice(7)}`, `${mob.slice(0, 3)}*****${mob.slice(8)}`][this.ms]); }
  mid(s) { return this.X('masked_id', [`${s.slice(0, 6)}********${s.slice(14)}`, `${s.slice(0, 4)}**********${s.slice(14)}`, `${s.slice(0, 3)}***********${s.slice(14)}`, `${s.slice(0, 1)}****************${s.slice(17)}`][this.ms]); }
  mcard(c) { return this.X('masked_card', [`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`, `${c.slice(0, 4)}********${c.slice(-4)}`][this.ms]); }
  tick() { this.clock += ri(1, 25); return `${pad(Math.floor(this.clock / 60) % 24, 2)}:${pad(this.clock % 60, 2)}`; }
  mname(n) { return this.X('masked_name', maskName(n)); }
  store(c) { if (c.store[1]) this.X('store', c.store[1]); else this.X('store', c.store[0]); return c.store[0]; }
  title(p) { return this.X('coach_title', (p.sur || p.name[0]) + pick(TITLES.slice(0, 2))); }
  w(kind, word) { return this.X(kind, word); }
  dt(s) { return this.X('date', s); }
  ts(s) { return this.X('timestamp', s); }
}

function ctx(o = {}) {
  const brand = o.brand || pick(o.types ? BRANDS.filter((b) => o.types.includes(b.t)) : BRANDS);
  const city = o.city || pick(CITIES);
  const store = pick(CITY[city].stores);
  const T = TYPE[brand.t];
  const mk = (n, y0, y1) => Array.from({ length: n }, () => person(city, { y0, y1 }));
  return { brand, city, store, T, mc: mk(ri(2, 4), 1990, 2002), coach: mk(ri(2, 5), 1986, 2001), mgr: person(city, { y0: 1982, y1: 1994 }),
    coName: (CITY[city].prov === city ? city + '市' : city + '市') + brand.co, bname: brand.n };
}
const memNo = () => pick([() => 'M' + digits(8), () => 'YD' + digits(8), () => String(ri(1, 9)) + digits(7), () => 'VIP' + digits(6), () => 'HY' + f8(recent()).slice(2) + digits(3)])();
const wristNo = () => pick([() => '000' + digits(7), () => digits(10).replace(/^[1]/, '2'), () => Array.from({ length: 8 }, () => pick('0123456789ABCDEF'.split(''))).join('')])();
const contractNo = (c) => pick([() => `HT-${f8(recent())}-${digits(4)}`, () => `${c.brand.dom.slice(0, 2).toUpperCase()}${f8(recent())}${digits(4)}`, () => `NO.${digits(7)}`, () => `RH${String(recent().y).slice(2)}${digits(6)}`])();
const orderNo = (t) => uniq(() => { const dd = t || recent(); return safeNum(pick([() => f8(dd) + digits(10), () => f8(dd) + pad(ri(0, 23), 2) + digits(9), () => 'PT' + f8(dd) + digits(4), () => 'SO' + digits(14)])()); });
const wxTxn = (t) => '42000' + digits(5) + f8(t || recent()) + digits(10);      // 28 digits WeChat Pay 交易单号
const aliTxn = (t) => f8(t || recent()) + '2200' + digits(16);                    // 28 digits Alipay 交易号
function safeNum(s) { // a serial that is none of the checked formats
  for (;;) {
    const dg = s.replace(/\D/g, '');
    const bad = (dg.length >= 16 && dg.length <= 19 && luhnOk(dg)) || (dg.length === 18 && (usccCheck(dg.slice(0, 17)) === dg[17] || validId(dg))) || (dg.length === 11 && mobOk(dg)) || (dg.length === 15 && legacyOk(dg));
    if (!bad) return s;
    s = s.slice(0, -1) + ((+s[s.length - 1] + 1) % 10);
  }
}
// a mistyped 身份证号 as front-desk staff enter them: wrong check char, transposed digits, impossible date, one digit short
function badId(p) {
  const ok = (x) => !validId(x) && !luhnOk(x) && usccCheck(x.slice(0, 17)) !== x[17];
  for (;;) {
    const id = p.id; let x;
    switch (ri(0, 3)) {
      case 0: x = id.slice(0, 17) + pick('0123456789X'.split('').filter((c) => c !== id[17])); break;
      case 1: { const i = ri(14, 15); if (id[i] === id[i + 1]) continue; x = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2); break; }
      case 2: { const b = id.slice(0, 10) + pick(['0230', '0231', '1301', '0431', '0631', '1131']) + id.slice(14, 17); x = b + idCheck(b); break; }
      default: { const i = ri(7, 15); x = id.slice(0, i) + id.slice(i + 1); if (luhnOk(x) || x.length !== 17) continue; return x; }
    }
    if (ok(x)) return x;
  }
}
const msEpoch = (t) => String(epochMs(t || rdate(2023, 2025)));

// ------------------------------------------------------------- layout ----
const csvq = (s) => (/[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
function table(hdr, rows, lay) {
  const all = [hdr, ...rows];
  switch (lay) {
    case 'csv': return all.map((r) => r.map(csvq).join(',')).join('\n');
    case 'tsv': return all.map((r) => r.join('\t')).join('\n');
    case 'pipe': return ['| ' + hdr.join(' | ') + ' |', '|' + hdr.map(() => '------').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'semi': return all.map((r) => r.join(';')).join('\n');
    default: { // fixed width
      const w = hdr.map((_, i) => Math.max(...all.map((r) => cw(r[i] || ''))) + 2);
      const line = (r) => r.map((x, i) => (i === r.length - 1 ? x : padW(x, w[i]))).join('').trimEnd();
      return [line(hdr), '-'.repeat(w.reduce((a, b) => a + b, 0)), ...rows.map(line)].join('\n');
    }
  }
}
const OCRMAP = { 号: '弓', 话: '活', 证: '正', 码: '吗', 名: '各', 甲: '申', 份: '伤', 电: '甩', 期: '朗', 日: '曰', 签: '筌', 字: '宇', 机: '杌', 联: '联', 系: '糸', 方: '万', 员: '员', 额: '頟', 约: '纟勺', 卡: '丰' };
function ocr(s, p = 0.1) {
  return s.replace(/[\u4e00-\u9fa5]/g, (ch) => (OCRMAP[ch] && chance(p) ? OCRMAP[ch] : ch))
    .replace(/\n/g, () => (chance(0.08) ? ' |\n' : chance(0.05) ? '\n\n' : '\n'));
}
// OCR of a digit string: either only spaced (still the value) or broken (dontCare)
function ocrNum(s) {
  const r = R();
  if (r < 0.55) return { t: s, broken: false };
  if (r < 0.8) { const i = s.length === 18 ? pick([6, 10, 14]) : s.length === 11 ? pick([3, 7]) : pick([4, 8, 12]); return { t: s.slice(0, i) + ' ' + s.slice(i), broken: false }; }
  const subs = { '0': 'O', '1': 'l', '8': 'B', '5': 'S' };
  const idx = [...s].map((c, i) => (subs[c] ? i : -1)).filter((i) => i > 0);
  if (!idx.length) return { t: s, broken: false };
  const i = pick(idx); return { t: s.slice(0, i) + subs[s[i]] + s.slice(i + 1), broken: true };
}
function wrapNum(s, at) { return s.slice(0, at) + '\n' + s.slice(at); }

// ------------------------------------------------------- document kinds ----
function remark(d, c, city) {
  switch (ri(0, 19)) {
    case 0: return `已冻结至${f5(addDays(recent(), 30))}`;
    case 1: return `${d.w('word', '余额')}不足，月付扣款失败`;
    case 2: return `${d.w('word', '付款')}方式：分期`;
    case 3: return `${d.w('card_type', '周卡')}升年卡`;
    case 4: return `${d.w('course', '高温瑜伽')}体验后成交`;
    case 5: return `目标${d.w('word', '马甲线')}，每周三练`;
    case 6: return '膝盖旧伤，避免深蹲';
    case 7: return '老带新';
    case 8: return `抖音团购${d.w('price', '39.9')}体验转正`;
    case 9: { const r = person(city); return `转介绍：${d.n(r.name)}`; }
    case 10: return '孕期停卡';
    case 11: return `${d.w('word', '常规')}续费`;
    case 12: { const r = person(city); return `紧急联系人${d.n(r.name)} ${d.m(r.mobile)}`; }
    case 13: return `${d.w('word', '方案')}待定，下周回访`;
    case 14: return '要发票';
    default: return '';
  }
}
function consultant(d, c, p) {
  const r = R();
  if (r < 0.7) return d.n(p.name);
  if (r < 0.85) return d.w('placeholder', pick(['公共池', '前台', '无归属', '离职池']));
  return d.title(p);
}

// 1. 会员档案导出
function gMemberExport(d) {
  const c = ctx(); const city = c.city; const n = ri(5, 26);
  const lay = pick(['csv', 'csv', 'tsv', 'fixed', 'pipe']);
  const masked = chance(0.12), legacy = c.brand.t === 'swim' ? 0.25 : 0.04;
  const rows = [];
  const cardDate = () => recent();
  let hdr, head = '';
  if (lay === 'csv') {
    const withEmail = chance(0.45);
    hdr = ['会员编号', '会员姓名', '性别', '手机号码', '证件类型', '证件号码', ...(withEmail ? ['邮箱'] : []), '会员卡号', '卡类型', '开卡时间', '到期时间', '剩余次数', '会籍顾问', '跟进教练', '所属门店', '备注'];
    for (let i = 0; i < n; i++) {
      const old = chance(legacy); const p = person(city, old ? { old: true, old15: true } : {});
      const st = chance(0.15) ? '' : 'plain';
      const mob = masked ? d.mm(p.mobile) : d.m(p.mobile);
      const idc = st === '' ? '' : masked ? d.mid(p.id) : old ? d.id15(p) : chance(0.05) ? d.X('invalid_id', badId(p)) : d.id(p, chance(0.08) ? 'x' : 'plain');
      const ct = pick(c.T.cards), o = cardDate();
      const pp = !masked && idc && chance(0.03) ? makePassport() : '';
      rows.push([d.X('member_no', memNo()), d.n(p.name), p.g, mob, pp ? '护照' : idc ? '身份证' : '', pp ? (d.ent.delete('cn_resident_id|' + p.id), d.E('cn_passport', pp)) : idc, ...(withEmail ? [chance(0.6) ? d.mail(makeEmail(p)) : ''] : []),
        d.X('card_no', wristNo()), d.w('card_type', ct), d.ts(f1(o) + ' ' + hms()), d.dt(f1(addDays(o, pick([30, 90, 180, 365, 730])))), /次/.test(ct) ? String(ri(0, 40)) : '', consultant(d, c, pick(c.mc)),
        chance(0.5) ? d.n(pick(c.coach).name) : chance(0.5) ? '' : d.title(pick(c.coach)), d.store(c), old && chance(0.6) ? `老系统迁移，宅电${d.ll(makeLandline(city), chance(0.5))}` : remark(d, c, city)]);
    }
    head = chance(0.5) ? '' : `# 导出自 健管家SaaS  门店:${c.store[0]}  导出人:${d.n(pick(c.mc).name)}  时间:${f1(recent())} ${hms()}\n`;
  } else if (lay === 'tsv') {
    const withEmail = chance(0.35);
    hdr = ['序号', '姓名', '性别', '生日', '手机', '身份证号', '卡种', '开卡日期', '到期日', '顾问', ...(withEmail ? ['邮箱'] : []), '备注'];
    for (let i = 0; i < n; i++) {
      const old = chance(legacy); const p = person(city, old ? { old: true, old15: true } : {});
      const o = cardDate();
      rows.push([String(i + 1), d.n(p.name), p.g, d.dt(f4(p.birth)), masked ? d.mm(p.mobile) : d.m(p.mobile, chance(0.1) ? 'dash' : 'plain'),
        chance(0.2) ? '' : masked ? d.mid(p.id) : old ? d.id15(p) : chance(0.05) ? d.X('invalid_id', badId(p)) : d.id(p), d.w('card_type', pick(c.T.cards)), d.dt(f2(o)), d.dt(f2(addDays(o, 365))), consultant(d, c, pick(c.mc)),
        ...(withEmail ? [chance(0.7) ? d.mail(makeEmail(p)) : ''] : []), remark(d, c, city)]);
    }
    head = `${c.bname}${c.store[0]}会员名单（${pick(['有效会员', '即将到期', '全部会员', '沉睡会员'])}）\n`;
    d.store(c);
  } else if (lay === 'fixed') {
    hdr = ['卡号', '姓名', '手机', '卡种', '到期日', '会籍', '私教'];
    for (let i = 0; i < n; i++) {
      const p = person(city);
      rows.push([d.X('card_no', memNo()), d.n(p.name), masked ? d.mm(p.mobile) : d.m(p.mobile), d.w('card_type', pick(c.T.cards)), d.dt(f1(addDays(recent(), 200))),
        d.n(pick(c.mc).name), chance(0.6) ? d.n(pick(c.coach).name) : '-']);
    }
    head = `${c.bname} ${d.store(c)} ${pick(['有效会员清单', '到期会员明细', '会员信息表'])}\n打印时间：${f1(recent())} ${hm()}   操作员：${d.n(pick(c.mc).name)}   第1页/共1页\n\n`;
  } else {
    hdr = ['姓名', '电话', '身份证', '卡种', '到期', '顾问', '私教'];
    for (let i = 0; i < n; i++) {
      const p = person(city);
      rows.push([d.n(p.name), masked ? d.mm(p.mobile) : d.m(p.mobile, pick(['plain', 'plain', 'sp'])), chance(0.3) ? '' : d.id(p), d.w('card_type', pick(c.T.cards)), f5(addDays(recent(), 100)),
        d.n(pick(c.mc).name), chance(0.5) ? d.n(pick(c.coach).name) : d.title(pick(c.coach))]);
    }
    head = `${d.store(c)} 私教意向会员（会籍整理，勿外传）\n\n`;
  }
  return head + table(hdr, rows, lay) + (chance(0.4) ? `\n\n共 ${n} 条记录` : '');
}

// 2. 私教课购买记录
function gPtOrder(d) {
  const c = ctx(); const city = c.city;
  if (chance(0.45)) { // single receipt
    const p = person(city), co = pick(c.coach), mc = pick(c.mc); const pk = pick(c.T.pt); const nn = +(pk.match(/(\d+)节/) || [0, 10])[1];
    const unit = pick([260, 300, 320, 350, 380, 400, 450]); const tot = unit * nn; const t = recent();
    const pay = pick(['微信', '支付宝', '银行卡', '信用卡分期']);
    let payLine;
    if (pay === '微信') payLine = `支付方式：微信支付\n交易单号：${d.X('wx_txn', wxTxn(t))}`;
    else if (pay === '支付宝') payLine = `支付方式：支付宝\n交易号：${d.X('ali_txn', aliTxn(t))}`;
    else if (pay === '银行卡') { const a = bankAcct(); payLine = `支付方式：POS刷卡（${a.bank}）\n卡号：${d.mcard(a.no)}\n参考号：${d.X('pos_ref', digits(12))}  终端号：${d.X('terminal_id', digits(8))}`; }
    else { const a = bankAcct(true); payLine = `支付方式：信用卡分期（${pick([6, 12, 24])}期）\n分期卡号：${d.card(a.no, pick(['sp4', 'plain']))}  发卡行：${a.bank}\n持卡人：${d.n(p.name)}`; }
    return `【${c.bname}·私教课购买凭证】\n门店：${d.store(c)}\n订单编号：${d.X('order_no', orderNo(t))}\n下单时间：${d.ts(f1(t) + ' ' + hms())}\n` +
      `会员姓名：${d.n(p.name)}\n手机号：${d.m(p.mobile, pick(MOB_FORM))}\n` +
      `课程：${d.w('card_type', pk)}（${pick(['减脂塑形', '增肌', '体态矫正', '产后修复', '康复训练'])}）\n课时单价：${d.w('price', yuan(unit))}\n应收：${d.w('price', '¥' + money(tot))}\n实收：${d.w('price', '¥' + money(tot - pick([0, 0, 200, 500])))}\n` +
      `${payLine}\n上课教练：${d.n(co.name)}\n销售：${d.n(mc.name)}\n有效期：${d.dt(f3(t))}至${d.dt(f3(addDays(t, nn * 15)))}\n\n会员签字：${d.n(p.name)}      教练签字：${d.n(co.name)}\n` +
      (chance(0.4) ? `\n*课程一经售出，非质量原因不退不换，可转让（手续费${d.w('price', '200元')}）` : '');
  }
  const n = ri(4, 14); const lay = pick(['csv', 'tsv', 'pipe']); const mon = recent();
  const hdr = ['订单号', '下单时间', '会员', '手机号', '课程包', '课时', '实收', '支付方式', '交易流水号', '教练', '业绩归属'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person(city); const pk = pick(c.T.pt); const nn = +(pk.match(/(\d+)节/) || [0, 10])[1];
    const pay = pick(['微信', '支付宝', '刷卡', '现金']);
    const od = { y: mon.y, m: mon.m, d: ri(1, dim(mon.y, mon.m)) };
    const txn = pay === '微信' ? d.X('wx_txn', wxTxn(od)) : pay === '支付宝' ? d.X('ali_txn', aliTxn(od)) : pay === '刷卡' ? d.X('pos_ref', digits(12)) : '';
    rows.push([d.X('order_no', orderNo(od)), d.ts(f1(od) + ' ' + hm()), d.n(p.name), chance(0.2) ? d.mm(p.mobile) : d.m(p.mobile), d.w('card_type', pk), String(nn),
      d.w('price', money(nn * pick([280, 300, 350, 400]))), pay, txn, d.n(pick(c.coach).name), d.n(pick(c.mc).name)]);
  }
  rows.sort((a, b) => (a[1] < b[1] ? -1 : 1));
  return `${c.bname}${d.store(c)} 私教订单明细 ${f1(mon).slice(0, 7)}\n` + table(hdr, rows, lay) + `\n合计：${n}单`;
}

// 3. 消课记录
function gPtConsume(d) {
  const c = ctx(); const city = c.city; const co = pick(c.coach);
  const ms = Array.from({ length: ri(3, 8) }, () => person(city));
  const MV = ['胸+三头', '背+二头', '臀腿', '*史密斯深蹲', '*龙门架夹胸', '*高位下拉', '核心+拉伸', '有氧间歇', '体态评估', '硬拉技术'];
  const moves = { get x() { const m = pick(MV); return m[0] === '*' ? d.w('course', m.slice(1)) : m; } };
  if (chance(0.55)) { // system log
    const lines = [];
    let t = recent(); const pol = R();
    for (const p of ms) p.left = ri(4, 40);
    for (let i = 0; i < ri(8, 22); i++) {
      const p = pick(ms.filter((x) => x.left > 0)) || ms[0]; t = addDays(t, ri(0, 2)); const left = Math.max(0, --p.left);
      const mob = pol < 0.6 ? `(${d.mm(p.mobile)})` : pol < 0.8 ? `(${d.m(p.mobile)})` : '';
      lines.push(`${d.ts(f1(t) + ' ' + hms())} [消课] 会员:${d.n(p.name)}${mob} 教练:${d.n(co.name)} 课程:${moves.x} 消课1节 ${d.w('word', '余课')}:${left}节 签到:${pick(['人脸', '扫码', '前台代签', '手环'])} 单号:${d.X('order_no', 'XK' + f8(t) + digits(5))}`);
    }
    return `=== 私教消课流水 ${c.store[0]} ===\n` + lines.join('\n') + `\n--- end ---`;
  }
  // OCR'd paper sign sheet
  const hdr = ['日期', '时间', '学员', '课程内容', '剩余', '学员签字'];
  const rows = []; const mon = ri(1, 12); let day = 0;
  for (let i = 0; i < ri(6, 14) && day < 27; i++) {
    const p = pick(ms); day += ri(0, 3);
    rows.push([`${mon}.${day || 1}`, hm(), d.n(p.name), moves.x, String(ri(0, 30)), chance(0.8) ? d.n(p.name) : '未签']);
  }
  return ocr(`私教课消课签到表\n教练：`) + d.n(co.name) + ocr(`    月份：${mon}月    门店：`) + d.store(c) + '\n' + table(hdr, rows, 'fixed') + ocr('\n\n教练主管确认：') + d.n(c.mgr.name);
}

// 4. 体测报告
function gBodyTest(d) {
  const c = ctx({ types: ['gym', 'yoga', 'pilates', 'martial'] }); const p = person(c.city);
  const h = p.g === '男' ? ri(162, 188) : ri(152, 174); const wt = +(p.g === '男' ? 55 + R() * 40 : 42 + R() * 30).toFixed(1);
  const bf = +(p.g === '男' ? 12 + R() * 18 : 20 + R() * 18).toFixed(1); const bmi = +(wt / ((h / 100) ** 2)).toFixed(1);
  const age = 2024 - p.birth.y; const t = recent();
  const bodyfat = d.w('body_metric', `${bf}%`), weight = d.w('body_metric', `${wt}kg`);
  const bmr = d.w('body_metric', `${ri(1150, 1850)}kcal`);
  const no = d.X('test_no', 'BT' + f8(t) + digits(4));
  if (chance(0.5)) { // InBody style, ID field = phone
    let idf = d.m(p.mobile);
    if (chance(0.25)) idf = wrapNum(idf, ri(4, 8));
    return `InBody${pick(['570', '770', 'H20N'])} 人体成分分析结果\n\nID\n${idf}\n身高 ${h}cm  年龄 ${age}  性别 ${p.g}   测试日期/时间 ${d.ts(f4(t) + '. ' + hm())}\n姓名 ${d.nsp(p.name)}\n\n` +
      `人体成分分析\n  身体总水分 ${(wt * 0.5).toFixed(1)} L\n  蛋白质 ${(wt * 0.14).toFixed(1)} kg\n  无机盐 ${(wt * 0.05).toFixed(2)} kg\n  体脂肪 ${(wt * bf / 100).toFixed(1)} kg\n  体重 ${weight}\n\n` +
      `肥胖分析\n  BMI ${d.w('body_metric', String(bmi))} kg/m²\n  体脂百分比 ${bodyfat}\n  腰臀比 0.${ri(78, 96)}\n  内脏脂肪等级 ${ri(3, 14)}\n\n基础代谢率 ${bmr}\n体测编号 ${no}\n\n` +
      `测评教练：${d.n(pick(c.coach).name)}\n训练建议：${pick([() => '减脂为主，每周3练+有氧', () => `以${d.w('word', '马甲线')}为目标，先减体脂`, () => '增肌，饮食加蛋白', () => '先做体态纠正，圆肩骨盆前倾'])()}`;
  }
  const goal = pick(['减脂', '增肌', '塑形', '康复', '提升体能']);
  return `【${c.bname}】会员体测报告\n----------------------------\n会员：${d.n(p.name)}   性别：${p.g}   年龄：${age}\n手机：${d.m(p.mobile, pick(MOB_FORM))}\n会员卡号：${d.X('card_no', memNo())}\n` +
    `测试时间：${d.ts(f1(t) + ' ' + hm())}   门店：${d.store(c)}\n----------------------------\n身高：${h} cm\n体重：${weight}\n体脂率：${bodyfat}\nBMI：${d.w('body_metric', String(bmi))}\n骨骼肌：${(wt * 0.42).toFixed(1)} kg\n` +
    `基础代谢：${bmr}\n静息心率：${ri(58, 86)} bpm\n体态：${pick(['圆肩', '骨盆前倾', '高低肩', 'X型腿', '无明显问题'])}\n训练目标：${goal}\n推荐课程：${d.w('card_type', pick(c.T.pt))}\n----------------------------\n` +
    `体测教练：${d.n(pick(c.coach).name)}   会籍顾问：${d.n(pick(c.mc).name)}\n报告编号：${no}`;
}

// 5. 入会合同 (OCR)
function gContract(d) {
  const c = ctx(); const p = person(c.city, { minority: 0.04 }); const t = recent(); const ct = pick(c.T.cards);
  const usc = makeUscc(pick(CITY[c.city].co)); d.E('cn_uscc', usc);
  const fam = person(c.city, { g: p.g === '男' ? '女' : '男' });
  const ocrv = (det, v, fmt) => { const o = ocrNum(fmt); if (o.broken) { d.C(det, v); return o.t; } d.E(det, v); return o.t; };
  const [price, daxie] = pick([[1980, '壹仟玖佰捌拾元整'], [2680, '贰仟陆佰捌拾元整'], [3680, '叁仟陆佰捌拾元整'], [4280, '肆仟贰佰捌拾元整'], [5880, '伍仟捌佰捌拾元整'], [6880, '陆仟捌佰捌拾元整']]);
  let s = ocr(`${c.bname}会员入会合同\n\n合同编号：`) + d.X('contract_no', contractNo(c)) + '\n';
  s += ocr('甲方：') + d.w('company', c.coName) + '\n' + ocr('统一社会信用代码：') + usc + '\n';
  s += ocr('门店地址：') + `${c.city}市${DISTRICT[c.city]}${pick(['科苑路', '中山路', '人民路', '建设路', '解放路', '滨河大道'])}${ri(1, 300)}号${pick(['B1层', '3楼', '负一层', '2层201'])}\n`;
  if (chance(0.5)) s += ocr('甲方电话：') + d.llc(makeLandline(c.city)) + '\n';
  s += '\n' + ocr('乙方（会员）：') + d.nsp(p.name) + ocr('   性别：') + p.g + ocr('   出生日期：') + f3(p.birth) + '\n';
  const pass = chance(0.18);
  if (pass) { const pp = makePassport(); d.E('cn_passport', pp); s += ocr('证件类型：护照   证件号码：') + pp + '\n'; }
  else s += ocr('身份证号码：') + (chance(0.15) ? (d.E('cn_resident_id', p.id), wrapNum(p.id, pick([6, 12, 14]))) : ocrv('cn_resident_id', p.id, p.id)) + '\n';
  s += ocr('联系电话：') + ocrv('cn_mobile', p.mobile, pick([p.mobile, fmtMob(p.mobile, 'sp')])) + '\n';
  if (chance(0.55)) { const e = makeEmail(p); s += ocr('电子邮箱：') + d.mail(e) + '\n'; }
  s += ocr('紧急联系人：') + d.n(fam.name) + ocr('   关系：') + pick(['配偶', '母亲', '父亲', '朋友', '姐姐', '哥哥']) + ocr('   电话：') + ocrv('cn_mobile', fam.mobile, fam.mobile) + '\n\n';
  s += ocr(`一、会籍类型：`) + d.w('card_type', ct) + ocr('；有效期自') + d.dt(f3(t)) + ocr('起至') + d.dt(f3(addDays(t, 365))) + ocr('止。\n二、会籍费用：人民币') + d.w('price', `${price}元`) + ocr('（大写：') + daxie + '）\n';
  if (chance(0.35)) { const a = bankAcct(); s += ocr('三、付款方式：银行卡代扣，扣款账户：') + ocrv('bank_card', a.no, fmtCard(a.no, pick(['plain', 'sp4']))) + ocr('（') + a.bank + '）\n'; }
  else s += ocr('三、付款方式：') + pick(['微信', '支付宝', '现金', 'POS刷卡']) + '\n';
  s += ocr('四、乙方在会籍有效期内可停卡一次，最长30天，停卡需本人持身份证到前台办理。\n五、会籍可转让一次，转让手续费') + d.w('price', '200元') + ocr('，受让人须到店签订转让协议。\n六、乙方承诺身体健康，无心脏病、高血压等不宜运动的疾病。\n\n');
  s += ocr('甲方（盖章）：') + c.coName + ocr('        乙方签字：') + d.n(p.name) + '\n' + ocr('会籍顾问：') + d.n(pick(c.mc).name) + ocr('   工号：') + d.X('staff_no', 'MC' + digits(4)) + ocr('        日期：') + d.dt(f4(t)) + '\n';
  return s;
}

// 6. 退卡 / 转卡申请
function gRefund(d) {
  const c = ctx(); const city = c.city; const p = person(city); const t = recent(); const ct = pick(c.T.cards);
  const card = memNo();
  if (chance(0.45)) { // 转卡
    const q = person(city); const fee = pick([100, 200, 300, 500]);
    const lay = chance(0.5);
    let s = `${c.bname}会员卡转让申请表\n\n申请日期：${d.dt(f3(t))}     门店：${d.store(c)}\n\n`;
    if (lay) {
      s += `【转让方】\n姓名：${d.n(p.name)}\n手机号：${d.m(p.mobile, pick(MOB_FORM))}\n身份证号：${d.id(p, chance(0.1) ? 'sp' : 'plain')}\n会员卡号：${d.X('card_no', card)}  卡种：${d.w('card_type', ct)}  剩余：${ri(40, 300)}天\n\n`;
      s += `【受让方】\n姓名：${d.n(q.name)}\n手机号：${d.m(q.mobile, pick(MOB_FORM))}\n身份证号：${d.id(q)}\n与转让方关系：${pick(['朋友', '同事', '亲属', '闲鱼买家', '无'])}\n\n`;
    } else {
      s += table(['', '姓名', '手机', '身份证号'], [['转让方', d.n(p.name), d.m(p.mobile), d.id(p)], ['受让方', d.n(q.name), d.m(q.mobile), d.id(q)]], 'fixed') + `\n\n原卡号 ${d.X('card_no', card)} ${d.w('card_type', ct)}\n`;
    }
    s += `转卡手续费：${d.w('price', `${fee}元`)}（${pick(['受让方支付', '转让方支付'])}，已收 ${pick(['微信', '现金'])}）\n`;
    s += `\n转让方签字：${d.n(p.name)}   受让方签字：${d.n(q.name)}\n经办会籍：${d.n(pick(c.mc).name)}   店长审核：${d.n(c.mgr.name)}\n`;
    return s;
  }
  const a = bankAcct(); const paid = pick([2680, 3680, 4980, 6880, 12800]); const used = Math.round(paid * R() * 0.6);
  const holder = chance(0.8) ? p : person(city);
  const reason = pick(['工作调动离开本市', '怀孕，医生建议停止运动', '搬家，距离太远', '身体原因（腰椎间盘突出）', '对私教服务不满意，教练已离职', '门店装修停业']);
  let s = `${c.bname} 会员退费申请单\n单号：${d.X('refund_no', 'TK' + f8(t) + digits(3))}\n\n`;
  s += `会员姓名：${d.n(p.name)}        联系电话：${d.m(p.mobile, pick(MOB_FORM))}\n身份证号：${d.id(p)}\n会员卡号：${d.X('card_no', card)}    卡种：${d.w('card_type', ct)}\n`;
  s += `购卡金额：${d.w('price', yuan(paid))}    已使用：${ri(10, 200)}天/${ri(0, 12)}节    扣除手续费：${d.w('price', yuan(Math.round(paid * 0.1)))}\n应退金额：${d.w('price', yuan(paid - used))}\n退费原因：${reason}\n\n`;
  s += `退款账户信息（${holder === p ? '须本人账户' : '非本人账户，已附委托书'}）\n  户名：${d.n(holder.name)}\n  开户行：${a.bank}${city}${pick(['分行营业部', '科技园支行', '高新支行', '中山路支行', '开发区支行'])}\n  卡号：${(() => {
    if (chance(0.1)) { // a mistyped card: UnionPay numbers failing Luhn are not hard-rejected (cn-formats §5.2), so either answer is fine
      let bad; do { const i = ri(6, a.no.length - 2); bad = a.no.slice(0, i) + ((+a.no[i] + ri(1, 9)) % 10) + a.no.slice(i + 1); } while (luhnOk(bad));
      d.C('bank_card', bad); return fmtCard(bad, 'sp4') + '\n  （财务备注：卡号校验不通过，已退回请会员重新提供）';
    }
    const v = d.card(a.no, pick(['sp4', 'plain', 'plain', 'dash4'])); return chance(0.2) ? wrapNum(v, ri(8, 14)) : v; })()}\n`;
  if (holder !== p) s += `  持卡人身份证：${d.id(holder)}\n  与会员关系：${pick(['配偶', '母亲', '父亲'])}\n`;
  s += `\n会员签字：${d.n(p.name)}\n会籍顾问：${d.n(pick(c.mc).name)}    店长：${d.n(c.mgr.name)}    财务复核：${d.n(person(city).name)}\n`;
  if (chance(0.4)) s += `\n备注：${pick([() => '按合同第七条，扣除已使用部分及10%手续费', () => '原私教课剩余节数一并退费', () => `原私教${d.title(pick(c.coach))}已离职，会员要求全退`])()}\n`;
  return s;
}

// 7. 提成 / 工资表
function gPayroll(d) {
  const c = ctx(); const city = c.city; const staff = [...c.mc, ...c.coach, c.mgr, ...Array.from({ length: ri(0, 5) }, () => person(city, { y0: 1990, y1: 2003 }))];
  const lay = pick(['csv', 'tsv', 'fixed']);
  const mon = recent();
  const hdr = ['工号', '姓名', '岗位', '身份证号', '手机号', '工资卡号', '开户行', '底薪', '业绩', '提成', '课时费', '实发'];
  const rows = staff.map((p, i) => {
    const role = i < c.mc.length ? '会籍顾问' : i < c.mc.length + c.coach.length ? pick(['私教', '高级私教', '团课教练']) : p === c.mgr ? '店长' : pick(['前台', '保洁', '水吧', '兼职教练', '救生员']);
    const sales = /会籍|私教|店长/.test(role), coach = /教练|私教/.test(role);
    const a = bankAcct(); const base = role === '店长' ? 6000 : sales ? pick([2500, 3000, 3500]) : pick([2800, 3200, 3600, 4000]); const perf = sales ? ri(3000, 80000) : 0; const cm = Math.round(perf * (role === '店长' ? 0.02 : 0.08)); const cls = coach ? ri(10, 120) * pick([60, 80, 100]) : 0;
    return [d.X('staff_no', pick(['YG', 'MC', 'PT', 'E']) + digits(4)), d.n(p.name), role, d.id(p), d.m(p.mobile), d.card(a.no, lay === 'fixed' ? 'plain' : pick(['plain', 'plain', 'sp4'])), a.bank, String(base), String(perf), String(cm), String(cls), d.w('price', money(base + cm + cls))];
  });
  return `${c.coName}\n${d.store(c)} ${mon.y}年${mon.m}月 工资及提成明细（财务专用）\n制表：${d.n(person(city).name)}   审核：${d.n(c.mgr.name)}\n\n` + table(hdr, rows, lay);
}

// 8. 月付代扣签约名单
function gAutoDebit(d) {
  const c = ctx({ types: ['gym', 'yoga', 'pilates'] }); const city = c.city; const n = ri(6, 16);
  const lay = pick(['csv', 'tsv', 'pipe', 'semi']);
  const hdr = ['签约编号', '会员姓名', '手机号', '证件号', '扣款卡号', '银行', '卡类型', '签约时间', '扣款日', '月费', '状态'];
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person(city); const cr = chance(0.15); const a = bankAcct(cr); const mask = chance(0.12);
    rows.push([d.X('contract_no', 'QY' + digits(12)), d.n(p.name), d.m(p.mobile), chance(0.15) ? d.mid(p.id) : d.id(p), mask ? d.mcard(a.no) : d.card(a.no), a.bank.replace('信用卡', '').replace('龙卡', ''), cr ? '信用卡' : '借记卡', d.ts(f1(recent()) + ' ' + hms()),
      `每月${ri(1, 28)}日`, d.w('price', pick(['199.00', '239.00', '269.00', '299.00', '329.00'])), pick(['正常', '正常', '正常', '扣款失败', '已解约', `${d.w('word', '余额')}不足`])]);
  }
  return `${c.bname} 月付会员代扣签约清单（来源：${pick(['银联代扣平台', '通联支付后台', '快钱商户后台'])}）\n商户号：${d.X('merchant_no', '898' + digits(12))}\n\n` + table(hdr, rows, lay);
}

// 9. 潜客名单
function gLeads(d) {
  const c = ctx(); const city = c.city; const n = ri(6, 24);
  const src = pick(['douyin', 'ditui', 'meituan']);
  if (src === 'douyin') {
    const hdr = ['线索ID', '提交时间', '姓名', '电话', '城市', '意向门店', '抖音昵称', '广告计划', '留言'];
    const rows = []; const ex = recent();
    for (let i = 0; i < n; i++) {
      const p = person(city); const r = R();
      const nm = r < 0.65 ? d.n(p.name) : r < 0.8 ? d.nc(p.name[0] + pick(['先生', '女士'])) : r < 0.9 ? d.w('nickname', pick(NICKS)) : pick(LATIN_NICKS);
      rows.push([d.X('lead_id', breakLuhn('7' + digits(18))), d.ts(f1(addDays(ex, -ri(0, 6))) + ' ' + hms()), nm, d.m(p.mobile), city, d.store(c), d.w('nickname', pick(NICKS)),
        d.w('ad_plan', pick(['3月引流-39.9体验卡', '私教体验课199', '开业预售-早鸟年卡', '本地推-团购9.9'])), pick(['', '想减肥', '有没有游泳池', '多少钱一年', '离家近吗', '带娃可以吗'])]);
    }
    rows.sort((a, b) => (a[1] < b[1] ? 1 : -1));
    return `抖音来客-线索导出_${f8(ex)}.csv\n` + table(hdr, rows, 'csv');
  }
  if (src === 'meituan') {
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = person(city);
      rows.push([d.X('voucher_no', digits(4) + ' ' + digits(4) + ' ' + digits(4)), chance(0.7) ? d.n(p.name) : d.mname(p.name), chance(0.5) ? d.mm(p.mobile) : d.m(p.mobile), pick(['9.9元单次体验', '39.9元7天卡', '199元私教体验2节']), d.dt(f1(recent())), pick(['已核销', '未到店', '已约'])]);
    }
    return `美团/大众点评 团购核销记录  ${d.store(c)}\n` + table(['券码', '用户', '手机', '套餐', '购买日期', '状态'], rows, 'tsv');
  }
  // 地推 handwritten list typed up
  const lines = [];
  const who = pick(c.mc);
  for (let i = 0; i < n; i++) {
    const p = person(city); const r = R();
    let tel;
    if (r < 0.08) tel = d.X('mobile_typo', p.mobile.slice(0, 10)) + '（少一位）';
    else if (r < 0.12) tel = d.X('unallocated_mobile', pick(['140', '141', '144', '146', '148', '149', '154', '194']) + digits(8)) + ' 空号';
    else tel = d.m(p.mobile, pick(['plain', 'plain', 'sp', 'dash']));
    const nm = chance(0.8) ? d.n(p.name) : d.nc(p.name[0] + pick(['先生', '女士', '阿姨', '姐']));
    lines.push(`${i + 1}. ${nm} ${tel} ${pick(['碧海花园', '万科城', '华润城', '保利花园', '阳光小区', '翠苑三区', '金地名苑'])}${ri(1, 30)}栋 意向${pick(['高', '中', '低', '高', '一般'])} ${pick(['', '怕贵', '想练瑜伽', '孩子学游泳', '以前在别家练过', '约了周六来看场地'])}`);
  }
  return `${f6(recent())} 地推 ${pick(['小区门口', '地铁口', '商场中庭', '写字楼大堂'])}  ${d.store(c)}\n登记人：${d.n(who.name)}\n\n` + lines.join('\n') + `\n\n今天一共${n}个，明天继续${d.w('place', pick(['华润城', '万科城', '金地名苑']))}`;
}

// 10. 团课预约
function gBooking(d) {
  const c = ctx(); const city = c.city; const co = pick(c.coach); const course = pick(c.T.courses); const t = recent(); const n = ri(5, 20);
  d.w('course', course);
  const room = d.w('room', pick(['A操房', '单车房', '瑜伽室', '搏击区', '大教室', '泳池3道']));
  if (chance(0.5)) {
    const hdr = ['序号', '预约人', '手机号', '预约时间', '签到状态', '卡种'];
    const full = chance(0.35);
    const rows = [];
    for (let i = 0; i < n; i++) {
      const p = person(city);
      rows.push([String(i + 1), chance(0.9) ? d.n(p.name) : d.w('nickname', pick(NICKS)), full ? d.m(p.mobile) : d.mm(p.mobile), d.ts(f1(addDays(t, -ri(0, 3))) + ' ' + hm()), pick(['已签到', '已签到', '未签到', '取消']), d.w('card_type', pick(c.T.cards))]);
    }
    return `课程：${course}   教练：${chance(0.6) ? d.n(co.name) : d.title(co)}\n时间：${f1(t)} ${pick(['19:00-20:00', '20:10-21:00', '12:15-13:00', '10:00-11:00'])}   教室：${room}\n门店：${d.store(c)}   人数上限：${n + ri(0, 5)}\n\n` + table(hdr, rows, pick(['tsv', 'fixed', 'csv']));
  }
  const lines = [];
  for (let i = 0; i < n; i++) {
    const p = person(city);
    const withTel = chance(0.3);
    lines.push(`${i + 1}.${chance(0.85) ? (withTel ? d.n(p.name) : d.nc(p.name)) : d.w('nickname', pick(NICKS))} ${withTel ? d.m(p.mobile, pick(MOB_CHAT)) : ''}`.trimEnd());
  }
  return `【${f6(t)} ${course} 接龙】\n${pick(['19:00', '20:10', '12:15'])} ${room} ${d.title(co)}\n满${n + 2}人开课，请假提前2小时\n\n` + lines.join('\n') + `\n\n${d.w('coach_alias', pick(['Mia老师', 'Tony教练', 'Coco老师', 'Leo教练']))}：今晚带好毛巾和水`;
}

// 11. 储物柜租赁
function gLocker(d) {
  const c = ctx({ types: ['gym', 'swim', 'yoga'] }); const city = c.city; const n = ri(5, 18);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person(city); const t = recent();
    rows.push([d.X('locker_no', `${p.g === '男' ? '男' : '女'}-${pick(['A', 'B', 'C'])}${pad(ri(1, 240), 3)}`), d.n(p.name), chance(0.85) ? d.m(p.mobile) : d.mm(p.mobile), d.dt(f1(t)), d.dt(f1(addDays(t, pick([30, 90, 180, 365])))), d.w('price', pick(['100', '200', '50'])), d.X('wristband_no', wristNo()), d.n(pick(c.mc.concat([c.mgr])).name)]);
  }
  const lay = pick(['csv', 'fixed', 'pipe']);
  return `${d.store(c)} 长租储物柜登记表\n押金统一${d.w('price', '100元')}，退柜凭押金条\n` + table(['柜号', '租用人', '电话', '起租', '到期', '押金', '手环号', '经办'], rows, lay);
}

// 12. 游泳健康证核验
function gSwimCert(d) {
  const c = ctx({ types: ['swim', 'gym'] }); const city = c.city; const n = ri(5, 16);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const old = chance(0.15); const p = person(city, old ? { old: true, old15: true } : {}); const t = recent();
    rows.push([String(i + 1), d.n(p.name), p.g, old && chance(0.5) ? d.id15(p) : chance(0.06) ? d.X('invalid_id', badId(p)) + '（待核）' : d.id(p, chance(0.06) ? 'x' : 'plain'), d.X('health_cert_no', pick(['JK', 'SZ', 'GZ']) + f8(t).slice(2) + digits(5)), pick(['社区卫生服务中心', '区疾控中心', '市第二人民医院体检中心', '妇幼保健院']), d.dt(f1(t)), d.dt(f1(addDays(t, 365))),
      pick(['深水', '浅水', '深水', '—']), d.X('deep_water_no', 'SS' + digits(7))]);
  }
  return `${c.bname} ${d.store(c)} 游泳池会员健康证核验台账\n根据《游泳场所卫生规范》，入池须持有效健康证明\n核验人：${d.n(pick(c.coach).name)}（救生员）\n\n` + table(['序号', '姓名', '性别', '身份证号', '健康证编号', '体检机构', '体检日期', '有效期至', '深水合格', '深水证号'], rows, pick(['csv', 'tsv', 'fixed']));
}

// 13. 少儿班名单 / 团体意外险
function gKids(d) {
  const c = ctx({ types: ['swim', 'martial', 'dance'] }); const city = c.city; const n = ri(5, 16);
  const cls = pick(c.T.courses); d.w('course', cls);
  const ins = chance(0.45);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const dad = person(city, { g: '男', y0: 1978, y1: 1992, minority: 0 });
    const k = person(city, { kid: true, sur: dad.sur, region: dad.region });
    const rel = chance(0.55) ? '母亲' : '父亲';
    const par = rel === '父亲' ? dad : person(city, { g: '女', y0: 1980, y1: 1994, minority: 0 });
    if (ins) rows.push([String(i + 1), d.n(k.name), k.g, d.id(k), d.n(par.name), d.m(par.mobile), rel]);
    else rows.push([d.n(k.name), k.g, d.dt(f1(k.birth)), d.n(par.name), d.m(par.mobile, chance(0.1) ? 'sp' : 'plain'), chance(0.6) ? d.id(k) : '', d.w('class_name', pick(['周六上午班', '周日下午班', '暑期集训营', '周三晚班']))]);
  }
  if (ins) return `${c.coName}\n学员团体意外伤害保险投保清单\n投保单位：${c.coName}   统一社会信用代码：${(() => { const u = makeUscc(pick(CITY[city].co)); d.E('cn_uscc', u); return u; })()}\n保险期间：${f1(recent())} 起一年   每人保费：${d.w('price', '30元')}\n\n` + table(['序号', '被保险人', '性别', '身份证号', '投保人(监护人)', '联系电话', '关系'], rows, pick(['csv', 'tsv']));
  return `${c.bname} ${cls}${pick(['初级班', '提高班', '考级班'])} 学员名单\n主教练：${d.n(pick(c.coach).name)}   助教：${d.n(pick(c.coach).name)}\n\n` + table(['学员姓名', '性别', '出生日期', '家长姓名', '家长电话', '学员身份证', '班级'], rows, pick(['tsv', 'fixed', 'pipe']));
}

// 14. 会籍顾问每日电话记录
function gCallLog(d) {
  const c = ctx(); const city = c.city; const mc = pick(c.mc); const t = recent(); const n = ri(5, 16);
  if (chance(0.4)) { // call-centre export
    const rows = [];
    const storeTel = makeLandline(city);
    for (let i = 0; i < n; i++) {
      const p = person(city); const ok = chance(0.55);
      rows.push([d.ts(f1(t) + ' ' + hms()), d.n(mc.name), d.llc(storeTel).replace('-', ''), d.m(p.mobile), chance(0.8) ? d.n(p.name) : d.w('placeholder', pick(['未知', '新线索', '抖音客户'])), ok ? `${ri(0, 6)}分${ri(0, 59)}秒` : '0秒', ok ? pick(['已邀约', '考虑中', '拒绝', '已到店']) : pick(['未接', '关机', '拒接', '空号']), ok ? d.dt(f1(addDays(t, ri(1, 7)))) : '']);
    }
    return `外呼记录导出（${pick(['云呼', '容联七陌', '天润'])}）\n` + table(['呼叫时间', '坐席', '主叫', '被叫', '客户姓名', '通话时长', '结果', '下次跟进'], rows, pick(['csv', 'tsv']));
  }
  const lines = [];
  let dials = 0, ok = 0;
  for (let i = 0; i < n; i++) {
    const p = person(city); const r = R(); dials++;
    const nm = r < 0.8 ? d.n(p.name) : d.nc(p.name[0] + pick(['先生', '女士', '姐', '哥']));
    const res = pick([
      () => { ok++; return `${d.w('card_type', pick(c.T.cards))}${f5(addDays(t, ri(3, 40)))}到期，说考虑下，周${pick(['五', '六', '日'])}再打`; },
      () => `未接x${ri(2, 3)}，发了短信`,
      () => { ok++; return `约了体验课 ${f6(addDays(t, ri(1, 5)))} ${pick(['上午10点', '晚上7点', '中午12点'])}，已发定位`; },
      () => { ok++; return `说太贵，别家${d.w('price', pick(['1999', '1680', '2280']))}一年，申请下折扣`; },
      () => `关机`,
      () => { ok++; return `已经在${pick(['乐刻', '隔壁', '公司楼下'])}办了，放弃`; },
      () => { ok++; return `老会员，私教还剩${ri(2, 15)}节没上完，${d.title(pick(c.coach))}离职后没人跟，情绪不太好`; },
    ])();
    lines.push(`${i + 1}. ${nm} ${d.m(p.mobile, pick(['plain', 'plain', 'sp', 'dash', '344']))} ${res}`);
  }
  return `${f6(t)} 回访记录 —— ${d.n(mc.name)}（${d.store(c)}）\n今日目标：邀约到店5个，成交2单\n\n` + lines.join('\n') + `\n\n小结：打了${dials}个，接通${ok}，${pick(['明天继续', '周六集中邀约', '请店长帮谈价格'])}`;
}

// 15. 微信聊天
function chatLine(d, who, text, style, t, isName = true) {
  if (isName) d.nc(who);
  const tm = d.tick();
  if (style === 0) return `${who} ${tm}\n${text}`;
  if (style === 1) return `[${tm}] ${who}：${text}`;
  return `${d.ts(f1(t) + ' ' + tm + ':' + pad(ri(0, 59), 2))} ${who}\n${text}`;
}
function gChat(d) {
  const c = ctx(); const city = c.city; const t = recent(); const st = ri(0, 2); const L = [];
  const kind = ri(0, 3);
  if (kind === 0) { // store work group
    const mg = c.mgr, mc = pick(c.mc), co = pick(c.coach);
    L.push(`群聊：${c.store[0]}会籍群(${ri(6, 15)})`); d.store(c);
    L.push(chatLine(d, mg.name, `下面这几个这周到期，各自认领跟进，今天下班前回复结果[抱拳]`, st, t));
    const ms = Array.from({ length: ri(3, 8) }, () => person(city));
    L.push(chatLine(d, mg.name, ms.map((p) => `${d.n(p.name)} ${d.m(p.mobile, pick(MOB_CHAT))} ${d.w('card_type', pick(c.T.cards))} ${f5(addDays(t, ri(1, 7)))}`).join('\n'), st, t));
    L.push(chatLine(d, mc.name, `收到，前三个我来`, st, t));
    L.push(chatLine(d, co.name, `@${mc.name} ${ms[0].name}是我的私教学员，续私教的话我来谈`, st, t));
    L.push(chatLine(d, mg.name, `[OK]`, st, t));
  } else if (kind === 1) { // coach leaking to a rival manager
    const co = pick(c.coach); const rival = person(city);
    L.push(`与“${rival.name}”的聊天记录`); d.nc(rival.name);
    L.push(chatLine(d, rival.name, `${co.name}，资源整理好了吗？我们这边${pick(['下周一', '月底', '15号'])}开业`, st, t));
    L.push(chatLine(d, co.name, `整理了一部分，都是我自己的私教学员，课快上完了的`, st, t));
    const ms = Array.from({ length: ri(4, 12) }, () => person(city));
    L.push(chatLine(d, co.name, ms.map((p, i) => `${i + 1}.${d.n(p.name)} ${d.m(p.mobile, pick(MOB_CHAT))} ${pick(['剩3节', '已上完', '想减脂', '产后修复', '预算高', '好说话', `${d.w('word', '余课')}8节`])}`).join('\n'), st, t));
    L.push(chatLine(d, co.name, `还有一批在电脑上，是${d.store(c)}的会员档案，带身份证的，明天发你`, st, t));
    L.push(chatLine(d, rival.name, `好，按人头算，${d.w('price', pick(['50', '80', '100']))}一个，到店成交另算`, st, t));
    L.push(chatLine(d, co.name, `嗯，别说是我给的[捂脸]`, st, t));
  } else if (kind === 2) { // member sends own info for refund / transfer
    const p = person(city); const mc = pick(c.mc); const a = bankAcct();
    const disp = chance(0.6) ? p.name : chance(0.5) ? d.w('nickname', pick(NICKS)) : pick(LATIN_NICKS); const isN = disp === p.name;
    L.push(`与“${disp}”的聊天`);
    L.push(chatLine(d, mc.name, `${p.g === '男' ? '哥' : '姐'}，退卡的话需要提供一下姓名身份证和退款的银行卡，我帮你填申请单`, st, t));
    const fmt = pick([0, 1, 2]);
    const info = fmt === 0
      ? `姓名：${d.n(p.name)}\n身份证：${d.id(p, pick(['plain', 'plain', 'x', 'fw']))}\n电话：${d.m(p.mobile, pick(MOB_CHAT))}\n卡号：${d.card(a.no, pick(['plain', 'sp4']))}\n${a.bank}`
      : fmt === 1 ? `${d.n(p.name)} ${d.id(p)} ${d.card(a.no)} ${a.bank}${pick(['', city + '分行'])}`
      : `${d.n(p.name)}\n${d.id(p, 'sp')}\n${d.card(a.no, 'sp4')}\n开户行${a.bank}`;
    L.push(chatLine(d, disp, info, st, t, isN));
    L.push(chatLine(d, disp, pick([`什么时候能到账`, `手续费能不能免了，卡才用了两个月`, `麻烦快点，我下个月就走了`]), st, t));
    L.push(chatLine(d, mc.name, `好的，店长签完字财务${pick(['7个工作日', '15个工作日', '月底统一'])}打款`, st, t));
  } else { // coach and member scheduling, plus pasted friend referral
    const co = pick(c.coach); const p = person(city); const f = person(city); const who = f.g === '女' ? (p.g === '女' ? '闺蜜' : '老婆') : (p.g === '女' ? '老公' : '兄弟');
    L.push(`与“${p.name}”的聊天`);
    L.push(chatLine(d, p.name, `${d.title(co)}，明天${pick(['晚上7点', '中午12点', '早上8点'])}的课我要改到后天，可以吗`, st, t));
    L.push(chatLine(d, co.name, `可以，后天同一时间，我帮你改了。上次的${d.w('body_metric', pick(['体脂率28.4%', '体脂率31%', '体重68.2kg']))}，这周再测一次`, st, t));
    L.push(chatLine(d, p.name, `好的，我${who}也想练，${f.g === '女' ? '她' : '他'}的电话${d.m(f.mobile, pick(MOB_CHAT))}，叫${d.n(f.name)}，你们联系${f.g === '女' ? '她' : '他'}吧`, st, t));
    L.push(chatLine(d, co.name, `好嘞，转介绍送你两节课[强]`, st, t));
  }
  return L.join('\n\n');
}

// 16. 短信平台发送记录
function gSms(d) {
  const c = ctx(); const city = c.city; const n = ri(5, 18); const mc = pick(c.mc);
  const sign = `【${c.bname}】`;
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person(city); const t = recent(); const ct = pick(c.T.cards);
    const greet = R() < 0.6 ? `尊敬的${d.n(p.name)}会员` : (() => { const s = p.name[0] + (p.g === '男' ? '先生' : '女士'); d.C('person_name_zh', s); return `尊敬的${s}`; })();
    const body = pick([
      () => `${sign}${greet}，您的${d.w('card_type', ct)}将于${f1(addDays(t, ri(5, 30)))}到期，续费享8.5折，详询会籍顾问${d.n(mc.name)}${d.m(mc.mobile)}。退订回T`,
      () => `${sign}${greet}，您预约的${d.w('course', pick(c.T.courses))}将于明天${hm()}开始，请提前10分钟到店签到。退订回T`,
      () => `${sign}${greet}，您本月已到店${ri(0, 20)}次，私教${d.w('word', '余课')}${ri(1, 20)}节，坚持就是胜利！退订回T`,
      () => `${sign}${greet}，您的月付扣款失败（${d.w('word', '余额')}不足），请于3日内处理，以免影响入场。退订回T`,
      () => `${sign}${greet}，生日快乐！凭此短信到前台领取蛋白粉一份。退订回T`,
    ])();
    rows.push([d.X('sms_id', digits(6) + 'x' + digits(8)), d.m(p.mobile, chance(0.1) ? '86' : 'plain'), body, d.ts(f1(t) + ' ' + hms()), pick(['成功', '成功', '成功', '失败:空号', '失败:停机']), String(body.length > 70 ? 2 : 1)]);
  }
  return `短信发送明细 账号:${c.brand.dom.split('.')[0]}_mkt  导出时间:${f1(recent())} ${hms()}\n` + table(['批次号', '手机号码', '短信内容', '发送时间', '状态', '计费条数'], rows, pick(['csv', 'tsv']));
}

// 17. 门禁日志
function gGate(d) {
  const c = ctx(); const city = c.city; const ms = Array.from({ length: ri(3, 9) }, () => ({ p: person(city), card: wristNo(), no: memNo() }));
  const t0 = recent(); const lines = [];
  const style = ri(0, 2);
  for (let i = 0; i < ri(10, 30); i++) {
    const m = pick(ms); const t = d.ts(f1(t0) + ' ' + hms() + '.' + pad(ri(0, 999), 3));
    const res = pick(['PASS', 'PASS', 'PASS', 'PASS', 'DENY:EXPIRED', 'DENY:ANTIPASSBACK']);
    if (style === 0) lines.push(`${t} GATE-${pad(ri(1, 4), 2)} ${pick(['IN ', 'OUT'])} card=${d.X('wristband_no', m.card)} member=${d.X('member_no', m.no)} name=${d.n(m.p.name)} result=${res}`);
    else if (style === 1) lines.push(`${t} [${pick(['闸机1', '闸机2', '泳池闸机'])}] 人脸识别 score=0.${ri(82, 99)} 会员:${d.n(m.p.name)} 手机:${d.ms < 2 ? d.mm(m.p.mobile) : d.m(m.p.mobile)} ${res === 'PASS' ? '放行' : '拒绝(' + res.split(':')[1] + ')'}`);
    else lines.push(JSON.stringify({ ts: +d.X('timestamp_ms', msEpoch(t0)), dev: 'ACS-' + pad(ri(1, 9), 2), uid: d.X('member_no', m.no), cardNo: d.X('wristband_no', m.card), userName: d.n(m.p.name), dir: pick([1, 2]), ret: res === 'PASS' ? 0 : 403 }));
  }
  return `# ${c.store[0]} 门禁控制器日志 ${f1(t0)}\n` + (d.store(c), '') + lines.sort().join('\n');
}

// 18. 小程序 JSON
function gMiniapp(d) {
  const c = ctx(); const city = c.city; const n = ri(1, 8);
  const list = [];
  for (let i = 0; i < n; i++) {
    const p = person(city); const t = recent();
    const o = {
      memberId: d.X('member_no', String(ri(100000, 9999999))),
      openid: d.X('openid', 'o' + Array.from({ length: 27 }, () => pick('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split(''))).join('')),
      nickName: chance(0.6) ? d.w('nickname', pick(NICKS)) : pick(LATIN_NICKS),
      avatarUrl: 'https://cdn.' + c.brand.dom + '/static/img/' + d.X('asset_at', pick(['avatar', 'default', 'vip']) + '@2x.png'),
      realName: d.n(p.name),
      gender: p.g === '男' ? 1 : 2,
      phone: d.m(p.mobile),
    };
    if (chance(0.6)) o.idCardNo = d.id(p);
    if (chance(0.55)) o.email = d.mail(makeEmail(p));
    o.cardName = d.w('card_type', pick(c.T.cards));
    o.expireTime = +d.X('timestamp_ms', msEpoch());
    o.storeName = c.store[0]; d.store(c);
    o.coachName = chance(0.5) ? d.n(pick(c.coach).name) : d.title(pick(c.coach));
    list.push(o);
  }
  const body = { code: 0, msg: 'success', data: { total: n, pageNo: 1, pageSize: 20, list } };
  const pretty = chance(0.5);
  return `GET /api/v2/member/list?storeId=${ri(100, 999)}&page=1 200\n` + JSON.stringify(body, null, pretty ? 2 : 0);
}

// 19. 总部邮件
function gMail(d) {
  const c = ctx(); const city = c.city; const hq = person(city, { y0: 1980, y1: 1995 }); const t = recent();
  const hqm = staffEmail(hq, c.brand.dom), mgm = staffEmail(c.mgr, c.brand.dom);
  const from = `${d.n(hq.name)} <${d.mail(hqm)}>`; const to = `${d.n(c.mgr.name)} <${d.mail(mgm)}>`;
  const cc = chance(0.6) ? `抄送: ${d.mail(pick(['hr', 'legal', 'it', 'finance', 'audit']) + '@' + c.brand.dom)}` : '';
  const kind = ri(0, 2);
  let subj, body;
  const sig = `\n\n--\n${d.n(hq.name)} | ${pick(['总部运营中心', '风控部', '会员服务中心', '区域运营'])}\n${c.coName}\n电话：${d.llc(makeLandline(city))}  手机：${d.m(hq.mobile, pick(['plain', 'dash']))}\n邮箱：${hqm}`;
  if (kind === 0) {
    const co = pick(c.coach);
    subj = `关于${d.store(c)}离职教练带走会员资料一事`;
    const ms = Array.from({ length: ri(3, 10) }, () => person(city));
    body = `${c.mgr.name}店长：\n\n经会员投诉核实，原私教${d.nc(co.name)}（工号${d.X('staff_no', 'PT' + digits(4))}）离职前通过微信将部分会员信息发给了竞品门店，以下会员已反映接到对方电话：\n\n` +
      ms.map((p, i) => `${i + 1}. ${d.n(p.name)}  ${d.m(p.mobile, pick(['plain', 'dash']))}  ${d.w('card_type', pick(c.T.pt))}`).join('\n') +
      `\n\n请于${f6(addDays(t, 3))}前完成：\n1）逐一电话致歉并安排新教练承接；\n2）收回该教练的系统账号和门店电脑权限；\n3）整理书面情况说明，发到 ${d.mail('legal@' + c.brand.dom)}。\n\n法务会评估是否报警。`;
    d.C('person_name_zh', c.mgr.name);
  } else if (kind === 1) {
    subj = `【转发】会员投诉：被推销电话骚扰 ${f1(t)}`;
    const p = person(city); const e = makeEmail(p);
    body = `各位：\n\n以下为会员来信，请${d.store(c)}跟进。\n\n---------- 转发的邮件 ----------\n发件人：${d.n(p.name)} <${d.mail(e)}>\n日期：${f3(t)} ${hm()}\n主题：投诉\n\n你好，我是你们${c.store[0]}的会员${d.nc(p.name)}，会员卡号${d.X('card_no', memNo())}，手机${d.m(p.mobile)}。最近一周每天都有人打电话说是"${pick(['新开的健身房', '私教工作室', '瑜伽馆'])}"，能准确说出我的名字和卡到期时间，还说我的${d.title(pick(c.coach))}已经过去了。请问你们是不是泄露了会员信息？请给个说法。\n\n${d.nc(p.name)}`;
  } else {
    subj = `${t.m}月续费攻坚名单（${d.store(c)}）`;
    const ms = Array.from({ length: ri(5, 14) }, () => person(city));
    const lay = pick(['tsv', 'pipe', 'fixed']);
    body = `${c.mgr.name}：\n\n附件是系统拉的${t.m}月到期未续会员，表格贴在正文里方便手机看。请按会籍分配，本周五前反馈。邮件勿外转。\n\n` +
      table(['姓名', '手机', '卡种', '到期日', '会籍', '邮箱'], ms.map((p) => [d.n(p.name), d.m(p.mobile), d.w('card_type', pick(c.T.cards)), f1(addDays(t, ri(0, 30))), d.n(pick(c.mc).name), chance(0.5) ? d.mail(makeEmail(p)) : '']), lay) + `\n\n附件：${c.store[0]}_到期名单_${f8(t)}.xlsx (${ri(18, 96)}KB)`;
    d.C('person_name_zh', c.mgr.name);
  }
  return `发件人: ${from}\n收件人: ${to}\n${cc ? cc + '\n' : ''}日期: ${d.ts(f3(t) + ' ' + hms())}\n主题: ${subj}\n\n${body}${sig}`;
}

// 20. 离职交接说明
function gHandover(d) {
  const c = ctx(); const city = c.city; const from = pick(c.coach); const to = c.coach.find((x) => x !== from) || person(city); const t = recent();
  const ms = Array.from({ length: ri(3, 12) }, () => person(city));
  const role = chance(0.7) ? '私教' : '会籍顾问';
  const lines = ms.map((p, i) => {
    const f = ri(0, 3);
    const mob = d.m(p.mobile, pick(['plain', 'plain', 'sp', 'dash']));
    if (f === 0) return `${i + 1}、${d.n(p.name)}，${mob}，${d.w('card_type', pick(c.T.pt))}剩${ri(1, 18)}节，${pick(['目标减脂', '腰不好别做硬拉', '产后修复，周二周四来', '比较难约，提前一天确认', '想买第二期'])}`;
    if (f === 1) return `${i + 1}) ${d.n(p.name)} ${mob} ${d.w('word', '余课')}${ri(1, 20)} ${pick(['已沟通', '未沟通', '有情绪'])}`;
    if (f === 2) return `${d.n(p.name)}  ${mob}  身份证${d.id(p)}  ${pick(['转卡过来的', '老会员', '员工家属'])}`;
    return `${i + 1}. ${d.n(p.name)}（${mob}）—— 上课时间不固定，微信联系`;
  });
  return `${role}工作交接说明\n\n交接人：${d.n(from.name)}    接收人：${d.n(to.name)}\n门店：${d.store(c)}    离职日期：${d.dt(f3(t))}\n\n本人因${pick(['个人原因', '回老家发展', '家庭原因', '身体原因'])}离职，名下在册${role === '私教' ? '学员' : '会员'}共${ms.length}人，明细如下：\n\n` +
    lines.join('\n') + `\n\n${pick([`以上学员已在群里告知，${to.name}后续跟进。`, '课程余额以系统为准，我这边没有私下收费。', '会员资料我手机里已全部删除。'])}\n` + (d.nc(to.name), '') +
    `\n交接人签字：${d.n(from.name)}\n接收人签字：${d.n(to.name)}\n店长确认：${d.n(c.mgr.name)}  ${d.dt(f4(t))}`;
}

// 21. 收银系统 XML
function gPosXml(d) {
  const c = ctx(); const city = c.city; const n = ri(1, 5); const out = [];
  for (let i = 0; i < n; i++) {
    const p = person(city); const t = recent(); const a = bankAcct(); const amt = pick([1980, 2680, 3680, 6880, 8800, 12000]);
    const pay = pick(['BANKCARD', 'WECHAT', 'ALIPAY', 'BANKCARD']);
    let payXml;
    if (pay === 'BANKCARD') payXml = `      <CardNo>${d.mcard(a.no)}</CardNo>\n      <Issuer>${a.bank}</Issuer>\n      <RefNo>${d.X('pos_ref', digits(12))}</RefNo>\n      <TerminalId>${d.X('terminal_id', digits(8))}</TerminalId>\n      <MerchantNo>${d.X('merchant_no', '898' + digits(12))}</MerchantNo>`;
    else payXml = `      <TxnId>${pay === 'WECHAT' ? d.X('wx_txn', wxTxn()) : d.X('ali_txn', aliTxn())}</TxnId>`;
    out.push(`  <Order>\n    <OrderNo>${d.X('order_no', orderNo())}</OrderNo>\n    <CreateTime>${d.ts(f1(t) + 'T' + hms() + '+08:00')}</CreateTime>\n    <Store code="${d.X('store_code', 'S' + digits(4))}">${c.store[0]}</Store>\n` +
      `    <Member>\n      <MemberNo>${d.X('member_no', memNo())}</MemberNo>\n      <Name>${d.n(p.name)}</Name>\n      <Mobile>${d.m(p.mobile)}</Mobile>\n` + (chance(0.6) ? `      <IdType>01</IdType>\n      <IdNo>${d.id(p)}</IdNo>\n` : '') +
      `    </Member>\n    <Item sku="${d.X('sku', 'CARD-' + digits(3))}">${d.w('card_type', pick(c.T.cards.concat(c.T.pt)))}</Item>\n    <Amount currency="CNY">${amt}.00</Amount>\n    <Payment type="${pay}">\n${payXml}\n    </Payment>\n    <Seller>${d.n(pick(c.mc).name)}</Seller>\n  </Order>`);
  }
  d.store(c);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!-- ${c.bname} POS 日结上传 -->\n<Orders date="${f1(recent())}" count="${n}">\n${out.join('\n')}\n</Orders>`;
}

// 22. 开票申请
function gInvoice(d) {
  const c = ctx(); const city = c.city; const n = ri(3, 12); const rows = [];
  for (let i = 0; i < n; i++) {
    const p = person(city); const comp = chance(0.35);
    let title, tax = '';
    if (comp) {
      title = d.w('company', `${city}${pick(['市高新', '市金盛', '市和创', '市周达', '市万鑫', '市林丰', '市马可'])}${pick(['科技有限公司', '贸易有限公司', '信息技术有限公司', '文化传媒有限公司'])}`);
      const u = makeUscc(pick(CITY[city].co)); d.E('cn_uscc', u); tax = u;
    } else title = d.n(p.name);
    rows.push([d.ts(f1(recent()) + ' ' + hm()), d.n(p.name), d.m(p.mobile), pick(['个人', '企业'].slice(comp ? 1 : 0, comp ? 2 : 1)), title, tax, d.w('price', money(pick([1980, 3680, 6800, 9600, 12800]))), pick(['私教课费', '会员服务费', '健身服务', '培训费']), d.mail(makeEmail(p)), pick(['已开', '待开', '已开', '退回:税号错误'])]);
  }
  return `${c.bname} 电子发票申请登记（${d.store(c)}）\n开票员：${d.n(person(city).name)}\n\n` + table(['申请时间', '会员姓名', '手机', '抬头类型', '发票抬头', '税号', '金额', '开票项目', '接收邮箱', '状态'], rows, pick(['csv', 'tsv', 'pipe']));
}

// 23. 店务会议纪要
function gMinutes(d) {
  const c = ctx(); const city = c.city; const t = recent(); const att = [c.mgr, ...c.mc, ...c.coach];
  const co = pick(c.coach); const mc = pick(c.mc);
  const ms = Array.from({ length: ri(1, 4) }, () => person(city));
  let s = `${d.store(c)}店务会议纪要\n时间：${d.ts(f3(t) + ' ' + pick(['09:30', '10:00', '21:30']))}\n地点：${d.w('room', pick(['前台会议区', '瑜伽室', '店长办公室']))}\n主持：${d.n(c.mgr.name)}\n参会：${att.map((p) => d.n(p.name)).join('、')}\n记录：${d.n(mc.name)}\n\n`;
  s += `一、上月业绩\n会籍完成${ri(60, 120)}%，私教完成${ri(50, 110)}%。${d.nc(mc.name)}个人业绩第一，${d.nc(pick(c.mc).name)}需要加强邀约。\n\n`;
  s += `二、会员资料安全\n${d.nc(co.name)}上周离职，发现其离职前${pick(['用手机拍了前台电脑的会员列表', '在系统里导出了全店会员档案', '把学员拉进了自己的微信群'])}。已有会员${ms.map((p) => d.nc(p.name)).join('、')}反映接到陌生健身房电话。\n` +
    `整改：1. 系统导出权限只留店长；2. 前台电脑锁屏；3. 会籍私人微信加会员须报备；4. 离职当天收回工牌和${d.w('word', '钉钉')}账号。\n\n`;
  s += `三、其他\n下月${d.w('course', pick(c.T.courses))}新课上线，${d.title(pick(c.coach))}负责排课。${d.w('word', '周末班')}人数太少，考虑合并。\n\n下次会议：${f6(addDays(t, 7))}`;
  return s;
}

// 24. 手机通讯录截图 OCR
function gContactsOcr(d) {
  const c = ctx(); const city = c.city; const n = ri(4, 12); const L = [];
  const ps = Array.from({ length: n }, () => person(city)).sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  L.push(`${pick(['9:41', '21:03', '14:27'])}  ${pick(['4G', '5G', 'WiFi'])}  ${ri(18, 96)}%`);
  L.push('通讯录');
  L.push(`Q 搜索`);
  for (const p of ps) {
    const tag = pick(['健身', '年卡', '私教', '会员', c.store[0].slice(0, 2), '体验', d.w('card_type', pick(c.T.cards))]);
    const r = R();
    if (r < 0.5) L.push(`${d.n(p.name)}${tag}`.replace(p.name, p.name + ' ') + `\n${d.m(p.mobile, pick(['sp', '344', 'plain']))}`);
    else if (r < 0.8) L.push(`${d.n(p.name)} ${tag}\n手机 ${d.m(p.mobile, pick(['sp', 'plain', '+86']))}`);
    else { const o = ocrNum(p.mobile); if (o.broken) d.C('cn_mobile', p.mobile); else d.E('cn_mobile', p.mobile); L.push(`${d.n(p.name)}\n${o.t}`); }
  }
  L.push(`${pick(['A', 'B', 'C', 'W', 'Z'])}\n#\n${ri(200, 900)}位联系人`);
  return `[截图OCR ${pick(['IMG_', 'Screenshot_'])}${f8(recent())}_${digits(6)}.jpg]\n` + L.join('\n');
}

// 25. 会员详情页 (复制自 SaaS 后台)
function gProfile(d) {
  const c = ctx(); const city = c.city; const p = person(city, { minority: 0.05 }); const t = recent(); const ct = pick(c.T.cards);
  const fam = person(city);
  const kv = [];
  kv.push(['会员姓名', d.n(p.name)], ['性别', p.g], ['生日', f1(p.birth)], ['手机号', d.m(p.mobile, pick(MOB_FORM))]);
  if (chance(0.12)) { const pp = makePassport(); kv.push(['证件类型', '护照'], ['证件号码', d.E('cn_passport', pp)]); }
  else if (chance(0.8)) kv.push(['证件号码', d.id(p, chance(0.1) ? 'x' : 'plain')]);
  if (chance(0.5)) kv.push(['邮箱', d.mail(makeEmail(p), chance(0.1))]);
  if (chance(0.4)) kv.push(['家庭电话', d.ll(makeLandline(pick(['深圳', '广州', '上海', '北京', '杭州', '成都', '武汉', '南京', '西安', '苏州'])), chance(0.7))]);
  kv.push(['会员卡号', d.X('card_no', memNo())], ['实体卡/手环', d.X('wristband_no', wristNo())], ['卡种', d.w('card_type', ct)], ['开卡日期', d.dt(f1(t))], ['到期日期', d.dt(f1(addDays(t, 365)))],
    ['所属门店', d.store(c)], ['会籍顾问', d.n(pick(c.mc).name)], ['专属教练', chance(0.6) ? d.n(pick(c.coach).name) : d.title(pick(c.coach))],
    ['紧急联系人', d.n(fam.name)], ['紧急联系电话', d.m(fam.mobile)], ['来源渠道', pick(['到店', '转介绍', '抖音', '美团', '地推'])], ['体测', `${d.w('body_metric', `体脂率${(18 + R() * 15).toFixed(1)}%`)} / ${d.w('body_metric', `${(45 + R() * 40).toFixed(1)}kg`)}`],
    ['备注', remark(d, c, city) || '—']);
  const lay = ri(0, 2);
  if (lay === 0) return `会员详情\n` + kv.map(([k, v]) => `${k}：${v}`).join('\n');
  if (lay === 1) return `会员详情 > 基本信息\n` + kv.map(([k, v]) => `${k}\n${v}`).join('\n');
  return kv.map(([k, v]) => `${k}\t${v}`).join('\n');
}

// ------------------------------------------------------------- driver ----
const KINDS = [
  ['member-export', gMemberExport, 16], ['pt-order', gPtOrder, 12], ['pt-consume', gPtConsume, 12], ['body-test', gBodyTest, 14],
  ['contract-ocr', gContract, 14], ['refund-form', gRefund, 16], ['payroll', gPayroll, 10], ['auto-debit', gAutoDebit, 10],
  ['leads', gLeads, 14], ['class-booking', gBooking, 12], ['locker', gLocker, 10], ['swim-cert', gSwimCert, 12],
  ['kids-roster', gKids, 12], ['call-log', gCallLog, 12], ['wechat-chat', gChat, 16], ['sms-log', gSms, 10],
  ['gate-log', gGate, 10], ['miniapp-json', gMiniapp, 12], ['hq-mail', gMail, 16], ['handover', gHandover, 12],
  ['pos-xml', gPosXml, 8], ['invoice', gInvoice, 10], ['minutes', gMinutes, 8], ['contacts-ocr', gContactsOcr, 8], ['member-profile', gProfile, 12],
];

const docs = [];
for (const [kind, gen, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    const d = new Doc(kind);
    const text = gen(d);
    docs.push({ id: `fit-${kind}-${i}`, kind, text, d });
  }
}
// interleave deterministically so kinds are mixed in the output
const order = shuffle(docs.map((_, i) => i));

// ---------------------------------------------------------- self-check ----
const errors = [];
const nfkc = (s) => s.normalize('NFKC');
function occurs(text, det, v) {
  const t = nfkc(text);
  if (det === 'person_name_zh') return t.replace(/[\s\u3000]/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  const compact = t.toUpperCase().replace(/[\s\-–—()（）+.]/g, '');
  if (det === 'cn_resident_id' && [...t.matchAll(/\d{15}/g)].some((m) => upgrade15(m[0]) === v)) return true;
  return compact.includes(v);
}
function valid(det, v) {
  switch (det) {
    case 'cn_mobile': return mobOk(v);
    case 'cn_resident_id': return validId(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return EMAIL_RE.test(v);
    case 'cn_uscc': return validUscc(v);
    case 'cn_landline': return landlineOk(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,12}$/.test(v);
  }
  return false;
}
const DEMO = new Set(['13800138000', '13912345678', '18888888888', '11010519491231002X']);
const out = [];
const stats = { kinds: {}, ent: {}, dc: {}, dec: {} };
for (const idx of order) {
  const { id, kind, text, d } = docs[idx];
  for (const k of d.ent.keys()) d.dc.delete(k);                 // entity wins over dontCare
  for (const [k, x] of d.dec) if (!text.includes(x.text)) d.dec.delete(k); // decoy must be in the text as written
  const entities = [...d.ent.values()], dontCare = [...d.dc.values()], decoys = [...d.dec.values()];
  const entVals = new Set(entities.map((e) => e.value));
  for (const e of entities) {
    if (!valid(e.detector, e.value)) errors.push(`${id}: invalid ${e.detector} ${e.value}`);
    if (!occurs(text, e.detector, e.value)) errors.push(`${id}: ${e.detector} ${e.value} not in text`);
    if (DEMO.has(e.value)) errors.push(`${id}: demo value ${e.value}`);
  }
  for (const x of decoys) {
    const compact = nfkc(x.text).toUpperCase().replace(/[\s\-()]/g, '');
    if (entVals.has(x.text) || entVals.has(compact) || entVals.has(x.text.toLowerCase())) errors.push(`${id}: decoy is an entity: ${x.text}`);
    for (const v of entVals) if (v.length >= 2 && x.text.includes(v) && /^[\u4e00-\u9fa5]+$/.test(v) && x.text === v) errors.push(`${id}: decoy equals name ${v}`);
    if (!x.text.includes('*') && !/x{3,}/.test(x.text)) {
      const dg = nfkc(x.text).replace(/\D/g, '');
      if (/^[\d\s\-]+$/.test(x.text) || /^\d+$/.test(compact)) {
        if (dg.length === 11 && mobOk(dg)) errors.push(`${id}: decoy is a valid mobile ${x.text}`);
        if (dg.length >= 16 && dg.length <= 19 && luhnOk(dg)) errors.push(`${id}: decoy passes Luhn ${x.text}`);
        if (dg.length === 18 && validId(dg)) errors.push(`${id}: decoy is a valid ID ${x.text}`);
        if (dg.length === 18 && usccCheck(dg.slice(0, 17)) === dg[17]) errors.push(`${id}: decoy passes USCC MOD 31 ${x.text}`);
        if (dg.length === 15 && legacyOk(dg)) errors.push(`${id}: decoy looks like a legacy ID ${x.text}`);
      }
    }
  }
  // no unlabeled valid value in a bare digit run
  const labelled = (det, v) => d.ent.has(det + '|' + v) || d.dc.has(det + '|' + v);
  for (const m of nfkc(text).matchAll(/\d+[Xx]?/g)) {
    const r = m[0].toUpperCase(); const prev = nfkc(text)[m.index - 1] || '';
    if (/[A-Za-z]/.test(prev) && !/^[0-9]/.test(r)) continue;
    if (r.length === 11 && mobOk(r) && !labelled('cn_mobile', r)) errors.push(`${id}: unlabelled mobile ${r}`);
    if (r.length === 18 && validId(r) && !labelled('cn_resident_id', r)) errors.push(`${id}: unlabelled ID ${r}`);
    if (r.length === 15 && legacyOk(r) && !labelled('cn_resident_id', upgrade15(r))) errors.push(`${id}: unlabelled legacy ID ${r}`);
    if (/^\d{16,19}$/.test(r) && luhnOk(r) && !validId(r) && !entities.some((e) => e.detector === 'cn_uscc' && e.value.includes(r)) && !labelled('bank_card', r)) errors.push(`${id}: unlabelled Luhn number ${r}`);
  }
  out.push(JSON.stringify({ id, kind, text, entities, dontCare, decoys }));
  stats.kinds[kind] = (stats.kinds[kind] || 0) + 1;
  for (const e of entities) stats.ent[e.detector] = (stats.ent[e.detector] || 0) + 1;
  for (const e of dontCare) stats.dc[e.detector] = (stats.dc[e.detector] || 0) + 1;
  for (const x of decoys) stats.dec[x.kind] = (stats.dec[x.kind] || 0) + 1;
}

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node fitness.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(OUT, out.join('\n') + '\n');
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`fitness corpus: ${out.length} documents -> ${OUT}`);
console.log('documents per kind:', JSON.stringify(stats.kinds));
console.log(`entities (${sum(stats.ent)}):`, JSON.stringify(stats.ent));
console.log(`dontCare (${sum(stats.dc)}):`, JSON.stringify(stats.dc));
console.log(`decoys (${sum(stats.dec)}):`, JSON.stringify(stats.dec));
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check ok');
