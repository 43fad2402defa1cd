#!/usr/bin/env node
// agency.mjs — independent labelled test corpus for listguard: real-estate brokerage (房产中介).
//
// Theme: what leaks out of a 房产中介 — 客源 / 房源 exports from the agency CRM (业主, 客户,
// 经纪人 with phones), 带看记录, 房屋租赁合同 (出租方 / 承租方 with IDs and the bank card the
// rent goes to), 定金收据, 过户材料核对单, 网签 data (JSON and XML), agents' WeChat group chats
// sharing owners' numbers, 业主名单 bought from a 物业 (fixed-width print-outs and Excel dumps,
// old ones with 15-digit IDs), 房东 rent payment batch files, 贷款预审 mails, OCR'd 看房确认书
// with signatures, SMS logs, 店周会纪要, CRM audit logs, 佣金发放明细, 出售委托协议, agents'
// 跟进笔记, 租客登记表 and listing ads. The domain's own numbers are decoys: 房源编号, 客源编号,
// 合同编号, 网签备案号, 不动产权证号 / 产权证号, 门牌 (3栋2单元1502), 面积, prices, 车位号,
// 批次号, 流水号, timestamps; and 楼盘 / 小区 / 商圈 / 门店 / platform names that start with a
// surname-like character (万科, 金地, 龙湖, 张江汤臣, 陆家嘴, 常营, 钱塘房屋, 安居客, 贝壳 …)
// in the positions where a name could stand.
//
// Usage:   node agency.mjs OUT.jsonl
// Output:  one JSON object per line:
//   {"id":"ag-<kind>-<n>","kind":"<kind>","text":"...",
//    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per document)
//    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
//    "decoys":[{"kind":"...","text":"..."}]}          must not be reported under any detector
// Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy 15-digit IDs are
// upgraded to 18); cn_mobile 11 digits (no +86, no separators); cn_landline digits with the
// leading 0 and the area code, no separators, no extension; email lower-case; bank_card digits
// only; cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh the name as written,
// without spaces or titles. Decoys carry their exact text as written.
// Everything is synthetic: check digits (MOD 11-2, Luhn, GB 32100 + GB 11714) are computed here,
// from a fixed-seed mulberry32 PRNG; no clock, no I/O except OUT.
//
// Written in session 29 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.

import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node agency.mjs OUT.jsonl'); process.exit(2); }
const PREFIX = 'ag';

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(0x29A6E7C3);
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w = 2) => String(n).padStart(w, '0');
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }
function wpick(list) { // [[item, weight], ...]
  let tot = 0; for (const [, w] of list) tot += w;
  let r = R() * tot; for (const [it, w] of list) { r -= w; if (r < 0) return it; }
  return list[list.length - 1][0];
}
const fw = (s) => s.replace(/[0-9A-Za-z@]/g, (c) => c === '@' ? '＠' : String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function validDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(s8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }

// ---------------------------------------------------------------- regions (real GB/T 2260 county codes, incl. retired 110103/110104)
const CITY = {
  bj: {
    zh: '北京', prov: '京', area: '010', sub: () => pick(['5', '6', '8']) + digits(7),
    regions: ['110101', '110102', '110105', '110106', '110108', '110114', '110115', '110112', '110111', '110103', '110104', '110107'],
    dists: ['朝阳区', '海淀区', '丰台区', '昌平区', '大兴区', '通州区', '西城区', '东城区'],
    zones: ['望京', '常营', '管庄', '马甸', '黄村', '回龙观', '天通苑', '方庄', '潘家园', '双井', '酒仙桥', '孙河', '崔各庄', '高米店', '金顶街', '来广营'],
    estates: ['万科星园', '龙湖长楹天街', '金地格林小镇', '华润橡树湾', '万柳书院', '望京西园三区', '保利春天里', '首开常青藤', '远洋山水', '天通苑北一区', '方庄芳古园一区', '马甸南村', '潘家园东里', '金隅丽港城', '常营福第家园', '龙湖唐宁ONE'],
    cert: () => `京(${ri(2016, 2023)})${pick(['朝阳区', '海淀区', '丰台区', '昌平区', '大兴区'])}不动产权第${pad(ri(1, 999999), 7)}号`,
    oldCert: () => `X京房权证${pick(['朝', '海', '丰', '昌', '西'])}字第${ri(100000, 999999)}号`,
    wq: () => `Y${ri(1000000, 9999999)}`, code: 'BJ', road: ['广顺北大街', '阜通东大街', '朝阳北路', '丰台北路', '文化园东路', '南四环西路'],
  },
  sh: {
    zh: '上海', prov: '沪', area: '021', sub: () => pick(['3', '5', '6']) + digits(7),
    regions: ['310101', '310104', '310105', '310106', '310107', '310109', '310110', '310112', '310113', '310115', '310114'],
    dists: ['浦东新区', '徐汇区', '长宁区', '静安区', '普陀区', '杨浦区', '闵行区', '宝山区'],
    zones: ['陆家嘴', '张江', '徐家汇', '周浦', '唐镇', '曹路', '梅陇', '顾村', '罗店', '江湾', '田林', '康桥', '古北', '金桥', '高行', '花木', '莘庄', '七宝'],
    estates: ['汤臣一品', '张江汤臣豪园', '陆家嘴花园', '仁恒河滨城', '万科城市花园', '龙湖天璞', '古北国际花园', '曹杨新村', '康桥半岛', '田林十二村', '金地天御', '华润外滩九里', '中远两湾城', '徐汇苑', '金桥新村'],
    cert: () => `沪(${ri(2016, 2023)})${pick(['浦', '徐', '长', '杨', '闵'])}字不动产权第${pad(ri(1, 99999), 6)}号`,
    oldCert: () => `沪房地${pick(['浦', '徐', '长', '杨', '闵'])}字(${ri(2001, 2015)})第${pad(ri(1, 99999), 6)}号`,
    wq: () => `SH${ri(2023, 2024)}${pad(ri(1, 999999), 6)}`, code: 'SH', road: ['碧波路', '张衡路', '浦东南路', '虹桥路', '田林路', '秀沿路'],
  },
  sz: {
    zh: '深圳', prov: '粤', area: '0755', sub: () => pick(['2', '3', '8']) + digits(7),
    regions: ['440303', '440304', '440305', '440306', '440307', '440308'],
    dists: ['福田区', '南山区', '罗湖区', '宝安区', '龙岗区', '龙华区'],
    zones: ['华侨城', '龙华', '白石洲', '蔡屋围', '黄贝岭', '梅林', '景田', '车公庙', '科技园', '蛇口', '宝安中心', '香蜜湖'],
    estates: ['万科四季花城', '华侨城天鹅堡', '金地名津', '龙光玖钻', '梅林一村', '景田北', '招商海月花园', '鸿荣源壹方中心', '星河丹堤', '卓越维港', '华润城润府', '蔡屋围金龙大厦'],
    cert: () => `粤(${ri(2016, 2023)})深圳市不动产权第${pad(ri(1, 999999), 7)}号`,
    oldCert: () => `深房地字第${ri(3000000000, 3000999999)}号`,
    wq: () => `SZ${ri(2023, 2024)}${pad(ri(1, 99999), 6)}`, code: 'SZ', road: ['侨香路', '深南大道', '梅林路', '景田路', '后海大道', '新洲路'],
  },
  hz: {
    zh: '杭州', prov: '浙', area: '0571', sub: () => '8' + digits(7),
    regions: ['330102', '330103', '330104', '330105', '330106', '330108', '330109', '330110'],
    dists: ['西湖区', '上城区', '拱墅区', '滨江区', '余杭区', '萧山区'],
    zones: ['钱江新城', '滨江', '蒋村', '翠苑', '申花', '良渚', '闲林', '武林', '湖滨', '文三'],
    estates: ['杨柳郡', '金地自在城', '万科良渚文化村', '龙湖春江彼岸', '绿城西溪诚园', '钱江新城春江花月', '蒋村花园', '翠苑一区', '武林壹号', '华润悦府'],
    cert: () => `浙(${ri(2016, 2023)})杭州市不动产权第${pad(ri(1, 999999), 7)}号`,
    oldCert: () => `杭房权证${pick(['西', '上', '拱', '江'])}字第${pad(ri(1, 9999999), 8)}号`,
    wq: () => `HZ${ri(2023, 2024)}${pad(ri(1, 99999), 6)}`, code: 'HZ', road: ['文一西路', '古墩路', '学院路', '钱江路', '江南大道', '良渚路'],
  },
  cd: {
    zh: '成都', prov: '川', area: '028', sub: () => pick(['6', '8']) + digits(7),
    regions: ['510104', '510105', '510106', '510107', '510108', '510112', '510113', '510115', '510116'],
    dists: ['武侯区', '锦江区', '青羊区', '金牛区', '成华区', '高新区', '温江区', '双流区'],
    zones: ['金沙', '温江', '高新', '天府新区', '武侯', '锦江', '双流', '麓湖', '桐梓林', '石羊'],
    estates: ['龙湖三千城', '万科城市花园', '华润二十四城', '蓝光COCO金沙', '麓湖生态城', '保利心语花园', '中海城南一号', '金沙西园', '石羊场小区', '桐梓林花园'],
    cert: () => `川(${ri(2016, 2023)})成都市不动产权第${pad(ri(1, 999999), 7)}号`,
    oldCert: () => `成房权证监证字第${ri(1000000, 9999999)}号`,
    wq: () => `CD${ri(2023, 2024)}${pad(ri(1, 99999), 6)}`, code: 'CD', road: ['天府大道', '蜀汉路', '人民南路', '锦城大道', '光华大道', '科华北路'],
  },
};
const CITY_KEYS = Object.keys(CITY);
const OTHER_REGIONS = ['130102', '130104', '130602', '140105', '210102', '210202', '220102', '230102', '320102', '320106', '320583', '340102', '340104',
  '350102', '350203', '360102', '370102', '370202', '371302', '372901', '410102', '410105', '411502', '412701', '420102', '420106', '421002', '422801',
  '430102', '430104', '431002', '433101', '440103', '440104', '440106', '450102', '460105', '500103', '500105', '520102', '530102', '610103', '610113',
  '620102', '630102', '640104', '341302', '360502', '130182'];
const MINORITY_REGIONS = ['650102', '650103', '653101'];
const REGION_SET = new Set([...OTHER_REGIONS, ...MINORITY_REGIONS, ...CITY_KEYS.flatMap((k) => CITY[k].regions)]);

// ---------------------------------------------------------------- agencies (fictitious) and stores
const AGENCY = {
  bj: { name: '北京家和房地产经纪有限公司', short: '家和地产', domain: 'jiahedc.cn', region: '110105', stores: ['望京西园店', '常营二店', '管庄店', '马甸店', '黄村店', '方庄店'] },
  sh: { name: '上海申城置业房地产经纪有限公司', short: '申城置业', domain: 'shencheng-zy.com', region: '310115', stores: ['张江店', '陆家嘴店', '周浦店', '古北店', '田林店'] },
  sz: { name: '深圳市鹏程地产代理有限公司', short: '鹏程地产', domain: 'pcdc-sz.com', region: '440304', stores: ['华侨城店', '景田店', '梅林店', '车公庙店', '蛇口店'] },
  hz: { name: '杭州钱塘房屋经纪有限公司', short: '钱塘房屋', domain: 'qthouse.cn', region: '330106', stores: ['钱江新城店', '蒋村店', '翠苑店', '滨江店'] },
  cd: { name: '成都蓉居房地产经纪有限公司', short: '蓉居房产', domain: 'rongju-fc.com', region: '510107', stores: ['金沙店', '温江店', '高新店', '武侯店'] },
};
const PLATFORMS = ['安居客', '贝壳找房', '贝壳', '房天下', '易居', '58同城', '链家', '麦田房产', '我爱我家', '中原地产'];
const TITLES_DECOY = ['高级经纪人', '金牌经纪人', '资深经纪人', '店长', '商圈经理', '权证专员', '区域总监', '交易顾问'];
const DECOR = ['毛坯', '简装', '精装', '豪装'];
const BANK_DECOY = ['华夏银行', '宁波银行', '江苏银行', '温州银行', '杭州银行', '成都银行'];

// ---------------------------------------------------------------- names
const SUR = [
  ['王', 'wang', 72], ['李', 'li', 71], ['张', 'zhang', 68], ['刘', 'liu', 54], ['陈', 'chen', 53], ['杨', 'yang', 31], ['黄', 'huang', 24], ['赵', 'zhao', 23],
  ['吴', 'wu', 21], ['周', 'zhou', 21], ['徐', 'xu', 14], ['孙', 'sun', 13], ['马', 'ma', 13], ['朱', 'zhu', 12], ['胡', 'hu', 12], ['郭', 'guo', 12],
  ['何', 'he', 11], ['高', 'gao', 10], ['林', 'lin', 10], ['罗', 'luo', 10], ['郑', 'zheng', 10], ['梁', 'liang', 9], ['谢', 'xie', 8], ['宋', 'song', 8],
  ['唐', 'tang', 7], ['许', 'xu', 7], ['韩', 'han', 7], ['冯', 'feng', 7], ['邓', 'deng', 7], ['曹', 'cao', 7], ['彭', 'peng', 6], ['曾', 'zeng', 6],
  ['肖', 'xiao', 6], ['田', 'tian', 6], ['董', 'dong', 6], ['袁', 'yuan', 5], ['潘', 'pan', 5], ['于', 'yu', 5], ['蒋', 'jiang', 5], ['蔡', 'cai', 5],
  ['余', 'yu', 5], ['杜', 'du', 5], ['叶', 'ye', 5], ['程', 'cheng', 5], ['苏', 'su', 4], ['魏', 'wei', 4], ['吕', 'lv', 4], ['丁', 'ding', 4],
  ['任', 'ren', 4], ['沈', 'shen', 4], ['姚', 'yao', 4], ['卢', 'lu', 4], ['姜', 'jiang', 4], ['崔', 'cui', 4], ['钟', 'zhong', 4], ['谭', 'tan', 3],
  ['陆', 'lu', 3], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3], ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 3], ['夏', 'xia', 3],
  ['韦', 'wei', 3], ['付', 'fu', 3], ['方', 'fang', 3], ['白', 'bai', 3], ['邹', 'zou', 3], ['孟', 'meng', 3], ['熊', 'xiong', 3], ['秦', 'qin', 3],
  ['邱', 'qiu', 3], ['江', 'jiang', 3], ['尹', 'yin', 3], ['薛', 'xue', 2], ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2],
  ['龙', 'long', 2], ['史', 'shi', 2], ['陶', 'tao', 2], ['黎', 'li', 2], ['贺', 'he', 2], ['顾', 'gu', 2], ['毛', 'mao', 2], ['郝', 'hao', 2],
  ['龚', 'gong', 2], ['邵', 'shao', 2], ['万', 'wan', 2], ['钱', 'qian', 2], ['严', 'yan', 2], ['武', 'wu', 2], ['戴', 'dai', 2], ['孔', 'kong', 1],
  ['汤', 'tang', 1], ['常', 'chang', 1], ['温', 'wen', 1], ['康', 'kang', 1], ['施', 'shi', 1], ['文', 'wen', 1], ['牛', 'niu', 1], ['葛', 'ge', 1],
  ['安', 'an', 1], ['齐', 'qi', 1], ['易', 'yi', 1], ['乔', 'qiao', 1], ['庞', 'pang', 1], ['倪', 'ni', 1], ['庄', 'zhuang', 1], ['聂', 'nie', 1],
  ['章', 'zhang', 1], ['鲁', 'lu', 1], ['岳', 'yue', 1], ['翟', 'zhai', 1], ['申', 'shen', 1], ['关', 'guan', 1], ['焦', 'jiao', 1], ['柳', 'liu', 1],
  ['祝', 'zhu', 1], ['包', 'bao', 1], ['宁', 'ning', 1], ['柯', 'ke', 1], ['梅', 'mei', 1], ['童', 'tong', 1], ['单', 'shan', 1], ['房', 'fang', 1],
  ['简', 'jian', 1], ['车', 'che', 1], ['贝', 'bei', 0], ['麦', 'mai', 0], ['卓', 'zhuo', 1], ['蓝', 'lan', 1], ['景', 'jing', 1], ['翁', 'weng', 1], ['华', 'hua', 1], ['古', 'gu', 1],
];
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['慕容', 'murong'], ['夏侯', 'xiahou'], ['端木', 'duanmu'], ['申屠', 'shentu']];
const GM = [['伟', 'wei'], ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['杰', 'jie'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['刚', 'gang'],
  ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['海', 'hai'], ['斌', 'bin'], ['宇', 'yu'], ['浩', 'hao'], ['鹏', 'peng'], ['辉', 'hui'], ['俊', 'jun'], ['峰', 'feng'],
  ['晨', 'chen'], ['博', 'bo'], ['轩', 'xuan'], ['东', 'dong'], ['立', 'li'], ['永', 'yong'], ['庆', 'qing'], ['德', 'de'], ['宏', 'hong'], ['亮', 'liang'], ['凯', 'kai'],
  ['飞', 'fei'], ['翔', 'xiang'], ['旭', 'xu'], ['昊', 'hao'], ['睿', 'rui'], ['哲', 'zhe'], ['彬', 'bin'], ['骏', 'jun'], ['鑫', 'xin'], ['泽', 'ze'], ['铭', 'ming'],
  ['瑞', 'rui'], ['振', 'zhen'], ['毅', 'yi'], ['坤', 'kun'], ['子', 'zi'], ['梓', 'zi'], ['天', 'tian'], ['广', 'guang'], ['春', 'chun'], ['学', 'xue'], ['兵', 'bing'], ['光', 'guang'], ['文', 'wen'], ['金', 'jin'], ['少', 'shao']];
const GF = [['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'], ['艳', 'yan'], ['娟', 'juan'], ['秀', 'xiu'], ['霞', 'xia'], ['桂', 'gui'], ['英', 'ying'],
  ['红', 'hong'], ['玉', 'yu'], ['兰', 'lan'], ['欣', 'xin'], ['怡', 'yi'], ['婷', 'ting'], ['雪', 'xue'], ['琳', 'lin'], ['慧', 'hui'], ['颖', 'ying'], ['倩', 'qian'],
  ['佳', 'jia'], ['涵', 'han'], ['思', 'si'], ['雨', 'yu'], ['萱', 'xuan'], ['诗', 'shi'], ['晓', 'xiao'], ['琦', 'qi'], ['瑶', 'yao'], ['璐', 'lu'], ['婧', 'jing'],
  ['蕾', 'lei'], ['楠', 'nan'], ['淑', 'shu'], ['凤', 'feng'], ['玲', 'ling'], ['萍', 'ping'], ['丹', 'dan'], ['蓉', 'rong'], ['燕', 'yan'], ['秋', 'qiu'], ['梅', 'mei'],
  ['珍', 'zhen'], ['云', 'yun'], ['莉', 'li'], ['晶', 'jing'], ['亚', 'ya'], ['悦', 'yue'], ['馨', 'xin'], ['月', 'yue'], ['嘉', 'jia'], ['梦', 'meng'], ['琪', 'qi'], ['露', 'lu'], ['薇', 'wei'], ['洁', 'jie']];
const MINORITY = [['买买提·吐尔逊', 'maimaiti'], ['迪丽娜尔·阿不都', 'dilinaer'], ['阿依古丽·热合曼', 'ayiguli'], ['艾尔肯·努尔', 'aierken'], ['古丽米拉·艾买提', 'gulimila'], ['热依汗·吾买尔', 'reyihan']];
const NAME_BLACK = new Set(['金华', '常德', '安庆', '高明', '吉林', '和平', '文明', '安宁', '万宁', '成华', '龙华', '江宁', '白云', '石林', '吉安', '常宁', '高平', '安平', '文安',
  '黄平', '金平', '温江', '明亮', '方便', '成功', '安全', '高兴', '江华', '龙泉', '安阳', '宁波', '江山', '平安', '文静', '常平', '龙岩', '华东', '华宁', '高峰', '金子',
  '文学', '金光', '白天', '江东', '高学', '石天', '马天', '高天', '关东', '申明', '宁夏', '海宁', '黄海', '江海', '金海', '林海', '宋庆', '文天', '龙飞', '高飞', '金天', '华天', '白雪', '白露', '文思', '文雨', '林立', '马立', '方立', '成立', '孔明']);
let DECOY_WORDS = []; // filled below; generated names never collide with these
function surnameLike(w) { return SUR.some(([s]) => w.startsWith(s)) || COMPOUND.some(([s]) => w.startsWith(s)); }

function genName(sex) {
  for (;;) {
    let sur, spy;
    if (chance(0.025)) [sur, spy] = pick(COMPOUND); else { const s = wpick(SUR.map((x) => [x, x[2]])); sur = s[0]; spy = s[1]; }
    const L = sex === 'M' ? GM : GF;
    let g;
    if (chance(0.13)) g = [pick(L)];
    else if (sex === 'F' && chance(0.05)) { const c = pick(L); g = [c, c]; }
    else { g = [pick(L), pick(L)]; if (g[0][0] === g[1][0]) continue; }
    const name = sur + g.map((x) => x[0]).join('');
    if (NAME_BLACK.has(name)) continue;
    if (DECOY_WORDS.some((w) => w.includes(name) || name.includes(w))) continue;
    return { name, sur, spy, gpy: g.map((x) => x[1]) };
  }
}

// ---------------------------------------------------------------- persons
const ROLE_YEARS = { oldowner: [1935, 1976], owner: [1948, 1990], buyer: [1970, 2000], tenant: [1980, 2004], agent: [1983, 2002], banker: [1978, 1996], staff: [1965, 1995] };
function newPerson(role, ck, opts = {}) {
  const sex = opts.sex || (chance(0.52) ? 'M' : 'F');
  let p;
  if (opts.minority || (role === 'tenant' && chance(0.03))) {
    const [name, py] = pick(MINORITY);
    p = { name, sur: name[0], spy: py, gpy: [], sex, minority: true };
  } else p = { ...genName(sex), sex };
  p.role = role; p.ck = ck;
  return p;
}
function pyFull(p) { return p.spy + p.gpy.join(''); }
function pyIni(p) { return p.spy + p.gpy.map((x) => x[0]).join(''); }

const MOB_PREF = [['139', 8], ['138', 8], ['137', 6], ['136', 6], ['135', 6], ['134', 3], ['150', 5], ['151', 5], ['152', 4], ['158', 5], ['159', 5], ['157', 3], ['155', 3], ['156', 3], ['153', 3],
  ['186', 6], ['185', 4], ['187', 4], ['188', 4], ['189', 5], ['180', 3], ['181', 3], ['182', 3], ['183', 3], ['184', 1], ['130', 4], ['131', 4], ['132', 4], ['133', 4],
  ['176', 3], ['177', 3], ['178', 2], ['173', 2], ['175', 2], ['170', 1], ['171', 1], ['166', 2], ['165', 1], ['167', 1], ['162', 1], ['145', 1], ['147', 1],
  ['191', 1], ['193', 1], ['195', 1], ['198', 2], ['199', 2], ['190', 1], ['192', 1], ['196', 1], ['197', 1]];
function genMobile() { for (;;) { const m = wpick(MOB_PREF) + digits(8); if (!['13800138000', '13912345678', '18888888888'].includes(m)) return m; } }
const genOldMobile = () => pick(['130', '131', '132', '133', '135', '136', '137', '138', '139', '139', '150', '151', '153', '158', '159']) + digits(8); // a 2000s list
function mobileAllocated(m) { return /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/.test(m) || /^1610\d{7}$/.test(m) || /^1740[0-5]\d{6}$/.test(m); }

function genIDFor(p, opts = {}) {
  const [y0, y1] = ROLE_YEARS[p.role] || [1960, 2000];
  let region;
  if (p.minority) region = pick(MINORITY_REGIONS);
  else if (opts.region) region = opts.region;
  else region = chance(0.55) ? pick(CITY[p.ck].regions) : pick(OTHER_REGIONS);
  const y = opts.year || ri(y0, y1);
  let m, d; do { m = ri(1, 12); d = ri(1, 31); } while (!validDate(y, m, d));
  const seqLast = p.sex === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
  const b17 = region + y + pad(m) + pad(d) + pad(ri(0, 99)) + seqLast;
  return b17 + idCheck(b17);
}
function idValid(v) {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (idCheck(v.slice(0, 17)) !== v[17]) return false;
  if (!REGION_SET.has(v.slice(0, 6))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  return y >= 1900 && y <= 2024 && validDate(y, m, d);
}
function up15(id15) { const b17 = id15.slice(0, 6) + '19' + id15.slice(6); return b17 + idCheck(b17); }

const BINS = [['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['621558', 19, '中国工商银行'], ['622848', 19, '中国农业银行'], ['622845', 19, '中国农业银行'],
  ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'], ['436742', 19, '中国建设银行'], ['621661', 19, '中国银行'], ['601382', 19, '中国银行'], ['621785', 19, '中国银行'],
  ['622588', 16, '招商银行'], ['621483', 16, '招商银行'], ['622262', 19, '交通银行'], ['622909', 18, '兴业银行'], ['622521', 16, '浦发银行'], ['622622', 16, '民生银行'],
  ['621799', 19, '中国邮政储蓄银行'], ['622188', 19, '中国邮政储蓄银行'], ['622666', 16, '中国光大银行'], ['622690', 16, '中信银行'], ['622630', 16, '华夏银行'], ['621468', 19, '北京银行'],
  ['622155', 16, '平安银行'], ['621977', 19, '中国工商银行']];
function genCard(bankPref) {
  for (;;) {
    const cand = bankPref ? BINS.filter((b) => b[2].includes(bankPref)) : BINS;
    const [bin, len, bank] = pick(cand.length ? cand : BINS);
    const body = bin + digits(len - bin.length - 1);
    const no = body + luhnDigit(body);
    if (len === 18 && idValid(no)) continue;
    return { no, bank };
  }
}
const MAIL_DOM = [['163.com', 10], ['qq.com', 12], ['126.com', 5], ['sina.com', 3], ['foxmail.com', 3], ['outlook.com', 3], ['gmail.com', 2], ['139.com', 2], ['hotmail.com', 2], ['yeah.net', 1], ['sohu.com', 1], ['aliyun.com', 1], ['189.cn', 1]];
function genEmail(p) {
  const dom = wpick(MAIL_DOM);
  if (dom === '139.com' || dom === '189.cn') { p.mobile ??= genMobile(); return { addr: `${p.mobile}@${dom}`, inner: p.mobile }; }
  if (dom === 'qq.com' && chance(0.6)) {
    if (chance(0.12)) { p.mobile ??= genMobile(); return { addr: `${p.mobile}@qq.com`, inner: p.mobile }; }
    return { addr: `${ri(100000, 999999999) + (chance(0.3) ? 1000000000 : 0)}@qq.com` };
  }
  const yy = String(ri(1975, 2001));
  const local = pick([
    () => pyFull(p), () => pyFull(p) + pick([yy, yy.slice(2), String(ri(1, 999))]), () => pyIni(p) + yy.slice(2), () => p.gpy.join('') + '.' + p.spy,
    () => p.spy + '_' + p.gpy.join(''), () => pyIni(p) + ri(100, 9999), () => pick(['amy', 'tony', 'kevin', 'lucy', 'jack', 'cindy', 'vivian', 'eric', 'leo', 'coco']) + '_' + p.spy + (chance(0.5) ? ri(1, 99) : ''),
  ])();
  return { addr: `${local || p.spy + ri(10, 99)}@${dom}` };
}
function corpEmail(p, ag) { return { addr: `${pyFull(p)}${chance(0.3) ? ri(1, 9) : ''}@${ag.domain}` }; }

function genLandline(ck) { const c = CITY[ck]; return c.area + c.sub(); }
function fmtLand(v, ck, st) {
  const a = CITY[ck].area, s = v.slice(a.length);
  st ??= pick(['dash', 'dash', 'dash', 'paren', 'sp', 'plain', 'fwparen']);
  if (st === 'dash') return `${a}-${s}`;
  if (st === 'paren') return `(${a})${s}`;
  if (st === 'fwparen') return `（${a}）${s}`;
  if (st === 'sp') return `${a} ${s.slice(0, 4)} ${s.slice(4)}`;
  return v;
}
function genUSCC(region) {
  for (;;) {
    let org8;
    if (chance(0.8)) { org8 = 'MA0'; for (let i = 0; i < 5; i++) org8 += pick(UA.split('')); }
    else org8 = String(ri(5, 7)) + digits(7);
    const oc = orgCheck(org8);
    if (!UA.includes(oc)) continue;
    const s17 = '91' + region + org8 + oc;
    return s17 + usccCheck(s17);
  }
}
function usccValid(v) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v)) return false;
  if (usccCheck(v.slice(0, 17)) !== v[17]) return false;
  return orgCheck(v.slice(8, 16)) === v[16];
}
function genPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7); }

// ---------------------------------------------------------------- written forms
function fmtMob(m, st) {
  st ??= wpick([['plain', 70], ['sp', 10], ['dash', 7], ['+86sp', 4], ['+86', 3], ['0086', 2], ['fw', 2], ['(+86)', 2]]);
  const sp = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, da = `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  switch (st) {
    case 'sp': return sp; case 'dash': return da; case '+86sp': return '+86 ' + sp; case '+86': return '+86' + m;
    case '0086': return '0086-' + da; case 'fw': return fw(m); case '(+86)': return '(+86)' + m; default: return m;
  }
}
function fmtID(v, st) {
  if (st === 'pdf') st = wpick([['plain', 75], ['lx', 5], ['sp', 6], ['fw', 4], ['split', 10]]);
  st ??= wpick([['plain', 84], ['lx', 6], ['sp', 7], ['fw', 3]]);
  switch (st) {
    case 'lx': return v.replace('X', 'x');
    case 'sp': return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
    case 'fw': return fw(v);
    case 'split': { const k = ri(8, 15); return v.slice(0, k) + '\n' + v.slice(k); }
    default: return v;
  }
}
function fmtCard(v, st) {
  if (st === 'pdf') st = wpick([['plain', 50], ['g4', 34], ['dash4', 4], ['fw', 2], ['split', 10]]);
  st ??= wpick([['plain', 57], ['g4', 37], ['dash4', 4], ['fw', 2]]);
  const g = v.match(/.{1,4}/g);
  switch (st) {
    case 'g4': return g.join(' ');
    case 'dash4': return g.join('-');
    case 'fw': return fw(v);
    case 'split': { const k = ri(8, 13); return v.slice(0, k) + '\n' + v.slice(k); }
    default: return v;
  }
}

// ---------------------------------------------------------------- masked / invalid look-alikes (decoy generators)
const maskMob = (m) => pick([() => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + '****' + m.slice(7), () => m.slice(0, 3) + 'xxxx' + m.slice(7), () => m.slice(0, 3) + '*****' + m.slice(8)])();
const maskID = (v) => pick([() => v.slice(0, 6) + '********' + v.slice(14), () => v.slice(0, 3) + '***********' + v.slice(14), () => v.slice(0, 4) + '**********' + v.slice(14), () => '**************' + v.slice(14)])();
const maskCard = (v) => pick([() => `${v.slice(0, 4)} **** **** ${v.slice(-4)}`, () => v.slice(0, 6) + '*'.repeat(v.length - 10) + v.slice(-4), () => `${v.slice(0, 4)}********${v.slice(-4)}`])();
const maskName = (p) => pick([() => p.sur + '*'.repeat(Math.max(1, p.name.length - 1)), () => p.sur + '*' + (p.name.length > 2 ? p.name.slice(-1) : ''), () => p.sur + '某某', () => p.sur + '**'])();
const maskMail = (a) => { const [l, d] = a.split('@'); return l.slice(0, 2) + '****@' + d; };

function badCheckID(v) { for (;;) { const c = pick('0123456789X'.split('')); if (c === v[17]) continue; const w = v.slice(0, 17) + c; if (!isValidAny(w)) return w; } }
function badDateID(ck) {
  for (;;) {
    const region = chance(0.6) ? pick(CITY[ck].regions) : pick(OTHER_REGIONS);
    const [y, md] = pick([[ri(1960, 1999), '0230'], [ri(1960, 1999), '0231'], [ri(1960, 1999), '1131'], [ri(1960, 1999), '0431'], [ri(1970, 1999), '1332'], [ri(1961, 1999) | 1, '0229'], [ri(1960, 1999), '0900']]);
    if (md === '0229' && validDate(y, 2, 29)) continue;
    const b17 = region + y + md + digits(3); const w = b17 + idCheck(b17);
    if (!isValidAny(w)) return w;
  }
}
function unallocMobile() { for (;;) { const p = pick(['140', '141', '142', '143', '144', '146', '148', '149', '154', '194', '174']); const m = p + (p === '174' ? String(ri(6, 9)) + digits(7) : digits(8)); if (!mobileAllocated(m)) return m; } }
function typoMobile(m) { return chance(0.6) ? m.slice(0, 10) : m.slice(0, 5) + m.slice(6); }
function nonLuhn(prefix, len) { for (;;) { let s = prefix + digits(len - prefix.length); if (luhnOk(s)) s = s.slice(0, -1) + ((+s.slice(-1) + 1) % 10); if (!isValidAny(s)) return s; } }
function num(prefix, len) { for (;;) { const s = prefix + digits(len - prefix.length); if (!isValidAny(s)) return s; } }

// a decoy text must not, as a whole, be a valid value of any detector
function isValidAny(t) {
  const n = t.normalize('NFKC').replace(/[\s\-]/g, '');
  const u = n.toUpperCase();
  if (/^(\+?86)?1\d{10}$/.test(n) && mobileAllocated(n.slice(-11))) return true;
  if (/^\d{17}[\dX]$/.test(u) && idValid(u)) return true;
  if (/^\d{15}$/.test(n) && idValid(up15(n))) return true;
  if (/^\d{16,19}$/.test(n) && luhnOk(n)) return true;
  if (/^[0-9A-Z]{18}$/.test(u) && usccValid(u)) return true;
  if (/^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(n) && !/\.(png|jpe?g|gif|svg|webp)$/i.test(n)) return true;
  if (landlineValid(n)) return true;
  return false;
}
function landlineValid(n) { return /^0(10|2[0-57-9])[2-9]\d{7}$/.test(n) || /^0[3-9]\d{2}[2-9]\d{6,7}$/.test(n); }

// ---------------------------------------------------------------- dates (no clock)
function rdate(y0 = 2023, y1 = 2024) { let y, m, d; do { y = ri(y0, y1); m = ri(1, 12); d = ri(1, 28); } while (y === 2024 && m > 11); return { y, m, d, h: ri(8, 21), mi: ri(0, 59), s: ri(0, 59) }; }
const dISO = (t) => `${t.y}-${pad(t.m)}-${pad(t.d)}`;
const dCN = (t) => `${t.y}年${t.m}月${t.d}日`;
const tHM = (t) => `${pad(t.h)}:${pad(t.mi)}`;
const tHMS = (t) => `${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`;
const msEpoch = (t) => String(Date.UTC(t.y, t.m - 1, t.d, t.h - 8, t.mi, t.s) + ri(0, 999));
function addDays(t, n) { const x = new Date(Date.UTC(t.y, t.m - 1, t.d + n)); return { ...t, y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }; }

// ---------------------------------------------------------------- domain numbers
const room = () => `${ri(1, 32)}${pad(ri(1, 4))}`;
function menpai(st) {
  const b = ri(1, 28), u = ri(1, 6), r = room();
  st ??= ri(0, 5);
  return [`${b}栋${u}单元${r}`, `${b}号楼${u}单元${r}室`, `${b}-${u}-${r}`, `${b}幢${u}单元${r}室`, `${pick(['A', 'B', 'C'])}座${r}`, `${b}号楼${r}`][st];
}
// 不动产单元号 (28 chars: county code + 地籍区/子区 + 宗地特征码 + 宗地顺序号 + 定着物特征码 + 定着物单元号)
function bdcdyh(ck) { return pick(CITY[ck].regions) + pad(ri(1, 20), 3) + pad(ri(1, 30), 3) + pick(['GB', 'GB', 'GA', 'GE']) + pad(ri(1, 99999), 5) + 'F' + pad(ri(1, 9999), 4) + pad(ri(1, 3200), 4); }
const gasNo = () => num(pick(['60', '61', '80', '31']), 10);
const area = () => `${ri(38, 240)}.${pad(ri(0, 99))}`;
const price = () => ri(120, 2200);
function fyNo(ck) { return pick([() => `${CITY[ck].code}${pick({ bj: ['CY', 'HD', 'FT', 'CP', 'DX'], sh: ['PD', 'XH', 'CN', 'YP', 'MH'], sz: ['FT', 'NS', 'LH', 'BA', 'LG'], hz: ['XH', 'SC', 'GS', 'BJ', 'YH'], cd: ['WH', 'JJ', 'QY', 'JN', 'GX'] }[ck])}${pad(ri(23, 24))}${pad(ri(1, 12))}${pad(ri(1, 28))}${pad(ri(1, 999), 4)}`, () => num('1011', 12), () => `FY${ri(100000, 999999)}`])(); }
const kyNo = (t, i) => `KY${String(t.y).slice(2)}${pad(t.m)}${pad(t.d)}${pad(i, 4)}`;
const htNo = (ck, t) => pick([() => `ZL-${CITY[ck].code}-${t.y}-${pad(ri(1, 99999), 5)}`, () => `HT${t.y}${pad(t.m)}${pad(t.d)}${pad(ri(1, 999), 3)}`, () => `${CITY[ck].code}MM${t.y}${pad(ri(1, 9999), 4)}`])();
const carNo = () => `${pick(['B1', 'B2', 'B3', 'F1'])}-${pad(ri(1, 420), 3)}`;
const ticketNo = () => `No.${pad(ri(1, 9999999), 7)}`;
const traceId = () => Array.from({ length: 32 }, () => '0123456789abcdef'[ri(0, 15)]).join('');
const qq = () => String(ri(10000000, 3999999999)).replace(/^1[3-9](\d{9})$/, '2$1');
const workNo = (ag) => `${ag.short === '家和地产' ? 'JH' : ag.short === '申城置业' ? 'SC' : ag.short === '鹏程地产' ? 'PC' : ag.short === '钱塘房屋' ? 'QT' : 'RJ'}${ri(10000, 99999)}`;
const zyNo = () => pick([() => `${ri(2015, 2023)}${pick(['11', '31', '44', '33', '51'])}${pad(ri(1, 99999), 5)}`, () => `JJR${ri(1000000, 9999999)}`])();

// ---------------------------------------------------------------- documents
class Doc {
  constructor(kind, ck) { this.kind = kind; this.ck = ck; this.E = []; this.D = []; this.X = []; }
  ent(det, v) { this.E.push({ detector: det, value: normVal(det, v) }); }
  dc(det, v) { this.D.push({ detector: det, value: normVal(det, v) }); }
  dec(kind, text) { this.X.push({ kind, text: String(text) }); return String(text); }
  // register and return written forms
  n(p) { this.ent('person_name_zh', p.name); return p.name; }
  nSpaced(p) { this.ent('person_name_zh', p.name); return p.name.length === 2 ? p.name[0] + pick([' ', '  ', '　']) + p.name[1] : p.name; }
  title(p, t) { const w = p.sur + (t || (p.sex === 'M' ? pick(['先生', '先生', '总', '哥']) : pick(['女士', '女士', '小姐', '姐']))); this.dc('person_name_zh', w); this.dc('person_name_zh', p.sur); return w; }
  prose(p) { this.dc('person_name_zh', p.name); return p.name; }
  m(p, st) { p.mobile ??= genMobile(); this.ent('cn_mobile', p.mobile); return fmtMob(p.mobile, st); }
  m2(p, st) { p.mobile2 ??= genMobile(); this.ent('cn_mobile', p.mobile2); return fmtMob(p.mobile2, st); }
  id(p, st) {
    p.id ??= genIDFor(p); this.ent('cn_resident_id', p.id);
    if (luhnOk(p.id)) this.dc('bank_card', p.id);
    return fmtID(p.id, st);
  }
  id15(p) {
    if (!p.id15) { const [y0] = ROLE_YEARS[p.role]; const y = ri(Math.max(1930, y0 - 5), 1980); const v = genIDFor(p, { year: y }); p.id15 = v.slice(0, 6) + v.slice(8, 17); p.id = up15(p.id15); }
    this.ent('cn_resident_id', p.id); return p.id15;
  }
  c(p, st, bankPref) { p.card ??= genCard(bankPref); this.ent('bank_card', p.card.no); return fmtCard(p.card.no, st); }
  e(p, corp) {
    p.email ??= corp ? corpEmail(p, corp) : genEmail(p);
    this.ent('email', p.email.addr); if (p.email.inner) this.ent('cn_mobile', p.email.inner);
    return p.email.upper ? p.email.addr.toUpperCase() : p.email.addr;
  }
  ld(v, ck, st) { this.ent('cn_landline', v); return fmtLand(v, ck || this.ck, st); }
  us(v) { this.ent('cn_uscc', v); return v; }
  pp(p) { p.passport ??= genPassport(); this.ent('cn_passport', p.passport); return p.passport; }
  // decoy helpers
  xMob(p) { p.mobile ??= genMobile(); return this.dec('masked_mobile', maskMob(p.mobile)); }
  xID(p) { p.id ??= genIDFor(p); return this.dec('masked_id', maskID(p.id)); }
  xCard(p) { p.card ??= genCard(); return this.dec('masked_card', maskCard(p.card.no)); }
  xName(p) { return this.dec('masked_name', maskName(p)); }
  est(w) { return this.dec('小区名', w); }
  zone(w) { return this.dec('商圈', w); }
  word(kind, w) { return surnameLike(w) || ['门店', '平台', '职务', '职级', '称谓'].includes(kind) ? this.dec(kind, w) : w; }
  unit(ck) { return this.dec('不动产单元号', bdcdyh(ck)); }
}
function normVal(det, v) {
  v = String(v).normalize('NFKC');
  switch (det) {
    case 'cn_resident_id': return v.replace(/\s/g, '').toUpperCase();
    case 'cn_mobile': case 'bank_card': case 'cn_landline': return v.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
    case 'email': return v.toLowerCase();
    case 'cn_passport': case 'cn_uscc': return v.toUpperCase();
    default: return v.replace(/\s/g, '');
  }
}

const docs = [];
const counters = {};
function emit(d, text) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  const key = (o) => o.detector + '\u0000' + o.value;
  const E = [], seen = new Set();
  for (const e of d.E) if (!seen.has(key(e))) { seen.add(key(e)); E.push(e); }
  const D = [], seenD = new Set();
  for (const e of d.D) if (!seen.has(key(e)) && !seenD.has(key(e))) { seenD.add(key(e)); D.push(e); }
  const X = [], seenX = new Set();
  for (const x of d.X) if (!seenX.has(x.kind + '\u0000' + x.text)) { seenX.add(x.kind + '\u0000' + x.text); X.push(x); }
  docs.push({ id: `${PREFIX}-${d.kind}-${counters[d.kind]}`, kind: d.kind, text, entities: E, dontCare: D, decoys: X });
}

// agents per agency (reused across documents, as in real life)
const AGENTS = {};
for (const ck of CITY_KEYS) {
  AGENTS[ck] = [];
  for (let i = 0; i < 22; i++) { const p = newPerson('agent', ck); p.work = workNo(AGENCY[ck]); p.store = pick(AGENCY[ck].stores); AGENTS[ck].push(p); }
}
const STORE_TEL = {};
for (const ck of CITY_KEYS) { STORE_TEL[ck] = {}; for (const s of AGENCY[ck].stores) STORE_TEL[ck][s] = genLandline(ck); }
const AG_USCC = {}; for (const ck of CITY_KEYS) AG_USCC[ck] = genUSCC(AGENCY[ck].region);
const agent = (ck) => pick(AGENTS[ck]);
const city = () => pick(CITY_KEYS);
function addr(ck, est) { const c = CITY[ck]; return `${c.zh}市${pick(c.dists)}${est || pick(c.estates)}${menpai(1)}`; }

// ======================================================================= kinds

// 1. 客源导出 CSV
function kKehu() {
  const ck = city(), ag = AGENCY[ck], c = CITY[ck], d = new Doc('kehu_csv', ck); const t0 = rdate();
  const v = ri(0, 2), n = ri(4, 18), L = [];
  const exp = agent(ck);
  const q = (s) => /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  if (v === 2) L.push(`${ag.short}客源管理系统 - 私客导出`, `导出人：${d.n(exp)}（${exp.store}）,导出时间：${dISO(t0)} ${tHMS(t0)},共${n}条`, '');
  L.push(v === 0 ? '客户编号,客户姓名,性别,手机号码,证件号码,电子邮箱,客户来源,需求,意向区域,意向小区,预算(万),户型,维护人,维护人电话,录入日期'
    : v === 1 ? '编号,姓名,手机,身份证号,邮箱,来源,意向商圈,预算,维护经纪人,经纪人手机,备注'
      : '客源编号,客户,性别,联系电话,证件号,Email,渠道,意向小区,总价预算,归属人,状态');
  for (let i = 1; i <= n; i++) {
    const p = newPerson('buyer', ck), a = agent(ck);
    const r = R();
    const nm = r < 0.86 ? d.n(p) : r < 0.94 ? d.title(p) : d.xName(p);
    const pr = R();
    const ph = pr < 0.84 ? d.m(p, chance(0.85) ? 'plain' : undefined) : pr < 0.92 ? d.xMob(p) : pr < 0.96 ? d.dec('错号', typoMobile(genMobile())) : d.dec('未分配号段', unallocMobile());
    const ir = R();
    const idc = ir < 0.42 ? d.id(p, chance(0.8) ? 'plain' : 'lx') : ir < 0.48 ? d.dec('身份证校验错', badCheckID(genIDFor(p))) : ir < 0.52 ? d.xID(p) : '';
    const em = chance(0.52) ? d.e(p) : '';
    const src = d.word('客户来源', pick(['门店到访', '安居客', '贝壳', '58同城', '老客户转介', '社区驻守', '电话咨询', '房天下', '抖音']));
    const zn = v < 2 ? d.zone(pick(c.zones)) : '';
    const sex = p.sex === 'M' ? '男' : '女';
    const bud = `${ri(150, 900)}`;
    const no = d.dec('客源编号', kyNo(t0, i + ri(0, 300)));
    if (v === 0) L.push([no, nm, sex, ph, idc, em, src, pick(['二手房', '二手房', '新房', '租房']), zn, chance(0.7) ? d.est(pick(c.estates)) : '', bud + '-' + (+bud + ri(20, 80)), pick(['一居', '两居', '三居', '两居/三居']), d.n(a), d.m(a), dISO(addDays(t0, -ri(0, 200)))].map(q).join(','));
    else if (v === 1) L.push([no, nm, ph, idc, em, src, zn, bud + '万', d.n(a), d.m(a), chance(0.15) ? '看过' + d.est(pick(c.estates)) : pick(['', '', '首套 公积金', '需要学区', '置换，先卖后买', '不接受顶层', '客户说周末再看'])].map(q).join(','));
    else L.push([no, nm, sex, ph, idc, em, src, d.est(pick(c.estates)), bud, d.n(a), pick(['A类-急', 'B类', 'C类', '已成交', '无效'])].map(q).join(','));
  }
  emit(d, L.join('\n'));
}

// 2. 房源导出 TSV
function kFangyuan() {
  const ck = city(), c = CITY[ck], d = new Doc('fangyuan_tsv', ck); const n = ri(5, 16);
  const L = ['房源编号\t城区\t商圈\t小区名称\t楼栋\t单元\t房号\t建筑面积\t户型\t朝向\t装修\t挂牌价(万)\t业主姓名\t业主电话\t备用电话\t维护人\t钥匙\t委托状态'];
  for (let i = 0; i < n; i++) {
    const o = newPerson('owner', ck), a = agent(ck);
    let owner;
    const r = R();
    if (r < 0.12) { const o2 = newPerson('owner', ck, { sex: o.sex === 'M' ? 'F' : 'M' }); owner = `${d.n(o)}/${d.n(o2)}`; o.spouse = o2; }
    else if (r < 0.85) owner = d.n(o); else if (r < 0.93) owner = d.title(o); else owner = d.xName(o);
    const ph = chance(0.9) ? d.m(o) : d.xMob(o);
    let bk = '';
    const br = R();
    if (o.spouse && chance(0.7)) bk = d.m(o.spouse); else if (br < 0.2) bk = d.ld(genLandline(ck)); else if (br < 0.35) bk = d.m2(o); else if (br < 0.4) bk = d.dec('错号', typoMobile(genMobile()));
    const b = ri(1, 30);
    L.push([d.dec('房源编号', fyNo(ck)), pick(c.dists), d.zone(pick(c.zones)), d.est(pick(c.estates)), b + '号楼', ri(1, 6), room(), d.dec('面积', area()), pick(['1室1厅', '2室1厅', '2室2厅', '3室2厅', '4室2厅']), pick(['南北', '南', '东南', '西', '东西']),
      d.word('装修', pick(DECOR)), price(), owner, ph, bk, d.n(a), pick(['有', '无', '密码锁', '在店']), pick(['独家', '普通', '普通', '暂缓', '已签'])].join('\t'));
  }
  emit(d, L.join('\n'));
}

// 3. 带看记录 (| table)
function kDaikan() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('daikan_table', ck); const a = agent(ck); const t0 = rdate();
  const L = [`带看记录表    门店：${d.word('门店', a.store)}    经纪人：${d.n(a)}    工号：${d.dec('工号', a.work)}`, `周期：${dISO(t0)} 至 ${dISO(addDays(t0, 6))}`, '',
    '| 序号 | 带看日期 | 客户姓名 | 客户电话 | 带看房源 | 房源编号 | 陪看人 | 客户反馈 | 客户签字 |', '|---|---|---|---|---|---|---|---|---|'];
  const n = ri(3, 14);
  for (let i = 1; i <= n; i++) {
    const p = newPerson('buyer', ck), b = agent(ck), t = { ...addDays(t0, ri(0, 6)), h: ri(9, 19), mi: pick([0, 10, 15, 20, 30, 40, 45, 50]) };
    const nm = chance(0.85) ? d.n(p) : d.title(p);
    const ph = chance(0.65) ? d.m(p) : d.xMob(p);
    const sig = chance(0.5) ? (nm === p.name ? p.name : '已签') : pick(['已签', '未签', '补签']);
    L.push(`| ${i} | ${dISO(t)} ${tHM(t)} | ${nm} | ${ph} | ${d.est(pick(c.estates))} ${d.dec('门牌', menpai())} | ${d.dec('房源编号', fyNo(ck))} | ${chance(0.6) ? d.n(b) : '—'} | ${pick(['价格高，再看看', '户型满意，约业主面谈', '嫌楼层低', '考虑中', '要和家人商量', '想看同小区高楼层', '出价' + price() + '万', '不满意采光'])} | ${sig} |`);
  }
  L.push('', `店长审核：${chance(0.7) ? d.n(agent(ck)) : '__________'}     ${ag.short}`);
  emit(d, L.join('\n'));
}

// 4. 房屋租赁合同 (PDF text)
function kLease() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('lease_contract', ck); const t = rdate();
  const o = newPerson('owner', ck), tn = newPerson('tenant', ck), a = agent(ck);
  const est = pick(c.estates), mp = menpai(1), rent = ri(18, 180) * 100;
  const foreign = chance(0.15);
  const L = [];
  L.push('房 屋 租 赁 合 同', '', `合同编号：${d.dec('合同编号', htNo(ck, t))}`, '');
  L.push(`出租方（甲方）：${d.n(o)}`, `身份证号码：${d.id(o, 'pdf')}`, `联系电话：${d.m(o)}`);
  if (chance(0.3)) L.push(`电子邮箱：${d.e(o)}`);
  L.push(`通讯地址：${c.zh}市${pick(c.dists)}${pick(c.road)}${ri(1, 300)}号`);
  if (chance(0.2)) { const ag2 = newPerson('staff', ck); L.push(`甲方委托代理人：${d.n(ag2)}    身份证号：${d.id(ag2)}    电话：${d.m(ag2)}`); }
  L.push('');
  L.push(`承租方（乙方）：${d.n(tn)}`);
  if (foreign) L.push(`证件类型：护照    证件号码：${d.pp(tn)}`);
  else L.push(`证件类型：居民身份证    证件号码：${d.id(tn, 'pdf')}`);
  L.push(`联系电话：${d.m(tn)}`);
  if (chance(0.6)) L.push(`电子邮箱：${d.e(tn)}`);
  if (chance(0.5)) { const ec = newPerson('tenant', ck); L.push(`紧急联系人：${d.n(ec)}（${pick(['父亲', '母亲', '配偶', '朋友', '姐姐'])}） 电话：${d.m(ec)}`); }
  L.push('');
  L.push(`居间方（丙方）：${ag.name}`, `统一社会信用代码：${d.us(AG_USCC[ck])}`, `经纪人：${d.n(a)}    经纪人电话：${d.m(a)}    经纪人执业证号：${d.dec('执业证号', zyNo())}`, `门店电话：${d.ld(STORE_TEL[ck][a.store])}`, '');
  L.push('第一条  房屋基本情况');
  L.push(`甲方房屋（以下简称该房屋）坐落于${c.zh}市${pick(c.dists)}${d.est(est)}${d.dec('门牌', mp)}，建筑面积${d.dec('面积', area() + '平方米')}，不动产权证号：${d.dec('不动产权证号', c.cert())}，不动产单元号：${d.unit(ck)}。`);
  L.push(`第二条  租赁期限自${dCN(addDays(t, 10))}起至${dCN(addDays(t, 375))}止，共计12个月。`);
  L.push(`第三条  租金及支付方式`, `月租金人民币${d.dec('价格', rent + '元')}，押一付三，乙方于每期租金到期前十日支付下一期租金。`);
  L.push('甲方指定收款账户：');
  const cardLine = d.c(o, 'pdf');
  L.push(`户  名：${o.name}`, `开户行：${o.card.bank}${c.zh}${pick(c.zones)}支行`, `账  号：${cardLine}`);
  L.push('', '第四条  其他费用', '物业费、供暖费由甲方承担；水、电、燃气、网络费用由乙方承担。', '');
  L.push(`第 1 页 共 ${ri(3, 6)} 页`, '');
  L.push('第十二条  本合同一式三份，甲乙丙三方各执一份，自三方签字（盖章）之日起生效。', '');
  L.push(`甲方（签字）：${o.name}          乙方（签字）：${tn.name}`, `丙方（盖章）：${ag.name}`, `签订日期：${dCN(t)}`);
  if (chance(0.7)) L.push('', `附件：房屋交割单（水表${ri(100, 999)}.${ri(0, 9)}吨，电表${ri(1000, 9999)}度，燃气户号${d.dec('燃气户号', gasNo())} 读数${ri(100, 999)}方，钥匙${ri(2, 5)}把，门禁卡${ri(1, 3)}张，车位${d.dec('车位号', carNo())}）`);
  emit(d, L.join('\n'));
}

// 5. 定金收据
function kDeposit() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('deposit_receipt', ck); const t = rdate();
  const b = newPerson('buyer', ck), o = newPerson('owner', ck), a = agent(ck);
  const amt = pick([20000, 30000, 50000, 50000, 100000, 200000]);
  const dx = { 20000: '贰万元整', 30000: '叁万元整', 50000: '伍万元整', 100000: '壹拾万元整', 200000: '贰拾万元整' }[amt];
  const est = pick(c.estates);
  const L = [];
  if (chance(0.5)) {
    L.push('定 金 收 据', `${d.dec('收据号', ticketNo())}`, '');
    L.push(`今收到 ${d.n(b)} （身份证号：${d.id(b, 'pdf')}）`, `交来购买 ${d.est(est)} ${d.dec('门牌', menpai(1))} 房屋之定金`);
    L.push(`人民币（大写）：${dx}    ￥${amt.toLocaleString('en-US')}.00`);
    const pay = pick(['现金', '转账', '刷卡']);
    L.push(`付款方式：${pay === '现金' ? '☑' : '□'}现金  ${pay === '转账' ? '☑' : '□'}转账  ${pay === '刷卡' ? '☑' : '□'}刷卡`);
    if (pay !== '现金') L.push(`付款账号：${d.c(b)}（${b.card.bank}）`);
    L.push(`房源编号：${d.dec('房源编号', fyNo(ck))}`, '');
    L.push(`收款人（业主）：${d.n(o)}    联系电话：${d.m(o)}`);
    L.push(`经办经纪人：${d.n(a)}    电话：${d.m(a)}`);
    L.push(`收款单位（盖章）：${ag.name}`, dCN(t));
  } else {
    L.push(`购房定金协议（${ag.short}）`, `协议编号：${d.dec('合同编号', htNo(ck, t))}`, '');
    L.push('买方（甲方）', `  姓名：${d.n(b)}`, `  证件号码：${d.id(b)}`, `  手机：${d.m(b)}`, '');
    L.push('卖方（乙方）', `  姓名：${d.n(o)}`, `  证件号码：${d.id(o)}`, `  手机：${d.m(o)}`, '');
    L.push(`一、甲方自愿购买乙方位于${c.zh}市${pick(c.dists)}${d.est(est)}${d.dec('门牌', menpai(0))}的房屋，${d.dec('产权证号', chance(0.5) ? c.cert() : c.oldCert())}，成交总价人民币${d.dec('价格', price() + '万元')}。`);
    L.push(`二、甲方于本协议签署当日支付定金人民币${amt}元（${dx}），定金由乙方收取，转入乙方账户：`);
    L.push(`    户名：${o.name}  账号：${d.c(o, 'pdf')}  开户行：${o.card.bank}`);
    L.push('三、乙方收取定金后违约的，应双倍返还定金；甲方违约的，定金不予退还。', '');
    L.push(`甲方签字：${b.name}      乙方签字：${o.name}`, `居间方：${ag.name}   经纪人：${d.n(a)} ${d.m(a)}`, `日期：${dISO(t)}`);
  }
  emit(d, L.join('\n'));
}

// 6. 过户材料核对单 (markdown checklist)
function kGuohu() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('guohu_checklist', ck); const t = rdate();
  const s = newPerson('owner', ck), sp = newPerson('owner', ck, { sex: s.sex === 'M' ? 'F' : 'M' }), b = newPerson('buyer', ck), qz = agent(ck), a = agent(ck);
  const L = [`# 过户材料核对单（权证部）`, '', `交易编号：${d.dec('交易编号', `JY${t.y}${pad(t.m)}${pad(t.d)}${pad(ri(1, 99999), 5)}`)}`,
    `房屋坐落：${c.zh}市${pick(c.dists)}${d.est(pick(c.estates))}${d.dec('门牌', menpai(1))}`, `不动产权证号：${d.dec('不动产权证号', c.cert())}`, `不动产单元号：${d.unit(ck)}`, `网签合同编号：${d.dec('网签备案号', c.wq())}`,
    `成交价：${d.dec('价格', price() + '万')}  面积：${d.dec('面积', area() + '㎡')}  ${pick(['满五唯一', '满二', '不满二', '满五非唯一'])}`, '', '## 卖方'];
  L.push(`- [x] 姓名：${d.n(s)}  身份证：${d.id(s)}  电话：${d.m(s)}`);
  if (chance(0.7)) L.push(`- [x] 配偶：${d.n(sp)}  身份证：${d.id(sp)}`); else L.push('- [x] 单身证明（民政局开具，已核）');
  L.push(`- [${chance(0.5) ? 'x' : ' '}] 户口本（${pick(['已复印', '待补', '原件已核'])}）`);
  L.push(`- [x] 收款账户：${s.card ? '' : ''}${d.c(s, 'g4')}（${s.card.bank}，尾款在资金监管解冻后打入）`);
  L.push(`- [${chance(0.5) ? 'x' : ' '}] 原产权证${chance(0.2) ? '遗失，已登报声明' : '原件'}`, '', '## 买方');
  L.push(`- [x] 姓名：${d.n(b)}  身份证：${d.id(b)}  电话：${d.m(b)}`);
  if (chance(0.4)) { const b2 = newPerson('buyer', ck); L.push(`- [x] 共有人：${d.n(b2)}  身份证：${d.id(b2)}  份额：${pick(['50%', '共同共有'])}`); }
  L.push(`- [${chance(0.5) ? 'x' : ' '}] 购房资格核验（${pick(['已通过', '审核中', '缴社保满60个月'])}）`);
  const pd = addDays(t, ri(5, 20)); L.push(`- [ ] 贷款批贷函（${pick(['建行', '工行', '招行', '中行', '农行'])}，预计${pd.m}/${pd.d}出）`);
  L.push(`- [x] 监管账户入账：${d.dec('流水号', nonLuhn(String(t.y), 19))}`, '');
  L.push(`权证专员：${d.n(qz)}  ${d.m(qz)}`, `经纪人：${d.n(a)}（${d.word('门店', a.store)}）`);
  if (chance(0.5)) L.push(`备注：约${dISO(addDays(t, 7))}上午9:30 ${c.zh}市${pick(c.dists)}不动产登记中心，卖方${d.prose(newPerson('owner', ck))}若本人不能到场需出具公证委托书。`);
  emit(d, L.join('\n'));
}

// 7. 网签 JSON
function kWqJson() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('wangqian_json', ck); const t = rdate();
  const sellers = [newPerson('owner', ck)]; if (chance(0.4)) sellers.push(newPerson('owner', ck));
  const buyers = [newPerson('buyer', ck)]; if (chance(0.4)) buyers.push(newPerson('buyer', ck));
  const a = agent(ck);
  const cn = chance(0.5);
  const party = (p, sell) => {
    const o = cn ? { '姓名': d.n(p), '证件类型': '居民身份证', '证件号码': d.id(p, 'plain'), '联系电话': d.m(p, 'plain') } : { xm: d.n(p), zjlx: '1', zjhm: d.id(p, 'plain'), lxdh: d.m(p, 'plain') };
    if (!sell && chance(0.5)) o[cn ? '电子邮箱' : 'dzyx'] = d.e(p);
    if (chance(0.3)) o[cn ? '通讯地址' : 'txdz'] = `${c.zh}市${pick(c.dists)}${pick(c.road)}${ri(1, 300)}号`;
    return o;
  };
  const obj = cn ? {
    '合同编号': d.dec('网签备案号', c.wq()), '房屋坐落': `${c.zh}市${pick(c.dists)}${d.est(pick(c.estates))}${d.dec('门牌', menpai(1))}`, '建筑面积': d.dec('面积', area()), '成交价格': ri(120, 2200) * 10000,
    '不动产单元号': d.unit(ck), '签约日期': dISO(t), '创建时间': +d.dec('时间戳', msEpoch(t)), '出卖人': sellers.map((p) => party(p, true)), '买受人': buyers.map((p) => party(p, false)),
    '经纪机构': { '名称': ag.name, '统一社会信用代码': d.us(AG_USCC[ck]), '经纪人': d.n(a), '经纪人电话': d.m(a, 'plain'), '备案号': d.dec('执业证号', zyNo()) },
  } : {
    htbh: d.dec('网签备案号', c.wq()), fwzl: `${c.zh}市${pick(c.dists)}${d.est(pick(c.estates))}${d.dec('门牌', menpai(1))}`, jzmj: d.dec('面积', area()), cjjg: ri(120, 2200) * 10000,
    qyrq: dISO(t), createTime: +d.dec('时间戳', msEpoch(t)), bdcqzh: d.dec('不动产权证号', c.cert()), bdcdyh: d.unit(ck), mmf: sellers.map((p) => party(p, true)), msf: buyers.map((p) => party(p, false)),
    jjjg: { mc: ag.name, tyshxydm: d.us(AG_USCC[ck]), jjr: d.n(a), lxdh: d.m(a, 'plain') }, zjjg: { jgzh: d.dec('对公账号', num('1105', 20)), jgyh: pick(['中国建设银行', '中国工商银行', '中国银行']) },
  };
  emit(d, chance(0.5) ? JSON.stringify({ code: 0, msg: 'success', data: obj }) : JSON.stringify(obj, null, 2));
}

// 8. 网签 XML
function kWqXml() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('wangqian_xml', ck); const t = rdate();
  const s = newPerson('owner', ck), b = newPerson('buyer', ck), a = agent(ck);
  const L = ['<?xml version="1.0" encoding="GBK"?>', '<CLFHT>', `  <HTBH>${d.dec('网签备案号', c.wq())}</HTBH>`, `  <FWZL>${c.zh}市${pick(c.dists)}${d.est(pick(c.estates))}${d.dec('门牌', menpai(1))}</FWZL>`,
    `  <JZMJ>${d.dec('面积', area())}</JZMJ>`, `  <CJJG>${ri(120, 2200)}0000.00</CJJG>`, `  <BDCQZH>${d.dec('不动产权证号', c.cert())}</BDCQZH>`, `  <BDCDYH>${d.unit(ck)}</BDCDYH>`];
  const pp = (tag, p) => { L.push(`  <${tag}>`, `    <XM>${d.n(p)}</XM>`, '    <ZJLX>身份证</ZJLX>', `    <ZJHM>${d.id(p, chance(0.9) ? 'plain' : 'lx')}</ZJHM>`, `    <LXDH>${d.m(p, 'plain')}</LXDH>`); if (chance(0.4)) L.push(`    <DZYX>${d.e(p)}</DZYX>`); L.push(`  </${tag}>`); };
  pp('CMR', s); if (chance(0.35)) pp('CMR', newPerson('owner', ck));
  pp('MSR', b); if (chance(0.35)) pp('MSR', newPerson('buyer', ck));
  if (chance(0.3)) { const dl = newPerson('staff', ck); L.push('  <DLR>', `    <XM>${d.n(dl)}</XM>`, `    <ZJHM>${d.id(dl)}</ZJHM>`, `    <LXDH>${d.m(dl, 'plain')}</LXDH>`, '    <DLLX>买方委托代理人</DLLX>', '  </DLR>'); }
  L.push('  <JJJG>', `    <JGMC>${ag.name}</JGMC>`, `    <TYSHXYDM>${d.us(AG_USCC[ck])}</TYSHXYDM>`, `    <JJRXM>${d.n(a)}</JJRXM>`, `    <JJRDH>${d.m(a, 'plain')}</JJRDH>`, '  </JJJG>',
    `  <QYSJ>${dISO(t)} ${tHMS(t)}</QYSJ>`, `  <SJC>${d.dec('时间戳', msEpoch(t))}</SJC>`, '</CLFHT>');
  emit(d, L.join('\n'));
}

// 9. 微信群聊
function kChat() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('wechat_chat', ck); let t = rdate();
  const mem = shuffle(AGENTS[ck]).slice(0, ri(3, 6));
  const boss = mem[0];
  const L = [`微信群聊：${pick([ag.short + '房源共享群', mem[0].store + '内部群', c.zh + '合作盘互通群（' + pick(PLATFORMS.slice(6)) + '勿进）', '钥匙房源群'])}（${ri(12, 180)}人）`, `导出时间：${dISO(addDays(t, 1))} ${tHM(t)}`, `———— ${dCN(t)} ————`];
  const say = (p, msg) => { const mi = t.mi + ri(0, 4); t = { ...t, mi: mi % 60, h: Math.min(23, t.h + Math.floor(mi / 60)) }; L.push(`${tHM(t)} ${p.name}${p === boss && chance(0.4) ? '（' + d.word('职务', '店长') + '）' : ''}：${msg}`); d.n(p); };
  const n = ri(3, 7);
  for (let i = 0; i < n; i++) {
    const s = pick(mem), o = newPerson('owner', ck), est = pick(c.estates);
    const r = R();
    if (r < 0.35) say(s, `${d.est(est)}${d.dec('门牌', menpai(2))} 业主${d.n(o)} ${d.m(o, pick(['plain', 'plain', 'sp', 'dash']))} ${pick(['急售', '满五唯一', '可谈', '换房急卖', '钥匙在我这'])} ${price()}${pick(['', '万', '万可谈'])}`);
    else if (r < 0.5) say(s, `有谁有${d.est(est)}业主电话吗，客户看中了${menpai(5)}`);
    else if (r < 0.62) { say(s, `这个业主我之前聊过，他${o.sex === 'M' ? '老婆' : '老公'}电话 ${d.m(o)}，姓${o.sur}`); }
    else if (r < 0.72) say(s, `房东${d.title(o, pick(['姐', '哥', '阿姨', '叔']))} ${d.m(o)}，${pick(['只接受整租', '不要宠物', '押一付三', '可以月付'])}`);
    else if (r < 0.8) { say(s, `@${d.prose(pick(mem))} 业主身份证发你了 ${d.id(o, pick(['plain', 'plain', 'sp', 'lx']))} 名字${d.n(o)}，做委托用，别外传`); }
    else if (r < 0.87) say(s, `${d.xMob(o)} 这个号码是空号吗？打不通`);
    else if (r < 0.93) say(s, `[图片]`);
    else say(s, `@${d.dec('at提及', '所有人')} 今天${pick(c.zones)}片区${ri(3, 9)}点开会`);
    if (chance(0.3)) say(pick(mem), pick(['收到', '好的', '👌', '已加', '我去约', '这个价格不太可能']));
  }
  if (chance(0.5)) { say(boss, '业主号码别往大群发！！！撤回'); L.push(`${tHM(t)} "${d.prose(pick(mem))}" 撤回了一条消息`); }
  if (chance(0.35)) { const cu = newPerson('buyer', ck); say(pick(mem), `客户${d.n(cu)} 手机${d.m(cu)} QQ ${d.dec('QQ号', qq())}，想要${d.est(pick(c.estates))}两居，预算${price()}`); }
  emit(d, L.join('\n'));
}

// 10. 物业业主名单 fixed-width
function kWuyeFw() {
  const ck = city(), c = CITY[ck], d = new Doc('wuye_fixedwidth', ck); const old = chance(0.5); const t = old ? rdate(2004, 2012) : rdate(2016, 2022);
  const est = pick(c.estates);
  const padR = (s, w) => { let l = 0; for (const ch of s) l += /[\u0000-\u00ff]/.test(ch) ? 1 : 2; return s + ' '.repeat(Math.max(1, w - l)); };
  const L = [`${c.zh}${pick(['万科', '金地', '龙湖', '保利', '首开', '绿城', '中海'])}物业服务有限公司  ${d.est(est)}  业主信息表        打印日期：${dISO(t)}`, '-'.repeat(124),
    padR('楼号', 6) + padR('单元', 6) + padR('房号', 8) + padR('业主姓名', 12) + padR('联系电话', 16) + padR('身份证号码', 22) + padR('面积', 9) + padR('入住日期', 12) + padR('燃气户号', 12) + '房屋编码', '-'.repeat(124)];
  const n = ri(8, 20);
  for (let i = 0; i < n; i++) {
    const o = newPerson(old ? 'oldowner' : 'owner', ck);
    if (old) o.mobile = genOldMobile();
    const nm = o.name.length === 2 && chance(0.4) ? d.nSpaced(o) : d.n(o);
    let ph;
    const pr = R();
    if (old && pr < 0.25) ph = d.ld(genLandline(ck), ck, 'dash');
    else if (old && pr < 0.32) { const ll = genLandline(ck); const loc = ll.slice(CITY[ck].area.length); d.dc('cn_landline', ll); d.dc('cn_landline', loc); ph = loc; }
    else if (pr < 0.92) ph = d.m(o, 'plain'); else ph = d.dec('错号', typoMobile(genMobile()));
    let idc = '';
    const ir = R();
    if (old && ir < 0.45) idc = d.id15(o); else if (ir < 0.85) idc = d.id(o, 'plain'); else if (ir < 0.9) idc = d.dec('身份证日期错', badDateID(ck));
    L.push(padR(String(ri(1, 30)), 6) + padR(String(ri(1, 6)), 6) + padR(room(), 8) + padR(nm, 12) + padR(ph, 16) + padR(idc, 22) + padR(d.dec('面积', area()), 9) + padR(dISO(addDays(t, -ri(100, 3000))), 12) + padR(chance(0.7) ? d.dec('燃气户号', gasNo()) : '', 12) + d.dec('房屋编码', `${c.code}-${ri(1, 30)}-${ri(1, 6)}-${room()}`));
  }
  L.push('-'.repeat(124), `共 ${n} 户    制表：${d.n(newPerson('staff', ck))}    审核：${d.n(newPerson('staff', ck))}`);
  emit(d, L.join('\n'));
}

// 11. 物业名单 Excel dump
function kWuyeXls() {
  const ck = city(), c = CITY[ck], d = new Doc('wuye_excel_dump', ck);
  const est = pick(c.estates);
  const L = [pick(['Sheet1', '业主通讯录', '二期']), `${d.est(est)}${pick(['二期', '一期', '东区', ''])}业主通讯录,,,,,,,,`, '序号,楼栋,房号,面积,业主,电话1,电话2,身份证,车位,物业费账号,备注'];
  const n = ri(6, 18);
  for (let i = 1; i <= n; i++) {
    const o = newPerson('owner', ck);
    const nm = chance(0.92) ? d.n(o) : d.title(o);
    let p1, p2 = '', idc = '';
    const r = R();
    p1 = r < 0.08 ? d.dec('excel科学计数', `1.${(o.mobile ??= genMobile()).slice(1, 6)}E+10`) : d.m(o, 'plain');
    if (chance(0.25)) p2 = d.m2(o, 'plain'); else if (chance(0.1)) p2 = d.ld(genLandline(ck), ck, 'plain');
    const ir = R();
    if (ir < 0.55) idc = (chance(0.3) ? "'" : '') + d.id(o, 'plain'); else if (ir < 0.63) { o.id ??= genIDFor(o); idc = d.dec('excel科学计数', `${o.id[0]}.${o.id.slice(1, 6)}E+17`); }
    let rem = '';
    const rr = R();
    if (rr < 0.22) { const tn = newPerson('tenant', ck); rem = `租户：${d.n(tn)} ${d.m(tn)}`; }
    else if (rr < 0.32) rem = `已卖，新业主${d.title(newPerson('owner', ck))}未登记`;
    else if (rr < 0.4) rem = '空置';
    else if (rr < 0.46) rem = d.word('装修', '毛坯') + '未装';
    L.push([i, ri(1, 22) + '号楼', `${ri(1, 6)}单元${room()}`, d.dec('面积', area()), nm, p1, p2, idc, chance(0.6) ? d.dec('车位号', carNo()) : '', d.dec('物业费账号', `WY${ri(10, 99)}${pad(ri(1, 9999), 6)}`), rem].join(','));
  }
  emit(d, L.join('\n'));
}

// 12. 房东租金代付批量文件
function kRentBatch() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('rent_batch', ck); const t = rdate();
  const n = ri(5, 18); const v = ri(0, 2);
  const rows = []; let tot = 0;
  for (let i = 1; i <= n; i++) {
    const o = newPerson('owner', ck); const amt = ri(25, 160) * 100; tot += amt;
    const wt = `${CITY[ck].code}TG-${pad(ri(1, 9999), 4)}`;
    rows.push({ o, amt, i, get wt() { return d.dec('托管编号', wt); } });
  }
  const L = [];
  const bno = `PL${t.y}${pad(t.m)}${pad(t.d)}${pad(ri(1, 99), 3)}`;
  const B = () => d.dec('批次号', bno);
  if (v === 0) {
    L.push(`H|${B()}|${dISO(t)}|${n}|${tot}.00|${ag.short}资产管理|${d.dec('对公账号', num('3100', 20))}`);
    for (const r of rows) {
      const o = r.o; let acct;
      if (chance(0.05)) { acct = '62' + digits(17); if (luhnOk(acct)) acct = acct.slice(0, -1) + ((+acct.slice(-1) + 1) % 10); d.dc('bank_card', acct); }
      else acct = d.c(o, 'plain');
      L.push(`D|${r.i}|${acct}|${d.n(o)}|${o.card ? o.card.bank : '中国工商银行'}|${r.amt}.00|${t.m}月租金|${r.wt}`);
    }
    L.push(`T|${n}|${tot}.00`);
  } else if (v === 1) {
    L.push('收款账号,收款户名,金额,收款银行,收款支行,用途,手机号(选填)');
    for (const r of rows) { const o = r.o; const cd = d.c(o, chance(0.9) ? 'plain' : 'g4'); L.push([cd, d.n(o), r.amt.toFixed(2), o.card.bank, `${c.zh}${pick(c.zones)}支行`, `${t.y}年${t.m}月租金 ${r.wt}`, chance(0.5) ? d.m(o, 'plain') : ''].join(',')); }
  } else {
    L.push(`${ag.name} 代付房东租金明细（${t.y}年${t.m}月）    批次：${B()}`, '', '序号  房东姓名    收款卡号                 开户行          金额(元)   房屋', '');
    for (const r of rows) { const o = r.o; L.push(`${pad(r.i)}    ${d.n(o)}${' '.repeat(Math.max(1, 8 - o.name.length * 2 + 4))}${d.c(o, 'g4')}    ${o.card.bank}    ${r.amt}    ${d.est(pick(c.estates))}${d.dec('门牌', menpai(2))}  ${r.wt}`); }
    L.push('', `合计：${tot}元    制单：${d.n(newPerson('staff', ck))}    复核：${d.n(newPerson('staff', ck))}`);
    if (chance(0.6)) L.push(`银行回单流水号：${d.dec('流水号', nonLuhn(String(t.y) + pad(t.m) + pad(t.d), 20))}`);
  }
  emit(d, L.join('\n'));
}

// 13. 贷款预审邮件
function kLoanMail() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('loan_mail', ck); const t = rdate();
  const a = agent(ck), bk = newPerson('banker', ck), b = newPerson('buyer', ck);
  const bank = pick(['建设银行', '工商银行', '招商银行', '中国银行', '农业银行', '交通银行', '宁波银行', '江苏银行']);
  const wd = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()];
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.m - 1];
  const est = pick(c.estates);
  const bkMail = chance(0.5) ? d.e(bk) : (() => { bk.email = { addr: `${pyFull(bk)}@${c.code.toLowerCase()}.${pick(['ccb', 'icbc', 'cmbchina', 'boc', 'abchina'])}.example.cn` }; return d.e(bk); })();
  const reply = chance(0.4);
  const L = [];
  if (!reply) {
    L.push(`From: "${d.n(a)}" <${d.e(a, ag)}>`, `To: ${d.title(bk, '经理')} <${bkMail}>`);
    if (chance(0.4)) { const a2 = agent(ck); L.push(`Cc: ${d.e(a2, ag)}`); }
    L.push(`Subject: 【预审】客户${d.n(b)} ${d.est(est)}${menpai(2)} ${pick(['商贷', '组合贷', '公积金'])}预审材料`, `Date: ${wd}, ${t.d} ${mon} ${t.y} ${tHMS(t)} +0800`, 'Content-Type: text/plain; charset=UTF-8', '');
    L.push(`${bk.sur}经理您好，`, '', '附件是客户资料，麻烦帮忙先做个预审：');
    L.push(`借款人：${b.name}，身份证 ${d.id(b)}，手机 ${d.m(b)}`);
    if (chance(0.6)) { const sp = newPerson('buyer', ck, { sex: b.sex === 'M' ? 'F' : 'M' }); L.push(`配偶：${d.n(sp)}，身份证 ${d.id(sp)}${chance(0.5) ? '，手机 ' + d.m(sp) : ''}`); }
    if (chance(0.25)) { const g = newPerson('owner', ck); L.push(`共同还款人（父亲）：${d.n(g)}，身份证 ${d.id(g)}`); }
    L.push(`月收入约${ri(12, 60) / 10}万（代发工资），公积金连续缴存${ri(12, 120)}个月。`);
    L.push(`房屋：${c.zh}市${pick(c.dists)}${d.est(pick(c.estates))}${d.dec('门牌', menpai(1))}，${d.dec('面积', area() + '㎡')}，${d.dec('不动产权证号', c.cert())}`);
    L.push(`房屋总价${d.dec('价格', price() + '万')}，首付${pick(['30%', '35%', '40%', '60%'])}，拟贷款${ri(80, 600)}万，期限${pick([20, 25, 30])}年。`);
    if (chance(0.7)) L.push(`还款卡：${d.c(b, pick(['g4', 'plain']), pick(['招商', '建设', '工商', '交通']))}`);
    L.push('', '谢谢！', '--', `${a.name} | ${d.word('职务', pick(TITLES_DECOY))}`, `${ag.short} ${d.word('门店', a.store)}`, `手机：${d.m(a)}  座机：${d.ld(STORE_TEL[ck][a.store])}`, `<img src="cid:${d.dec('图片文件名', 'logo@2x.png')}">`);
  } else {
    L.push(`From: ${bk.name} <${bkMail}>`, `To: "${d.n(a)}" <${d.e(a, ag)}>`, `Subject: Re: 【预审】客户${d.n(b)} 预审结果`, `Date: ${wd}, ${t.d} ${mon} ${t.y} ${tHMS(t)} +0800`, '');
    L.push(`${a.name}你好：`, '', `客户${b.name}（身份证后四位${(b.id ??= genIDFor(b)).slice(-4)}，${d.xID(b)}）征信已查，${pick(['无逾期，可正常申请', '近两年有2次逾期，额度需下调', '信用卡使用率偏高，建议先还一部分'])}。`);
    L.push(`申请编号：${d.dec('贷款申请编号', `DK${t.y}${pad(t.m)}${pad(ri(1, 99999), 6)}`)}，预计可批额度：${ri(80, 600)}万，利率LPR${pick(['-20BP', '-30BP', '+0BP'])}，请客户${dCN(addDays(t, 3))}前到网点面签，带身份证原件、户口本、结婚证、收入证明、银行流水（${d.word('银行', pick(BANK_DECOY))}流水也可以）。`);
    L.push('', '--', `${d.n(bk)}  个人贷款中心 客户经理`, `${bank}${c.zh}${pick(c.zones)}支行`, `电话：${d.m(bk)}  ${d.ld(genLandline(ck))}转${ri(800, 8999)}`, `全国客服热线：${d.dec('热线', pick(['95533', '95588', '95555', '95566', '95599']))}`);
    if (chance(0.5)) L.push('', '-----原始邮件-----', `发件人: ${a.name} <${a.email.addr}>`, `主题: 【预审】客户${b.name}`, `借款人：${b.name} 手机 ${d.m(b)}`);
  }
  emit(d, L.join('\n'));
}

// 14. OCR'd 看房确认书
const OCR_SUB = { '确': '碓', '认': '訁人', '书': '书', '已': '己', '未': '末', '人': '入', '日': '曰', '客': '容', '经': '径', '纪': '紀', '房': '房', '屋': '屋', '签': '莶', '字': '宇', '方': '万', '号': '弓', '看': '着' };
function ocr(s) {
  let o = '';
  for (const ch of s) {
    if (OCR_SUB[ch] && chance(0.08)) o += OCR_SUB[ch];
    else if (ch === '：' && chance(0.3)) o += pick([':', ';', ' :', '：']);
    else if (ch === '（' && chance(0.3)) o += '(';
    else o += ch;
    if (/[\u4e00-\u9fa5]/.test(ch) && chance(0.04)) o += ' ';
  }
  return o;
}
function ocrDigits(v) { // spacing noise only: a careful reader still reads the value
  let o = ''; for (const ch of v) { o += ch; if (chance(0.08)) o += ' '; } return o.trim();
}
function ocrBreak(v) { // OCR damage beyond reading: letters for digits, a dropped digit
  const i = ri(2, v.length - 3);
  return pick([() => v.slice(0, i) + ({ '0': 'O', '1': 'l', '8': 'B', '5': 'S', '6': 'b', '2': 'Z' }[v[i]] || '?') + v.slice(i + 1), () => v.slice(0, i) + v.slice(i + 1)])();
}
function kOcr() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('ocr_confirm', ck); const t = rdate();
  const b = newPerson('buyer', ck), a = agent(ck);
  const L = [ocr('看 房 确 认 书'), ocr(`编号：${d.dec('确认书编号', 'No ' + pad(ri(1, 9999999), 7))}`), ''];
  // client name
  L.push(ocr('客户姓名：') + ' ' + d.nSpaced(b) + '      ' + ocr('身份证号：') + (() => {
    b.id ??= genIDFor(b);
    const r = R();
    if (r < 0.75) { d.ent('cn_resident_id', b.id); if (luhnOk(b.id)) d.dc('bank_card', b.id); return ocrDigits(b.id); }
    if (r < 0.9) { d.dc('cn_resident_id', b.id); return ocrBreak(b.id); }
    return d.xID(b);
  })());
  L.push(ocr('联系电话：') + (() => {
    b.mobile ??= genMobile();
    const r = R();
    if (r < 0.7) { d.ent('cn_mobile', b.mobile); return ocrDigits(chance(0.2) ? b.mobile.slice(0, 7) + fw(b.mobile.slice(7)) : b.mobile); }
    d.dc('cn_mobile', b.mobile); return ocrBreak(b.mobile);
  })());
  L.push(ocr(`本人（以下简称"客户"）经 ${ag.name}（以下简称"经纪方"）介绍，于 ${dCN(t)} 查看了以下房屋：`));
  L.push(ocr('序号  房屋地址                      房源编号          面积        报价'));
  const n = ri(1, 4);
  for (let i = 1; i <= n; i++) L.push(`${i}    ${d.est(pick(c.estates))}${d.dec('门牌', menpai(0))}      ${d.dec('房源编号', fyNo(ck))}     ${d.dec('面积', area() + '㎡')}    ${d.dec('价格', price() + '万')}`);
  L.push(ocr('客户承诺：自看房之日起六个月内，客户及其亲属不得绕开经纪方与业主私下成交，否则按成交价2%支付违约金。'));
  L.push('');
  L.push(ocr('客户签字：') + (chance(0.85) ? d.nSpaced(b) : (d.dc('person_name_zh', b.name), b.name[0] + '~' + (b.name.slice(1) ? '…' : ''))) + '      ' + ocr(`日期：${t.y}.${t.m}.${t.d}`));
  L.push(ocr('经纪人签字：') + d.nSpaced(a) + '   ' + ocr('电话：') + (() => { d.ent('cn_mobile', a.mobile ??= genMobile()); return ocrDigits(a.mobile); })());
  if (chance(0.5)) { const w = newPerson('buyer', ck); L.push(ocr('同行人：') + d.n(w) + ' ' + ocr('电话：') + d.m(w, 'plain')); }
  L.push(ocr(ag.short) + '  ' + d.word('门店', a.store) + '   ' + ocr('门店电话：') + d.ld(STORE_TEL[ck][a.store]));
  emit(d, L.join('\n'));
}

// 15. 短信发送记录
function kSms() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('sms_log', ck); let t = rdate();
  const L = ['消息ID,发送时间,接收号码,短信内容,发送状态,发送人'];
  const n = ri(4, 16);
  for (let i = 0; i < n; i++) {
    t = { ...t, h: ri(9, 20), mi: ri(0, 59) };
    const p = newPerson(chance(0.5) ? 'owner' : 'buyer', ck), a = agent(ck);
    const st = pick(['成功', '成功', '成功', '失败(空号)', '成功']);
    const to = st.includes('空号') ? d.dec('未分配号段', unallocMobile()) : d.m(p, 'plain');
    const tt = p.sex === 'M' ? '先生' : '女士';
    let greet; const G = () => (greet ??= chance(0.8) ? d.title(p, tt) : d.n(p));
    const est = pick(c.estates);
    const msg = pick([
      () => `【${ag.short}】尊敬的${G()}，您委托的${d.est(est)}${menpai(2)}房源已有客户预约${pick(['周六', '周日', '明天'])}${ri(9, 17)}:00看房，经纪人${d.n(a)} ${d.m(a)}。退订回T`,
      () => `【${ag.short}】${G()}您好，您关注的${d.est(est)}有新上房源${ri(2, 5)}套，详询${a.name}${d.m(a)}。退订回T`,
      () => `【${ag.short}】您的验证码为${d.dec('验证码', String(ri(100000, 999999)))}，5分钟内有效，请勿泄露。`,
      () => `【${ag.short}】${G()}，您的租金${ri(30, 120)}00元已于${t.m}月${t.d}日转入尾号${d.dec('卡尾号', String(ri(1000, 9999)))}的银行卡，请查收。客服${d.dec('热线', '400-' + ri(100, 999) + '-' + ri(1000, 9999))}`,
      () => `【${ag.short}】${G()}，${d.est(est)}的网签已完成，合同编号${d.dec('网签备案号', c.wq())}，请于${dCN(addDays(t, 5))}携带身份证到店。`,
    ])();
    L.push([d.dec('消息ID', nonLuhn(`${String(t.y).slice(2)}${pad(t.m)}${pad(t.d)}`, 19)), `${dISO(t)} ${tHMS(t)}`, to, `"${msg}"`, st, d.n(a)].join(','));
  }
  emit(d, L.join('\n'));
}

// 16. 店周会纪要
function kMinutes() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('meeting_minutes', ck); const t = rdate();
  const mem = shuffle(AGENTS[ck]).slice(0, ri(4, 8));
  const store = mem[0].store;
  const L = [`${ag.short}${store}周例会纪要`, `时间：${dCN(t)} ${pick(['09:00', '18:30', '19:00'])}`, `地点：${d.word('门店', store)}会议室`, `主持人：${d.n(mem[0])}    记录人：${d.n(mem[1])}`,
    `参会人员：${mem.map((p) => d.n(p)).join('、')}`, `请假：${chance(0.5) ? d.n(agent(ck)) + '（带看）' : '无'}`, '', '一、上周业绩'];
  L.push(`${mem[1].name}成交${ri(1, 3)}套（${d.est(pick(c.estates))}两居${d.dec('价格', price() + '万')}），${mem[2].name}出租${ri(1, 4)}套，全店业绩${ri(10, 90)}万，完成月目标${ri(20, 110)}%。`);
  const o = newPerson('owner', ck), cu = newPerson('buyer', ck);
  L.push('', '二、重点房源');
  L.push(`1. ${d.est(pick(c.estates))}${d.dec('门牌', menpai(0))}，业主${d.prose(o)}${pick(['比较好说话', '急用钱', '在国外，委托他弟弟办', '不让带太多看'])}，${mem[2].name}负责，本周内争取签独家。`);
  if (chance(0.5)) { const o2 = newPerson('owner', ck); L.push(`2. ${d.est(pick(c.estates))}业主${d.n(o2)}（${d.m(o2)}）同意降价${ri(5, 30)}万，大家手上有客户的抓紧约。`); }
  L.push('', '三、客户问题');
  L.push(`客户${d.title(cu)}投诉${mem[3 % mem.length].name}带看迟到，已电话道歉。客户${d.prose(newPerson('buyer', ck))}的贷款被${d.word('银行', pick(BANK_DECOY))}拒了，换${pick(['建行', '工行', '中行'])}重新申请。`);
  L.push('', '四、其他');
  L.push(pick([() => `${d.word('平台', pick(PLATFORMS))}端口费下月上涨，房源发布控制在每人${ri(10, 30)}条。`, () => `${pick(c.zones)}商圈${d.word('平台', pick(['链家', '麦田房产', '我爱我家', '中原地产']))}新开了两家店，注意维护业主。`, () => '严禁在微信群发业主电话和身份证，公司开始查了。'])());
  L.push(`下次例会：${dCN(addDays(t, 7))}`);
  emit(d, L.join('\n'));
}

// 17. CRM 审计日志
function kAudit() {
  const ck = city(), ag = AGENCY[ck], d = new Doc('crm_audit_log', ck); let t = rdate();
  const L = []; const n = ri(5, 14);
  for (let i = 0; i < n; i++) {
    t = { ...t, s: (t.s + ri(1, 50)) % 60, mi: (t.mi + ri(0, 3)) % 60 };
    const a = agent(ck); const ts = `${dISO(t)} ${tHMS(t)}.${pad(ri(0, 999), 3)}`;
    const r = R();
    if (r < 0.25) L.push(`${ts} INFO  [export-svc] user=${pyFull(a)}(${d.n(a)}) role=经纪人 store=${a.store} action=EXPORT_CUSTOMER rows=${ri(20, 900)} file=客源_${t.y}${pad(t.m)}${pad(t.d)}.xlsx ip=10.${ri(1, 254)}.${ri(1, 254)}.${ri(1, 254)}`);
    else if (r < 0.6) {
      const p = newPerson('buyer', ck);
      const body = { id: d.dec('客源编号', kyNo(t, ri(1, 9999))), name: d.n(p), mobile: d.m(p, 'plain'), idCard: chance(0.6) ? d.id(p, 'plain') : null, email: chance(0.5) ? d.e(p) : '', owner: a.name, updateTime: +d.dec('时间戳', msEpoch(t)) };
      d.n(a);
      L.push(`${ts} INFO  [api] GET /api/customer/detail?id=${body.id} uid=${pyFull(a)} resp=${JSON.stringify(body)} traceId=${d.dec('traceId', traceId())}`);
    } else if (r < 0.75) {
      const o = newPerson('owner', ck);
      L.push(`${ts} WARN  [dlp-hook] user=${pyFull(a)} viewed owner phone: house=${d.dec('房源编号', fyNo(ck))} owner=${d.n(o)} phone=${d.m(o, 'plain')} count_today=${ri(20, 200)}`);
    } else if (r < 0.85) L.push(`${ts} INFO  [auth] login ok user=${d.e(a, ag)} from=${pick(['App', 'PC', 'H5'])} device=${d.dec('设备号', traceId().slice(0, 16).toUpperCase())}`);
    else {
      const p = newPerson('buyer', ck);
      L.push(`${ts} ERROR [sms-gw] send failed to=${d.dec('未分配号段', unallocMobile())} name=${d.n(p)} code=E${ri(100, 999)} msg="invalid number"`);
    }
  }
  emit(d, L.join('\n'));
}

// 18. 佣金发放明细
function kCommission() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('commission_sheet', ck); const t = rdate();
  const mem = shuffle(AGENTS[ck]).slice(0, ri(4, 10));
  const v = ri(0, 1);
  const L = [`${t.y}年${t.m}月 ${ag.short} 经纪人佣金发放明细（${pick(['内部', '机密', '财务专用'])}）`];
  if (v === 0) L.push('工号,姓名,身份证号,门店,职级,成交单数,结算单号,业绩(元),提成比例,应发佣金,个税,实发,工资卡号,开户行,邮箱');
  else L.push('| 工号 | 姓名 | 证件号码 | 门店 | 职级 | 成交房源 | 实发(元) | 工资卡 | 手机 |', '|---|---|---|---|---|---|---|---|');
  for (const a of mem) {
    const perf = ri(0, 40) * 1000, rate = pick([0.3, 0.35, 0.4, 0.45, 0.5]), gross = Math.round(perf * rate), tax = Math.round(gross * 0.08);
    const lvl = pick(['A1', 'A2', 'M1', ...TITLES_DECOY.slice(0, 3)]);
    const lv = TITLES_DECOY.includes(lvl) ? d.word('职级', lvl) : lvl;
    if (v === 0) L.push([d.dec('工号', a.work), d.n(a), d.id(a, 'plain'), d.word('门店', a.store), lv, ri(0, 4), d.dec('结算单号', `JS${t.y}${pad(t.m)}-${pad(ri(1, 999), 4)}`), perf, rate, gross, tax, gross - tax, d.c(a, 'plain', pick(['工商', '招商', '建设'])), a.card.bank, d.e(a, ag)].join(','));
    else L.push(`| ${d.dec('工号', a.work)} | ${d.n(a)} | ${d.id(a, 'plain')} | ${d.word('门店', a.store)} | ${lv} | ${d.est(pick(c.estates))}${d.dec('门牌', menpai(2))} | ${gross - tax} | ${d.c(a, 'g4', pick(['工商', '招商', '建设']))} | ${d.m(a)} |`);
  }
  L.push(`制表：${d.n(newPerson('staff', ck))}    财务审核：${d.n(newPerson('staff', ck))}`);
  emit(d, L.join('\n'));
}

// 19. 出售委托协议 (key-value form)
function kEntrust() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('entrust_form', ck); const t = rdate();
  const o = newPerson('owner', ck), a = agent(ck);
  const L = [chance(0.5) ? '房屋出售委托协议（独家）' : '房屋出租委托书', `委托编号：${d.dec('委托编号', `WT-${c.code}-${t.y}-${pad(ri(1, 99999), 5)}`)}`, '', '委托方（业主）：'];
  L.push(`  姓名：       ${d.n(o)}          性别：${o.sex === 'M' ? '男' : '女'}`);
  const passport = chance(0.12);
  if (passport) L.push(`  证件类型：   护照              证件号码：${d.pp(o)}`);
  else L.push(`  证件类型：   身份证            证件号码：${d.id(o, 'pdf')}`);
  L.push(`  联系电话：   ${d.m(o)}     其他联系方式：${chance(0.5) ? '微信同号' : d.m2(o)}`);
  if (chance(0.5)) L.push(`  电子邮箱：   ${d.e(o)}`);
  if (chance(0.3)) { const co = newPerson('owner', ck, { sex: o.sex === 'M' ? 'F' : 'M' }); L.push(`  共有权人：   ${d.n(co)}          证件号码：${d.id(co)}`); }
  L.push('', `受托方：${ag.name}`, `统一社会信用代码：${d.us(AG_USCC[ck])}`, '');
  L.push(`房屋坐落：${c.zh}市${pick(c.dists)}${d.est(pick(c.estates))}${d.dec('门牌', menpai(1))}`, `产权证号：${d.dec('产权证号', chance(0.5) ? c.oldCert() : c.cert())}`, `建筑面积：${d.dec('面积', area() + '㎡')}    装修：${d.word('装修', pick(DECOR))}`);
  L.push(`委托挂牌价：人民币 ${d.dec('价格', price() + ' 万元')}    底价：${price()}万`);
  L.push(`钥匙：${chance(0.5) ? '☑交由受托方保管（钥匙编号' + d.dec('钥匙编号', `K-${pad(ri(1, 999), 4)}`) + '）' : '□交由受托方保管  ☑业主自行看房'}`);
  L.push(`委托期限：${dCN(t)}至${dCN(addDays(t, 90))}`, '');
  L.push(`委托方签字：${o.name}        受托方经纪人：${d.n(a)}    执业证书号：${d.dec('执业证号', zyNo())}`, `经纪人电话：${d.m(a)}    门店：${d.word('门店', a.store)}`, `签署日期：${dISO(t)}`);
  emit(d, L.join('\n'));
}

// 20. 经纪人跟进笔记
function kNotes() {
  const ck = city(), c = CITY[ck], d = new Doc('agent_notes', ck); const t = rdate();
  const a = agent(ck);
  const L = [`${t.m}/${t.d} 跟进记录（${d.n(a)}）`, ''];
  const n = ri(3, 9);
  for (let i = 0; i < n; i++) {
    const p = newPerson(chance(0.5) ? 'buyer' : 'owner', ck);
    const r = R();
    if (r < 0.45) L.push(`- ${d.n(p)} ${d.m(p, pick(['plain', 'plain', 'sp', 'dash']))}，预算${price()}左右，想要${d.zone(pick(c.zones))}/${d.zone(pick(c.zones))}，${pick(['两居', '三居', '一居'])}，${pick(['必须满五唯一', '要学区', '不要顶层', '全款', '首套商贷'])}，${pick(['周六', '周日', '下周二'])}带看${d.est(pick(c.estates))}`);
    else if (r < 0.6) L.push(`- ${d.title(p)}那边${p.sex === 'M' ? '说老婆' : '说老公'}不同意降价，改天再约`);
    else if (r < 0.75) L.push(`- ${d.m(p)} ${d.title(p)} 首次来电，问${pick(['学区房', '地铁房', '租房', '商铺'])}，${pick(c.dists)}`);
    else if (r < 0.85) L.push(`- 业主${d.n(p)} 身份证${d.id(p, pick(['plain', 'plain', 'lx', 'sp']))} 已拍照，委托书${pick(['已签', '明天签'])}`);
    else if (r < 0.93) L.push(`- ${d.prose(p)}的房子${pick(['暂时不卖了', '涨价了' + ri(5, 20) + '万', '被同事抢了'])}`);
    else L.push(`- 客户邮箱 ${d.e(p)}（${d.n(p)}要电子版合同）`);
  }
  if (chance(0.4)) L.push('', `明天：${pick(['9:30', '10:00', '14:00'])} 约${d.est(pick(c.estates))}业主面谈，带${d.dec('门牌', menpai(2))}的钥匙`);
  emit(d, L.join('\n'));
}

// 21. 租客信息登记表 (to 派出所 / 社区)
function kTenantReg() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('tenant_register', ck); const t = rdate();
  const est = pick(c.estates);
  const L = [`${c.zh}市出租房屋承租人信息登记表`, `登记单位：${ag.name}（统一社会信用代码 ${d.us(AG_USCC[ck])}）`, `小区：${d.est(est)}    登记日期：${dISO(t)}`, '',
    '房号\t出租人\t出租人电话\t承租人\t性别\t证件类型\t证件号码\t承租人电话\t户籍地\t入住日期\t租赁合同编号\t月租金'];
  const n = ri(3, 10);
  for (let i = 0; i < n; i++) {
    const o = newPerson('owner', ck), tn = newPerson('tenant', ck);
    const ppt = !tn.minority && chance(0.1);
    L.push([d.dec('门牌', menpai(2)), d.n(o), d.m(o, 'plain'), d.n(tn), tn.sex === 'M' ? '男' : '女', ppt ? '护照' : '居民身份证', ppt ? d.pp(tn) : d.id(tn, 'plain'), d.m(tn, 'plain'),
      tn.id ? (tn.minority ? '新疆' : pick(['本市', '外省', '外省', '外省'])) : '—', dISO(addDays(t, -ri(0, 300))), d.dec('合同编号', htNo(ck, t)), d.dec('价格', ri(18, 120) * 100 + '元')].join('\t'));
  }
  L.push('', `登记人：${d.n(agent(ck))}    社区民警：${d.n(newPerson('staff', ck))}（签字）`);
  emit(d, L.join('\n'));
}

// 22. 房源广告 (mostly decoys; some with the agent's contact)
function kAd() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('listing_ad', ck);
  const est = pick(c.estates), a = agent(ck);
  const L = [`【${d.est(est)}】${pick(['满五唯一', '南北通透', '业主急售', '地铁口', '精装拎包入住'])} ${pick(['两居', '三居', '一居'])} ${d.dec('价格', price() + '万')}`, '',
    `小区：${est}    商圈：${d.zone(pick(c.zones))}`, `面积：${d.dec('面积', area() + '㎡')}    楼层：${pick(['中楼层', '高楼层', '低楼层'])}/${ri(6, 33)}层    朝向：${pick(['南北', '南', '东南'])}`,
    `装修：${d.word('装修', pick(DECOR))}    年代：${ri(1998, 2019)}年`, `房源编号：${d.dec('房源编号', fyNo(ck))}`, `VR看房：${d.dec('VR编号', 'vr' + ri(10000000, 99999999))}`, '',
    `房源亮点：${pick(['业主诚心出售，看房方便', '小区人车分流，绿化率高', '距地铁站步行5分钟', '对口重点小学'])}，${d.word('平台', pick(PLATFORMS))}同步在售。`];
  const r = R();
  if (r < 0.5) L.push('', `联系人：${d.n(a)}（${d.word('职务', pick(TITLES_DECOY))}）`, `电话：${d.m(a, pick(['plain', 'sp', 'dash']))}`);
  else if (r < 0.75) L.push('', `咨询热线：${d.dec('热线', `400-${ri(600, 899)}-${ri(1000, 9999)}`)} 转 ${ri(1000, 9999)}`, `门店：${d.word('门店', a.store)}  ${d.ld(STORE_TEL[ck][a.store])}`);
  else L.push('', `联系人：${d.dec('称谓', pick(['房东本人', '房东', '房东儿子']))}（微信同号，非诚勿扰）`, `经纪人勿扰`);
  emit(d, L.join('\n'));
}

// 23. 成交周报 (market report: numbers and place names, hardly any person)
function kMarket() {
  const ck = city(), c = CITY[ck], ag = AGENCY[ck], d = new Doc('market_report', ck); const t = rdate();
  const z = pick(c.zones);
  const L = [`${ag.short}市场研究部｜${d.zone(z)}片区二手房成交周报（${t.m}月第${ri(1, 4)}周）`, '', `数据来源：${c.zh}市住建委网签备案、${d.word('平台', pick(PLATFORMS))}挂牌数据、${ag.short}内部成交`, '',
    '小区 | 商圈 | 成交套数 | 成交均价(元/㎡) | 挂牌均价(元/㎡) | 环比 | 代表成交'];
  const n = ri(8, 18);
  for (const est of shuffle(c.estates).slice(0, Math.min(n, c.estates.length))) {
    const avg = ri(20000, 160000);
    L.push(`${d.est(est)} | ${d.zone(pick(c.zones))} | ${ri(0, 12)} | ${avg} | ${avg + ri(500, 9000)} | ${pick(['+', '-'])}${ri(0, 80) / 10}% | ${d.dec('门牌', menpai(2))} ${d.dec('面积', area() + '㎡')} ${d.dec('价格', price() + '万')}`);
  }
  L.push('', `本周${c.zh}二手住宅网签${ri(800, 4000)}套，环比${pick(['上涨', '下降'])}${ri(1, 20)}%；${d.zone(z)}挂牌量${ri(300, 3000)}套，带看量${ri(1000, 9000)}组。`);
  L.push(`重点成交：${d.est(pick(c.estates))}${d.dec('门牌', menpai(0))}，${d.dec('房源编号', fyNo(ck))}，${d.dec('网签备案号', c.wq())}。`);
  if (chance(0.4)) { const a = agent(ck); L.push('', `分析师：${d.n(a)}  ${d.e(a, ag)}`); }
  else L.push('', `市场研究部 ${d.dec('热线', `400-${ri(600, 899)}-${ri(1000, 9999)}`)}`);
  emit(d, L.join('\n'));
}

// 24. 楼盘字典 (building inventory: room by room, owners masked)
function kLoupan() {
  const ck = city(), c = CITY[ck], d = new Doc('loupan_dict', ck);
  const est = pick(c.estates), b = ri(1, 30), u = ri(1, 4);
  const L = [`楼盘字典  ${d.est(est)}  ${b}号楼${u}单元  共${ri(6, 33)}层  ${pick(['一梯两户', '两梯四户', '一梯三户'])}`, '房号\t房屋编码\t建筑面积\t户型\t状态\t业主\t电话\t最近成交'];
  const n = ri(8, 20);
  for (let i = 0; i < n; i++) {
    const r = `${ri(1, 33)}${pad(ri(1, 4))}`;
    const o = newPerson('owner', ck);
    const st = pick(['在售', '在租', '自住', '空置', '已成交', '未知']);
    const show = st === '在售' || st === '在租';
    L.push([r, d.dec('房屋编码', `${c.code}${pad(ri(1, 999), 4)}-${b}-${u}-${r}`), d.dec('面积', area()), pick(['2室1厅', '3室1厅', '3室2厅', '1室1厅']), st,
      show ? d.xName(o) : '', show ? d.xMob(o) : '', st === '已成交' ? `${dISO(rdate(2019, 2024))} ${d.dec('价格', price() + '万')}` : ''].join('\t'));
  }
  emit(d, L.join('\n'));
}

// ---------------------------------------------------------------- build
DECOY_WORDS = [...new Set([...CITY_KEYS.flatMap((k) => [...CITY[k].zones, ...CITY[k].estates]), ...PLATFORMS, ...TITLES_DECOY, ...DECOR, ...BANK_DECOY,
  ...CITY_KEYS.flatMap((k) => AGENCY[k].stores), '房东', '房东本人', '房东儿子', '所有人', '钱塘房屋'])];
// agents were created before DECOY_WORDS existed: re-check them
for (const ck of CITY_KEYS) for (let i = 0; i < AGENTS[ck].length; i++) {
  const p = AGENTS[ck][i];
  if (DECOY_WORDS.some((w) => w.includes(p.name) || p.name.includes(w))) { const q = newPerson('agent', ck); q.work = p.work; q.store = p.store; AGENTS[ck][i] = q; }
}

const PLAN = [[kKehu, 14], [kFangyuan, 14], [kDaikan, 14], [kLease, 16], [kDeposit, 14], [kGuohu, 12], [kWqJson, 14], [kWqXml, 10], [kChat, 18], [kWuyeFw, 12],
  [kWuyeXls, 10], [kRentBatch, 14], [kLoanMail, 16], [kOcr, 16], [kSms, 12], [kMinutes, 12], [kAudit, 12], [kCommission, 12], [kEntrust, 14], [kNotes, 14], [kTenantReg, 10], [kAd, 14], [kMarket, 12], [kLoupan, 10]];
// interleave kinds so the PRNG stream mixes them
const queue = []; for (const [f, n] of PLAN) for (let i = 0; i < n; i++) queue.push(f);
for (const f of shuffle(queue)) f();

// ---------------------------------------------------------------- self-check
const errors = [];
function occurs(det, v, text) {
  const t = text.normalize('NFKC');
  if (det === 'person_name_zh') return t.replace(/\s/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  const flat = t.replace(/[\s\-()+.']/g, '').toUpperCase();
  if (det === 'cn_resident_id') return flat.includes(v) || flat.includes(v.slice(0, 6) + v.slice(8, 17));
  if (det === 'cn_landline') return flat.includes(v) || flat.includes('86' + v.slice(1));
  return flat.includes(v.toUpperCase());
}
function entityValid(det, v) {
  switch (det) {
    case 'cn_resident_id': return idValid(v);
    case 'cn_mobile': return mobileAllocated(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return landlineValid(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v);
    default: return false;
  }
}
const ids = new Set();
for (const doc of docs) {
  if (ids.has(doc.id)) errors.push(`${doc.id}: duplicate id`); ids.add(doc.id);
  const ek = new Set();
  for (const e of doc.entities) {
    const k = e.detector + ':' + e.value;
    if (ek.has(k)) errors.push(`${doc.id}: duplicate entity ${k}`); ek.add(k);
    if (!occurs(e.detector, e.value, doc.text)) errors.push(`${doc.id}: entity not in text ${k}`);
    if (!entityValid(e.detector, e.value)) errors.push(`${doc.id}: entity invalid ${k}`);
  }
  for (const e of doc.dontCare) if (ek.has(e.detector + ':' + e.value)) errors.push(`${doc.id}: dontCare also entity ${e.detector}:${e.value}`);
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy not in text ${x.kind}:${x.text}`);
    if (isValidAny(x.text)) errors.push(`${doc.id}: decoy is a valid value ${x.kind}:${x.text}`);
    const xn = normVal('x', x.text);
    for (const e of [...doc.entities, ...doc.dontCare]) {
      if (e.value.length < 2) continue;
      const en = e.value;
      if (xn === en || xn.includes(en) || (xn.length >= 2 && en.includes(xn) && e.detector === 'person_name_zh')) errors.push(`${doc.id}: decoy ${x.kind}:${x.text} overlaps label ${e.detector}:${e.value}`);
      if (e.detector !== 'person_name_zh' && normVal(e.detector, x.text) === en) errors.push(`${doc.id}: decoy equals ${e.detector}:${en}`);
    }
  }
}

// ---------------------------------------------------------------- summary and output
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
for (const doc of docs) {
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of doc.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of doc.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of doc.decoys) perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1;
}
const MIN = { person_name_zh: 400, cn_mobile: 150, cn_resident_id: 150, bank_card: 150, email: 150 };
for (const [k, v] of Object.entries(MIN)) if ((perDet[k] || 0) < v) errors.push(`too few ${k}: ${perDet[k] || 0} < ${v}`);
const nEnt = Object.values(perDet).reduce((a, b) => a + b, 0), nDec = Object.values(perDecoy).reduce((a, b) => a + b, 0);
if (nDec < nEnt) errors.push(`fewer decoys (${nDec}) than entities (${nEnt})`);
if (Object.keys(perKind).length < 15) errors.push('fewer than 15 kinds');

console.log(`documents: ${docs.length} in ${Object.keys(perKind).length} kinds`);
for (const [k, v] of Object.entries(perKind).sort()) console.log(`  ${k.padEnd(20)} ${v}`);
console.log(`entities: ${nEnt}`);
for (const [k, v] of Object.entries(perDet).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);
console.log('dontCare:');
for (const [k, v] of Object.entries(perDc).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);
console.log(`decoys: ${nDec}`);
for (const [k, v] of Object.entries(perDecoy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(20)} ${v}`);

if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 40)) console.error('  ' + e); process.exit(1); }
writeFileSync(OUT, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');
console.log(`self-check ok; wrote ${OUT}`);
