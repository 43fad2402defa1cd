#!/usr/bin/env node
/*
 * hr.mjs — independent labelled test corpus for listguard, theme "hr" (id prefix "hr").
 *
 * Theme: personal data in recruiting and HR work (not payroll): 简历 text, 招聘系统导出
 * (智联/前程无忧/BOSS直聘/猎聘/Moka style), 面试安排 mails, 录用通知, 入职登记表, 员工花名册,
 * 背景调查报告, 离职交接单, 劳动合同 party blocks, 体检通知, 内推名单, 猎头 mails,
 * 员工通讯录 and HR WeChat chats. Decoys are central: 工号 (incl. 11-digit ones starting
 * with 1), 分机号, 职位编号, 学号, 毕业证/学位证编号, 社保电脑号, 公积金账号, 合同编号,
 * 简历编号/投递ID, ms timestamps, salaries, dates, company/school names, job titles,
 * masked phones/IDs/cards/names.
 *
 * Usage:  node hr.mjs OUT.jsonl
 *
 * Output: one JSON object per line
 *   {"id":"hr-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any id
 *
 * Normalisation of values: cn_resident_id 18 chars upper-case X (legacy 15-digit numbers are
 * upgraded to 18); cn_mobile 11 digits without +86/0086; cn_landline digits incl. leading 0 and
 * area code; email lower-case; bank_card digits only; cn_passport upper-case; cn_uscc 18 chars
 * upper-case; person_name_zh as written (middle dot kept), without titles/spaces/pinyin.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node hr.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG (mulberry32, fixed seed)
let _s = 0x25a7c0de >>> 0;
function rnd() {
  _s = (_s + 0x6D2B79F5) | 0;
  let t = Math.imul(_s ^ (_s >>> 15), 1 | _s);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function wpick(items) {
  let t = 0; for (const [, w] of items) t += w;
  let x = rnd() * t;
  for (const [it, w] of items) { x -= w; if (x < 0) return it; }
  return items[items.length - 1][0];
}
function shuffle(a) { a = [...a]; for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const nz = (n) => String(ri(1, 9)) + digits(n - 1);
function listLen() {
  const b = wpick([['s', 3], ['m', 5], ['l', 3], ['xl', 1.4]]);
  return b === 's' ? ri(1, 3) : b === 'm' ? ri(4, 12) : b === 'l' ? ri(13, 30) : ri(31, 80);
}
const toFW = (s) => [...s].map((c) => (c >= '0' && c <= '9') ? String.fromCharCode(c.charCodeAt(0) + 0xFEE0) : c).join('');

// ---------------------------------------------------------------- names
const SUR = (`王:wang:70 李:li:70 张:zhang:68 刘:liu:53 陈:chen:46 杨:yang:31 黄:huang:22 赵:zhao:21 吴:wu:20 周:zhou:20 ` +
  `徐:xu:14 孙:sun:14 马:ma:13 朱:zhu:12 胡:hu:12 郭:guo:11 何:he:11 高:gao:10 林:lin:10 罗:luo:10 郑:zheng:10 梁:liang:10 ` +
  `谢:xie:8 宋:song:8 唐:tang:8 许:xu:7 韩:han:7 冯:feng:7 邓:deng:7 曹:cao:7 彭:peng:6 曾:zeng:6 肖:xiao:6 田:tian:6 董:dong:6 ` +
  `袁:yuan:5 潘:pan:5 于:yu:5 蒋:jiang:5 蔡:cai:5 余:yu:5 杜:du:5 叶:ye:5 程:cheng:5 苏:su:4 魏:wei:4 吕:lv:4 丁:ding:4 任:ren:4 ` +
  `沈:shen:4 姚:yao:4 卢:lu:4 姜:jiang:4 崔:cui:3 钟:zhong:3 谭:tan:3 陆:lu:3 汪:wang:3 范:fan:3 金:jin:3 石:shi:3 廖:liao:3 ` +
  `贾:jia:3 夏:xia:3 韦:wei:3 付:fu:3 方:fang:3 白:bai:3 邹:zou:3 孟:meng:3 熊:xiong:3 秦:qin:3 邱:qiu:3 江:jiang:3 尹:yin:3 ` +
  `薛:xue:3 闫:yan:3 段:duan:3 雷:lei:3 侯:hou:3 龙:long:3 史:shi:2 陶:tao:2 黎:li:2 贺:he:2 顾:gu:2 毛:mao:2 郝:hao:2 龚:gong:2 ` +
  `邵:shao:2 万:wan:2 钱:qian:2 严:yan:2 覃:qin:2 武:wu:2 戴:dai:2 莫:mo:2 孔:kong:2 向:xiang:2 常:chang:2 关:guan:1 文:wen:1 ` +
  `安:an:1 成:cheng:1 易:yi:1 费:fei:1 时:shi:1 华:hua:1 欧阳:ouyang:4 上官:shangguan:2 皇甫:huangfu:2 令狐:linghu:2 诸葛:zhuge:2 ` +
  `司徒:situ:2 司马:sima:2 申屠:shentu:1 夏侯:xiahou:1 慕容:murong:1 尉迟:yuchi:1 东方:dongfang:1 宇文:yuwen:1 端木:duanmu:1 ` +
  `公孙:gongsun:1 呼延:huyan:1`).split(' ').map((s) => { const [c, p, w] = s.split(':'); return [[c, p], +w]; });
const GIVEN = (`伟:wei 芳:fang 娜:na 敏:min 静:jing 丽:li 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 艳:yan 杰:jie 娟:juan 涛:tao ` +
  `明:ming 超:chao 秀:xiu 霞:xia 平:ping 刚:gang 桂:gui 英:ying 华:hua 玉:yu 萍:ping 红:hong 建:jian 国:guo 辉:hui 力:li ` +
  `峰:feng 鹏:peng 晨:chen 浩:hao 宇:yu 轩:xuan 梓:zi 涵:han 欣:xin 怡:yi 佳:jia 琪:qi 雨:yu 萱:xuan 子:zi 思:si 博:bo 俊:jun ` +
  `凯:kai 婷:ting 雪:xue 慧:hui 颖:ying 倩:qian 晓:xiao 丹:dan 蕾:lei 璐:lu 琳:lin 瑶:yao 昊:hao 然:ran 嘉:jia 睿:rui 泽:ze ` +
  `航:hang 铭:ming 骏:jun 志:zhi 远:yuan 海:hai 波:bo 斌:bin 宁:ning 鑫:xin 亮:liang 晶:jing 燕:yan 青:qing 春:chun 梅:mei ` +
  `兰:lan 雯:wen 楠:nan 彤:tong 诗:shi 可:ke 一:yi 诺:nuo 若:ruo 天:tian 乐:le 奕:yi 逸:yi 翔:xiang 毅:yi 哲:zhe 健:jian ` +
  `德:de 永:yong 荣:rong 立:li 新:xin 松:song 岩:yan 坤:kun 宏:hong 云:yun 飞:fei 帆:fan 阳:yang 蓉:rong 莉:li 薇:wei 露:lu ` +
  `冰:bing 月:yue 晴:qing 悦:yue 菲:fei 卓:zhuo 瑞:rui 祥:xiang 福:fu 良:liang 秋:qiu 东:dong 振:zhen 家:jia 梦:meng 欢:huan ` +
  `语:yu 桐:tong 沐:mu 瀚:han 霖:lin 煜:yu 韬:tao 旭:xu 舒:shu 蕊:rui 珊:shan 莹:ying 雅:ya 茜:qian 婧:jing 炜:wei`)
  .split(' ').map((s) => s.split(':'));
const UY1 = [['买买提', 'maimaiti'], ['艾力', 'aili'], ['阿不都', 'abudu'], ['热依拉', 'reyila'], ['阿依古丽', 'ayiguli'], ['迪丽努尔', 'dilinuer'],
  ['艾合买提', 'aihemaiti'], ['帕提古丽', 'patiguli'], ['依明', 'yiming'], ['阿布来提', 'abulaiti'], ['热合曼', 'reheman'], ['古丽米拉', 'gulimila'], ['努尔兰', 'nuerlan']];
const UY2 = [['吐尔逊', 'tuerxun'], ['艾力', 'aili'], ['阿不都拉', 'abudula'], ['玉素甫', 'yusufu'], ['买买提', 'maimaiti'], ['伊力哈木', 'yilihamu'],
  ['热合曼', 'reheman'], ['克里木', 'kelimu'], ['司马义', 'simayi'], ['吾斯曼', 'wusiman']];
const NOSUR = [['扎西顿珠', 'zhaxidunzhu', '540102'], ['次仁卓玛', 'cirenzhuoma', '540102'], ['德吉央宗', 'dejiyangzong', '540102'],
  ['尼玛次仁', 'nimaciren', '540102'], ['旦增', 'danzeng', '540102'], ['格桑梅朵', 'gesangmeiduo', '540102'], ['巴特尔', 'bateer', '150102'],
  ['其其格', 'qiqige', '150203'], ['苏日娜', 'surina', '150102'], ['斯琴高娃', 'siqingaowa', '150102']];
const ENG = { M: ['David', 'Kevin', 'Jason', 'Eric', 'Leo', 'Tony', 'Jack', 'Frank', 'Allen', 'Peter', 'Michael', 'Steven'],
  F: ['Vivian', 'Amy', 'Cathy', 'Grace', 'Iris', 'Sunny', 'Cindy', 'Helen', 'Emma', 'Lily', 'Joyce', 'Nina'] };

// ---------------------------------------------------------------- identifiers
const REGIONS = ('110101 110102 110105 110106 110108 110114 120101 120104 120111 130102 130104 130682 140105 140106 150102 ' +
  '150203 210102 210203 210106 220102 220104 230102 230103 310101 310104 310105 310107 310110 310112 310115 320102 320106 ' +
  '320205 320281 320505 320583 330102 330106 330108 330382 330203 340104 340111 350102 350203 350581 360102 370102 370202 ' +
  '370181 410105 410381 420106 420111 430104 430102 431121 440103 440104 440106 440304 440305 440306 440982 441581 450103 ' +
  '450881 460105 500103 500106 500228 510104 510107 511002 513401 520102 522601 530102 532901 610113 610103 620102 630102 ' +
  '640104 650102 110103 110104').split(' ');
const XJ = ['650102', '652801', '653101', '654002', '653201'];
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '));
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b17) => '10X98765432'[[...b17].reduce((s, c, i) => s + (+c) * IDW[i], 0) % 11];
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function validDate8(s) { const y = +s.slice(0, 4), m = +s.slice(4, 6), d = +s.slice(6, 8); return y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }
function validID(v) { return /^\d{17}[\dX]$/.test(v) && PROV.has(v.slice(0, 2)) && validDate8(v.slice(6, 14)) && idCheck(v.slice(0, 17)) === v[17]; }
const USED = new Set();
function uniq(gen) { for (let i = 0; i < 1000; i++) { const v = gen(); if (v && !USED.has(v)) { USED.add(v); return v; } } throw new Error('uniq'); }
function mkID(by0, by1, gender, region) {
  return uniq(() => {
    const y = ri(by0, by1), m = ri(1, 12), d = ri(1, dim(y, m));
    let seq = ri(0, 99) * 10 + (gender === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    if (seq === 0) seq = 2;
    const b = (region || pick(REGIONS)) + y + pad(m, 2) + pad(d, 2) + pad(seq, 3);
    return b + idCheck(b);
  });
}
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
const MOBP = [...'130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 180 181 182 183 184 185 186 187 188 189'
  .split(' ').map((p) => [p, 4]), ...'145 147 166 170 171 172 173 175 176 177 178 190 191 192 193 195 196 197 198 199 162 165 167'
  .split(' ').map((p) => [p, 1])];
const MOB_RE = /^1(3\d|4[57]|5[0-35-9]|6[25-7]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
const mkMobile = () => uniq(() => { const m = wpick(MOBP) + digits(8); return /(\d)\1{5}/.test(m) || m === '13800138000' ? null : m; });
function luhnOk(s) { let sum = 0; for (let i = 0; i < s.length; i++) { let d = +s[s.length - 1 - i]; if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; } return sum % 10 === 0; }
function luhnFinish(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; }
const BANKS = [['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国农业银行', '622848', 19], ['中国建设银行', '621700', 19],
  ['中国建设银行', '436742', 19], ['中国银行', '621661', 19], ['中国银行', '456351', 19], ['招商银行', '622588', 16], ['招商银行', '621485', 16],
  ['交通银行', '622262', 19], ['中国邮政储蓄银行', '621799', 19], ['浦发银行', '622521', 16], ['中信银行', '622690', 16], ['兴业银行', '622909', 18],
  ['平安银行', '622155', 16], ['民生银行', '622622', 16], ['广发银行', '622568', 16], ['宁波银行', '623058', 19], ['招商银行', '518710', 16],
  ['中国银行', '524864', 16]];
const mkCard = (bank) => uniq(() => luhnFinish(bank[1] + digits(bank[2] - 7)));
const AREAS = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8,
  '0512': 8, '0731': 8, '0371': 8, '0551': 8, '0532': 8, '0592': 7, '0931': 7, '0769': 8, '0757': 8, '0574': 8, '0591': 8, '0871': 8 };
const mkLand = (area) => uniq(() => area + ri(2, 8) + digits(AREAS[area] - 1));
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(b8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function validUSCC(v) { return v.length === 18 && [...v].every((c) => UA.includes(c)) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16]; }
function mkUSCC(region) {
  return uniq(() => {
    const body = chance(0.65) ? 'MA' + Array.from({ length: 6 }, () => UA[ri(0, 30)]).join('') : nz(8);
    const b17 = pick(['91', '91', '91', '91', '92', '12', '52']) + region + body + orgCheck(body);
    return b17 + usccCheck(b17);
  });
}
const mkPassport = () => uniq(() => chance(0.6) ? 'E' + 'ABCDEFGHJKLMNPQRSTUVWXYZ'[ri(0, 23)] + digits(7) : 'E' + digits(8));

// ---------------------------------------------------------------- orgs, schools, vocab
const BRANDS = [['恒泰', 'hengtai'], ['星河', 'xinghe'], ['远景', 'yuanjing'], ['云帆', 'yunfan'], ['博瑞', 'borui'], ['睿达', 'ruida'], ['启明', 'qiming'],
  ['华信', 'huaxin'], ['汇通', 'huitong'], ['鼎盛', 'dingsheng'], ['瑞丰', 'ruifeng'], ['嘉和', 'jiahe'], ['卓越', 'zhuoyue'], ['天成', 'tiancheng'],
  ['凌云', 'lingyun'], ['新锐', 'xinrui'], ['蓝鲸', 'lanjing'], ['极光', 'jiguang'], ['数智', 'shuzhi'], ['众合', 'zhonghe'], ['安联', 'anlian'],
  ['明远', 'mingyuan'], ['海纳', 'haina'], ['青禾', 'qinghe'], ['光年', 'guangnian'], ['知行', 'zhixing'], ['拓普', 'tuopu'], ['金桥', 'jinqiao'],
  ['万象', 'wanxiang'], ['优创', 'youchuang'], ['北辰', 'beichen'], ['长风', 'changfeng']];
const CITIES = [['北京', '010', '110108'], ['上海', '021', '310115'], ['深圳', '0755', '440305'], ['广州', '020', '440106'], ['杭州', '0571', '330106'],
  ['成都', '028', '510107'], ['武汉', '027', '420111'], ['南京', '025', '320106'], ['西安', '029', '610113'], ['苏州', '0512', '320505'],
  ['天津', '022', '120104'], ['重庆', '023', '500103'], ['长沙', '0731', '430104'], ['郑州', '0371', '410105'], ['合肥', '0551', '340104'],
  ['青岛', '0532', '370202'], ['厦门', '0592', '350203'], ['兰州', '0931', '620102'], ['东莞', '0769', '441900'], ['宁波', '0574', '330203']];
const INDUSTRY = ['科技', '信息技术', '网络科技', '智能科技', '电子商务', '软件', '生物医药', '新能源', '供应链管理', '文化传媒', '教育科技', '智能制造', '物流', '医疗器械'];
const BIGCO = ['阿里巴巴', '腾讯', '字节跳动', '华为技术有限公司', '美团', '京东', '百度', '网易', '小米科技', '拼多多', '快手', '中兴通讯', '顺丰速运', '平安科技', '招商银行总行', '比亚迪'];
function mkCompany(city) {
  const c = city || pick(CITIES), b = pick(BRANDS);
  const name = `${c[0]}${chance(0.4) ? '市' : ''}${b[0]}${pick(INDUSTRY)}${pick(['有限公司', '有限公司', '股份有限公司', '集团有限公司'])}`;
  const domain = `${b[1]}${pick(['', '', 'tech', 'group', '-inc', 'hr'])}.${pick(['com', 'com', 'com.cn', 'cn', 'net'])}`;
  return { name, brand: b[0], domain, city: c, board: mkLand(c[1]) };
}
const SCHOOLS = [['北京大学', '10001'], ['浙江大学', '10335'], ['华中科技大学', '10487'], ['武汉大学', '10486'], ['中山大学', '10558'], ['电子科技大学', '10614'],
  ['西安电子科技大学', '10701'], ['南京大学', '10284'], ['复旦大学', '10246'], ['同济大学', '10247'], ['四川大学', '10610'], ['山东大学', '10422'],
  ['郑州大学', '10459'], ['深圳大学', '10590'], ['杭州电子科技大学', '10336'], ['北京邮电大学', '10013'], ['华南理工大学', '10561'], ['东北大学', '10145'],
  ['吉林大学', '10183'], ['湖南大学', '10532'], ['厦门大学', '10384'], ['重庆邮电大学', '10617'], ['南京邮电大学', '10293'], ['广东工业大学', '10011']];
const MAJORS = ['计算机科学与技术', '软件工程', '人力资源管理', '工商管理', '电子信息工程', '会计学', '市场营销', '自动化', '通信工程', '统计学', '汉语言文学', '机械设计制造及其自动化', '法学'];
const TITLES = ['Java开发工程师', '高级前端工程师', '产品经理', '数据分析师', '算法工程师', '测试工程师', '运维工程师', 'UI设计师', '人力资源专员', '招聘专员',
  'HRBP', '销售经理', '客户经理', '财务专员', '行政助理', '市场专员', '新媒体运营', '供应链专员', '采购工程师', '嵌入式软件工程师', '硬件工程师', '项目经理',
  '技术总监', '法务专员', '大客户销售', '门店店长', '仓库管理员', '电气工程师', '机械设计工程师', '质量工程师', 'Golang后端开发', '资深交互设计师'];
const DEPTS = ['技术研发中心', '产品部', '人力资源部', '财务部', '市场部', '销售一部', '销售二部', '运营中心', '行政部', '法务部', '供应链管理部', '质量管理部',
  '客户成功部', '数据平台部', '华东大区', '华南大区', '基础架构组', '品牌中心'];
const IV_TITLES = ['技术总监', '部门经理', 'HRBP', '架构师', '产品总监', 'CTO', '招聘经理', '研发经理', '业务负责人'];
const STATUS = ['待筛选', '初筛通过', '待面试', '一面通过', '二面', 'HR面', '已发offer', '已入职', '不合适', '人才库', '已淘汰', '待沟通', '未接通'];
const SOURCES = ['BOSS直聘', '智联招聘', '前程无忧', '猎聘', '内推', '官网', '拉勾', '校园招聘', '猎头推荐'];
const RELS = ['父亲', '母亲', '配偶', '丈夫', '妻子', '哥哥', '姐姐', '弟弟', '妹妹', '朋友'];
const EDU = ['本科', '硕士', '大专', '博士', '本科', '本科'];
const ROLEBOX = ['hr', 'zhaopin', 'recruit', 'campus', 'talent', 'hrbp', 'offer', 'jobs', 'hr-service', 'renshi'];

// ---------------------------------------------------------------- formats & normalisation
function fmtMob(m, st) {
  switch (st) {
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'space': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86': return `+86${m}`;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86d': return `+86-${m}`;
    case '0086': return `0086 ${m}`;
    case 'paren': return `(+86)${m}`;
    case 'fw': return toFW(m);
    default: return m;
  }
}
const mobStyleR = () => wpick([['plain', 70], ['dash', 8], ['space', 8], ['p86', 4], ['p86s', 3], ['p86d', 2], ['0086', 2], ['paren', 1.5], ['fw', 1.5]]);
function fmtID(v, st) {
  if (st === 'lower') return v.replace('X', 'x');
  if (st === 'space') return `${v.slice(0, 6)} ${v.slice(6, 14)} ${v.slice(14)}`;
  if (st === 'fw') return toFW(v);
  return v;
}
function fmtCard(v, st) {
  if (st === 'space4') return v.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (st === 'dash4') return v.replace(/(\d{4})(?=\d)/g, '$1-');
  return v;
}
function fmtLand(v, st) {
  const a = Object.keys(AREAS).find((k) => v.startsWith(k)), n = v.slice(a.length);
  switch (st) {
    case 'paren': return `(${a})${n}`;
    case 'fwparen': return `（${a}）${n}`;
    case 'space': return `${a} ${n.slice(0, n.length - 4)} ${n.slice(-4)}`;
    case 'p86': return `+86 ${a.slice(1)} ${n}`;
    case 'plain': return v;
    default: return `${a}-${n}`;
  }
}
const landStyleR = () => wpick([['dash', 6], ['paren', 1.5], ['fwparen', 1], ['space', 1], ['p86', 0.7], ['plain', 0.8]]);
function normalize(det, raw) {
  const s = raw.normalize('NFKC');
  if (det === 'cn_mobile') { let d = s.replace(/\D/g, ''); if (d.length === 15 && d.startsWith('0086')) d = d.slice(4); if (d.length === 13 && d.startsWith('86')) d = d.slice(2); return d; }
  if (det === 'cn_resident_id') { const v = s.replace(/[\s-]/g, '').toUpperCase(); return v.length === 15 ? upgrade15(v) : v; }
  if (det === 'bank_card') return s.replace(/\D/g, '');
  if (det === 'cn_landline') { let d = s.replace(/\D/g, ''); if (/^\+86|^0086/.test(s.trim())) d = '0' + d.replace(/^(0086|86)/, ''); return d; }
  if (det === 'email') return s.toLowerCase();
  if (det === 'cn_passport' || det === 'cn_uscc') return s.replace(/[\s-]/g, '').toUpperCase();
  return s.replace(/\s+/g, '');
}

// ---------------------------------------------------------------- persons
function mkPerson(o = {}) {
  const by0 = o.by0 ?? 1968, by1 = o.by1 ?? 2002;
  const gender = chance(0.5) ? 'M' : 'F';
  let name, sur = null, pys, pyg, region = null, kind = 'han', gi = null;
  const r = rnd();
  if (r < 0.03) {
    const a = pick(UY1), b = pick(UY2.filter((x) => x[0] !== a[0]));
    name = a[0] + (chance(0.9) ? '·' : '•') + b[0]; pys = a[1]; pyg = b[1]; region = pick(XJ); kind = 'uy';
  } else if (r < 0.045) {
    const t = pick(NOSUR); name = t[0]; pys = t[1]; pyg = ''; region = t[2]; kind = 'nosur';
  } else {
    const s = wpick(SUR); const n = chance(0.72) ? 2 : 1;
    const g = Array.from({ length: n }, () => pick(GIVEN));
    if (n === 2 && g[0][0] === g[1][0] && chance(0.5)) g[1] = pick(GIVEN);
    sur = s[0]; name = s[0] + g.map((x) => x[0]).join(''); pys = s[1]; pyg = g.map((x) => x[1]).join(''); gi = g.map((x) => x[1][0]).join('');
  }
  const by = ri(by0, by1);
  const p = { name, sur, kind, gender, by, pys, pyg, ini: gi || pyg.slice(0, 1), eng: chance(0.22) ? pick(ENG[gender]) : null };
  p.id = mkID(by, by, gender, region || undefined);
  p.mobile = mkMobile();
  p.bank = pick(BANKS); p.card = mkCard(p.bank);
  p.pemail = personalEmail(p);
  return p;
}
function personalEmail(p) {
  const dom = wpick([['qq.com', 5], ['163.com', 5], ['126.com', 2], ['foxmail.com', 1.5], ['sina.com', 1], ['gmail.com', 1.5], ['outlook.com', 1.5],
    ['hotmail.com', 0.7], ['139.com', 1], ['yeah.net', 0.5], ['aliyun.com', 0.5], ['icloud.com', 0.8], ['sohu.com', 0.3]]);
  if (dom === '139.com') return `${p.mobile}@139.com`;
  if (dom === 'qq.com' && chance(0.6)) return uniq(() => `${ri(1, 3)}${digits(ri(5, 9))}@qq.com`);
  const s = p.pys, g = p.pyg || 'x', y = String(p.by);
  const local = pick([s + g, `${s}.${g}`, `${g}.${s}`, s + g + y.slice(2), `${s}_${g}`, s + g + ri(1, 999), s + p.ini + y, (p.eng ? p.eng.toLowerCase() + '.' + s : s + g + '666')]);
  return uniq(() => `${local}${chance(0.15) ? ri(10, 99) : ''}@${dom}`);
}
const workEmail = (p, co) => uniq(() => `${pick([p.pys + p.pyg, `${p.pyg || p.pys}.${p.pys}`, `${p.pys}.${p.pyg || 'a'}`, p.pys + p.ini, (p.eng ? `${p.eng.toLowerCase()}.${p.pys}` : p.pys + p.pyg)])}${chance(0.12) ? ri(1, 9) : ''}@${co.domain}`);

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); this.names = new Set(); this.ms = chance(0.7) ? mobStyleR() : null; }
  _add(map, det, value, raw) { const k = det + '\u0000' + value; if (!map.has(k)) map.set(k, { detector: det, value, raws: new Set() }); map.get(k).raws.add(raw); return raw; }
  ent(det, value, raw = value) { return this._add(this.E, det, value, raw); }
  dc(det, value, raw = value) { return this._add(this.D, det, value, raw); }
  dec(kind, text) { text = String(text); if (!this.X.has(text)) this.X.set(text, { kind, text }); return text; }
  person(o) { for (let i = 0; i < 50; i++) { const p = mkPerson(o); if (!this.names.has(p.name)) { this.names.add(p.name); return p; } } throw new Error('names'); }
  people(n, o) { return Array.from({ length: n }, () => this.person(o)); }
  nm(p) { return this.ent('person_name_zh', p.name); }
  // form-style padding of two-character names: 王  芳 / 王　芳 (value stays 王芳)
  nmPad(p, pr = 0.25) { return [...p.name].length === 2 && chance(pr) ? this.ent('person_name_zh', p.name, [...p.name].join(pick([' ', '  ', '　']))) : this.nm(p); }
  nmE(p) { const r = pick([0, 1, 2, 3]); return p.eng ? [`${this.nm(p)} ${p.eng}`, `${this.nm(p)}（${p.eng}）`, `${p.eng} ${this.nm(p)}`, `${this.nm(p)}(${p.eng})`][r] : this.nm(p); }
  // surname + title (张先生 / 王女士 / 小李): the lone surname is dontCare; names without a surname stay entities
  call(p, title) { if (!p.sur) return this.nm(p) + (title || ''); title = title || (p.gender === 'M' ? '先生' : '女士'); this.dc('person_name_zh', p.sur); return title === '小' ? '小' + p.sur : p.sur + title; }
  mob(m, st) { return this.ent('cn_mobile', m, fmtMob(m, st || this.ms || mobStyleR())); }
  rid(v, st) { st = st || wpick([['plain', 88], ['lower', 6], ['space', 4], ['fw', 2]]); if (st === 'lower' && !v.endsWith('X')) st = 'plain'; return this.ent('cn_resident_id', v, fmtID(v, st)); }
  card(v, st) { return this.ent('bank_card', v, fmtCard(v, st || wpick([['plain', 70], ['space4', 25], ['dash4', 5]]))); }
  mail(v, st) {
    const raw = st === 'cap' || (!st && chance(0.06)) ? v[0].toUpperCase() + v.slice(1) : v;
    const local = v.split('@')[0];
    if (MOB_RE.test(local)) this.ent('cn_mobile', local); // <mobile>@139.com exposes the mobile too (cn-formats §10)
    return this.ent('email', v.toLowerCase(), raw);
  }
  role(co, box) { const v = `${box || pick(ROLEBOX)}@${co.domain}`; return this.dc('email', v); }
  land(v, st, care = true) { const raw = fmtLand(v, st || landStyleR()); return care ? this.ent('cn_landline', v, raw) : this.dc('cn_landline', v, raw); }
  board(co, st) { return this.land(co.board, st, false); }
  masked(m) { return this.dec('masked_phone', pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`])); }
  maskedId(v) { return this.dec('masked_id', pick([`${v.slice(0, 6)}********${v.slice(14)}`, `${v.slice(0, 3)}***********${v.slice(14)}`, `${v.slice(0, 4)}**********${v.slice(14)}`])); }
  maskedCard(v) { return this.dec('masked_card', pick([`${v.slice(0, 4)} **** **** ${v.slice(-4)}`, `${v.slice(0, 6)}******${v.slice(-4)}`, `尾号${v.slice(-4)}`])); }
  maskedName(p) { const s = p.sur || p.name.slice(0, 1); return this.dec('masked_name', pick([s + '*', s + '**', s + '某', s + '某某', s + '*' + p.name.slice(-1)])); }
}

// ---------------------------------------------------------------- decoy value generators
function empNoGen() {
  const st = wpick([['n6', 3], ['n8', 3], ['alpha', 2], ['E8', 1], ['n11', 1.5], ['n11hard', 1.5], ['n7', 1], ['n9', 1]]);
  const pfx = pick(['HR', 'SZ', 'BJ', 'YF', 'A', 'T', 'KD']);
  return () => uniq(() => {
    switch (st) {
      case 'n6': return nz(6);
      case 'n8': return `${ri(2008, 2024)}${pad(ri(1, 9999), 4)}`;
      case 'alpha': return `${pfx}${pad(ri(1, 99999), 5)}`;
      case 'E8': return `E${ri(2010, 2024)}${pad(ri(1, 9999), 4)}`;
      case 'n11': return `10${digits(9)}`;
      case 'n11hard': return `1${ri(3, 9)}${ri(0, 9)}${pad(ri(10, 24), 2)}${pad(ri(1, 12), 2)}${pad(ri(1, 9999), 4)}`;
      case 'n7': return nz(7);
      default: return `${ri(1, 9)}${pad(ri(10, 24), 2)}${digits(6)}`;
    }
  });
}
const extGen = () => { const b = pick(['8', '6', '3', '']); return () => uniq(() => b ? b + digits(3) : nz(3)); };
const jobCode = () => pick([`JD${ri(2023, 2024)}${pad(ri(1, 12), 2)}-${pad(ri(1, 999), 3)}`, `CC${nz(9)}J${ri(3, 6)}${digits(10)}`, `P-${ri(2023, 2024)}-${pad(ri(1, 9999), 4)}`,
  `${nz(8)}`, `R${ri(10000, 99999)}`, `ZP${ri(2023, 2024)}${pad(ri(1, 999), 4)}`]);
const snow = () => uniq(() => `${pick(['17', '18'])}${digits(17)}`);
const resumeId = () => uniq(() => pick([`ZL${nz(9)}`, `${nz(9)}`, `R${ri(2023, 2024)}${pad(ri(1, 12), 2)}${digits(6)}`, snow(), `51job_${nz(9)}`]));
const studentNo = (y) => uniq(() => pick([`${y}${digits(6)}`, `${y}${digits(8)}`, `U${y}${digits(5)}`]));
const diplomaNo = (school, y, lvl) => uniq(() => `${school}1${y}${lvl}00${digits(4)}`);
const degreeNo = (school, y) => uniq(() => `${school}${pick(['4', '3', '2'])}${y}${pad(ri(1, 9999), 6)}`);
const sbNo = () => uniq(() => pick([nz(9), nz(10), `${ri(1, 9)}${digits(7)}`]));
const gjjNo = () => uniq(() => pick([nz(12), nz(12), `${nz(9)}${digits(3)}`]));
const contractNo = (y) => uniq(() => pick([`HT-${y}-${pad(ri(1, 9999), 4)}`, `LD${y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pad(ri(1, 999), 3)}`, `（${y}）劳字第${pad(ri(1, 999), 4)}号`, `${y}RS${pad(ri(1, 9999), 5)}`]));
const posCode = () => pick([`GW-${pick(['RD', 'HR', 'FN', 'MK', 'SL', 'OP'])}-${pad(ri(1, 999), 4)}`, `${pick(['T', 'M', 'P', 'S'])}${ri(1, 9)}${pad(ri(1, 999), 3)}`, `${ri(10, 99)}${pad(ri(1, 9999), 4)}`]);
const assetNo = () => uniq(() => pick([`ZC-NB-${ri(2018, 2024)}-${pad(ri(1, 9999), 4)}`, `IT${ri(2018, 2024)}${pad(ri(1, 9999), 4)}`, `SN${nz(10)}`, `PC-${ri(100, 999)}-${ri(1000, 9999)}`]));
const cardAccess = () => uniq(() => pick([`00${digits(8)}`, nz(8), `${ri(1, 9)}${digits(5)}`]));
const msTs = () => uniq(() => String(ri(1700000000, 1735600000) * 1000 + ri(0, 999)));
const meetingNo = () => pick([`${nz(3)} ${digits(3)} ${digits(3)}`, `${nz(3)}-${digits(3)}-${digits(3)}`, nz(9), `${nz(3)} ${digits(4)} ${digits(4)}`]);
const hotline = () => pick([`400-${ri(600, 899)}-${digits(4)}`, `400${ri(6, 8)}${digits(6)}`, `95${digits(3)}`]);
function rdate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
function fdate(o, st) {
  st = st ?? pick(['iso', 'iso', 'slash', 'cn', 'dot']);
  return st === 'iso' ? `${o.y}-${pad(o.m, 2)}-${pad(o.d, 2)}` : st === 'slash' ? `${o.y}/${o.m}/${o.d}` : st === 'cn' ? `${o.y}年${o.m}月${o.d}日` : `${o.y}.${pad(o.m, 2)}.${pad(o.d, 2)}`;
}
const hm = () => `${pad(ri(9, 18), 2)}:${pick(['00', '30', '15', '45'])}`;
function salary() {
  const a = ri(6, 45);
  return pick([`${a}K-${a + ri(3, 15)}K`, `${a}-${a + ri(3, 12)}K·${ri(13, 16)}薪`, `月薪${a * 1000}元`, `年薪${a * ri(12, 16) / 10 | 0}万`, `税前 ${a * 1000} 元/月`, `${a}k`, `${(a * 1000).toLocaleString('en-US')}元/月`]);
}
const branch = (bank, city) => `${bank[0]}${city[0]}${pick(['科技园', '高新', '西湖', '朝阳', '浦东', '天河', '中关村', '南山', '金融城', '光谷', '雨花'])}支行`;

// ---------------------------------------------------------------- tables
const wid = (s) => [...String(s)].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
function table(headers, rows, fmt) {
  const q = (c) => (/[,"\n]/.test(c) ? `"${String(c).replace(/"/g, '""')}"` : c);
  switch (fmt) {
    case 'csv': return [headers, ...rows].map((r) => r.map(q).join(',')).join('\n');
    case 'tsv': return [headers, ...rows].map((r) => r.join('\t')).join('\n');
    case 'semi': return [headers, ...rows].map((r) => r.join(';')).join('\n');
    case 'bar': return [headers, ...rows].map((r) => r.join('｜')).join('\n');
    case 'md': return [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'kv': { const nb = pick([0, 1, 2]), sep = pick(['，', '；', '  ', ' | ']), colon = pick(['：', ':', '：']);
      return rows.map((r, i) => `${['', `${i + 1}. `, `【${i + 1}】`][nb]}${r.map((c, j) => `${headers[j]}${colon}${c}`).filter((x, j) => r[j] !== '').join(sep)}`).join('\n'); }
    default: {
      const w = headers.map((h, j) => Math.max(wid(h), ...rows.map((r) => wid(r[j]))));
      const line = (r) => r.map((c, j) => String(c) + ' '.repeat(w[j] - wid(c))).join('  ').trimEnd();
      return [line(headers), ...rows.map(line)].join('\n');
    }
  }
}
const tfmt = () => wpick([['csv', 4], ['tsv', 3], ['md', 2], ['pad', 2], ['semi', 0.7], ['bar', 0.7], ['kv', 1.2]]);
const H = (...alts) => pick(alts);

// ---------------------------------------------------------------- documents
function docResume(d) {
  const p = d.person({ by0: 1978, by1: 2002 });
  const gy = Math.min(p.by + 22, 2024), sch = pick(SCHOOLS), major = pick(MAJORS);
  const style = pick(['kv', 'pdf', 'md', 'en', 'kv']);
  const mob = d.mob(p.mobile), em = d.mail(p.pemail), intent = d.dec('job_title', pick(TITLES)), sal = d.dec('salary', salary());
  const L = [];
  const born = `${p.by}.${pad(ri(1, 12), 2)}`; // date of birth: personal, no detector, left unlabelled
  if (style === 'en') {
    L.push(`${d.nmE(p)}`, `Tel: ${mob} | Email: ${em} | 出生年月: ${born}`, `Objective 求职意向: ${intent}   Expected salary: ${sal}`);
  } else if (style === 'md') {
    L.push(`# ${d.nm(p)}${p.eng ? ' ' + p.eng : ''}`, `- ${H('手机', '电话', '联系电话')}：${mob}`, `- ${H('邮箱', 'E-mail', '电子邮箱')}：${em}`, `- 出生年月：${born}`, `- 求职意向：${intent}（期望薪资 ${sal}）`);
  } else if (style === 'pdf') {
    L.push(`个人简历 ${H('姓名', '名字')}：${d.nm(p)} 性别：${p.gender === 'M' ? '男' : '女'} 出生年月：${born} ${H('手机', '联系方式')}：${mob} ${H('邮箱', 'Email')}：${em} 求职意向：${intent} 期望薪资：${sal}`);
  } else {
    L.push(`${H('个人简历', '简 历', '【个人信息】')}`, `${H('姓名', '姓 名')}：${p.eng ? d.nmE(p) : d.nmPad(p, 0.3)}`, `性别：${p.gender === 'M' ? '男' : '女'}      出生年月：${born}`,
      `${H('手机', '联系电话', '手机号码')}：${mob}`, `${H('邮箱', '电子邮箱', 'E-mail')}：${em}`, `求职意向：${intent}    期望月薪：${sal}`);
  }
  if (chance(0.25)) L.push(`${H('身份证号', '身份证号码', '证件号码')}：${d.rid(p.id)}`);
  if (chance(0.08)) L.push(`护照号码：${d.ent('cn_passport', mkPassport())}`);
  if (chance(0.3)) L.push(`QQ/微信：${chance(0.5) ? '同手机号' : p.pys + p.pyg + ri(10, 99)}`);
  if (chance(0.45)) L.push(`${H('简历编号', '简历ID', 'ID')}：${d.dec('resume_id', resumeId())}    来源：${pick(SOURCES)}`);
  L.push('', H('【教育经历】', '教育背景', '## 教育经历', 'EDUCATION 教育经历'));
  const ed = d.dec('date', `${gy - 4}.09 - ${gy}.06`);
  L.push(`${ed}  ${d.dec('school', sch[0])}  ${major}  ${pick(['本科', '本科', '硕士', '大专'])}`);
  if (chance(0.2)) L.push(`学号：${d.dec('student_no', studentNo(gy - 4))}`);
  if (chance(0.15)) L.push(`学历证书编号：${d.dec('diploma_no', diplomaNo(sch[1], gy, pick(['05', '06', '07', '01'])))}`);
  L.push('', H('【工作经历】', '工作经验', '## 工作经历', 'EXPERIENCE 工作经历'));
  const nJobs = Math.max(1, Math.min(4, Math.floor((2024 - gy) / 3) + ri(0, 1)));
  // consecutive spans from graduation to today, most recent first (as most CVs list them)
  const cuts = [gy * 12 + 6, ...Array.from({ length: nJobs - 1 }, () => ri(gy * 12 + 8, 2024 * 12 + 2)).sort((a, b) => a - b)];
  const ym = (k) => `${Math.floor(k / 12)}.${pad((k % 12) + 1, 2)}`;
  for (let i = nJobs - 1; i >= 0; i--) {
    const co = chance(0.35) ? pick(BIGCO) : mkCompany().name;
    L.push(`${d.dec('date', `${ym(cuts[i] + ri(0, 2))}${pick(['-', ' - ', '～', ' 至 '])}${i === nJobs - 1 ? pick(['至今', '今']) : ym(cuts[i + 1])}`)}  ${d.dec('company', co)}  ${d.dec('job_title', pick(TITLES))}`);
    L.push(`工作内容：负责${pick(['核心业务系统开发', '团队招聘与培训', '大客户维护与回款', '数据报表与分析', '供应链成本优化', '新产品规划'])}，${pick(['团队规模8人', '年度KPI完成率120%', '主导3个项目上线', '获年度优秀员工'])}。`);
    if (chance(0.6)) {
      const ref = d.person({ by0: 1965, by1: 1990 });
      const rel = pick(['直属上级', '部门经理', '原主管', 'HR', '项目经理']);
      const ph = wpick([['m', 6], ['mask', 1.5], ['board', 2]]);
      const phs = ph === 'm' ? d.mob(ref.mobile) : ph === 'mask' ? d.masked(ref.mobile) : d.board(mkCompany(), 'dash');
      L.push(`${H('证明人', '离职证明人', '推荐人')}：${d.nm(ref)}（${rel}）  ${H('电话', '联系方式', 'Tel')}：${phs}`);
    }
  }
  if (chance(0.4)) L.push('', '【自我评价】', pick(['性格开朗，抗压能力强，具备良好的沟通能力。', '熟悉Spring Cloud、MySQL、Redis，有高并发系统经验。', '5年招聘经验，熟悉全流程招聘及雇主品牌建设。']));
  return L.join('\n');
}

function docPipeline(d) {
  const sys = pick(['智联招聘', '前程无忧(51job)', 'BOSS直聘', '猎聘', '北森iTalent', 'Moka', '飞书招聘']);
  const co = mkCompany(), n = listLen(), ivs = d.people(ri(1, 4), { by0: 1975, by1: 1993 });
  const fmt = chance(0.15) ? 'json' : tfmt();
  const jobs = Array.from({ length: ri(1, 5) }, () => [pick(TITLES), jobCode()]);
  const colsAll = ['name', 'mobile', 'email', 'pos', 'code', 'iv', 'status', 'time', 'rid', 'src', 'edu', 'sal'];
  const cols = ['name', 'mobile', ...shuffle(colsAll.slice(2)).slice(0, ri(3, 9))];
  if (chance(0.3)) cols.splice(0, 2, 'mobile', 'name');
  const hdr = { name: H('候选人', '姓名', '候选人姓名', '应聘者'), mobile: H('手机', '手机号', '联系电话', '手机号码', '电话'), email: H('邮箱', '电子邮箱', 'E-mail', 'Email'),
    pos: H('应聘职位', '投递职位', '职位名称', '岗位'), code: H('职位编号', '职位ID', 'JobID'), iv: H('面试官', '一面面试官', '负责面试官'), status: H('状态', '当前状态', '流程阶段', '招聘阶段'),
    time: H('投递时间', '申请时间', '创建时间'), rid: H('简历编号', '投递ID', '简历ID', '申请编号'), src: H('来源', '渠道', '简历来源'), edu: H('学历', '最高学历'), sal: H('期望薪资', '期望月薪') };
  const maskRate = sys === 'BOSS直聘' ? 0.35 : 0.05;
  const rows = [], objs = [];
  for (let i = 0; i < n; i++) {
    const p = d.person({ by0: 1982, by1: 2002 }), j = pick(jobs), iv = pick(ivs), t = rdate(2023, 2024);
    const v = {
      name: () => chance(0.1) && p.eng ? d.nmE(p) : d.nm(p),
      mobile: () => chance(maskRate) ? d.masked(p.mobile) : d.mob(p.mobile),
      email: () => chance(0.12) ? '' : d.mail(p.pemail),
      pos: () => d.dec('job_title', j[0]), code: () => d.dec('job_code', j[1]), iv: () => d.nm(iv), status: () => pick(STATUS),
      time: () => fmt === 'json' ? d.dec('timestamp', msTs()) : d.dec('timestamp', `${fdate(t, pick(['iso', 'slash']))} ${hm()}`),
      rid: () => d.dec('resume_id', fmt === 'json' ? snow() : resumeId()), src: () => pick(SOURCES), edu: () => pick(EDU), sal: () => d.dec('salary', salary()),
    };
    const vals = Object.fromEntries(cols.map((c) => [c, v[c]()])); rows.push(cols.map((c) => vals[c])); objs.push(vals);
  }
  const head = () => `${sys} 候选人导出  ${pick(['导出时间', '生成时间'])}：${d.dec('timestamp', `${fdate(rdate(2024, 2024), 'iso')} ${hm()}:${pad(ri(0, 59), 2)}`)}  ${pick(['共', '合计'])}${n}${pick(['条', '人', '份简历'])}`;
  if (fmt === 'json') {
    const key = { name: 'candidateName', mobile: 'mobile', email: 'email', pos: 'jobTitle', code: 'jobId', iv: 'interviewer', status: 'stage', time: 'createTime', rid: 'applyId', src: 'channel', edu: 'degree', sal: 'expectSalary' };
    return objs.map((v) => '{' + cols.map((c) => `"${key[c]}":${c === 'time' ? v[c] : JSON.stringify(v[c])}`).join(',') + '}').join('\n');
  }
  return `${chance(0.7) ? head() + '\n' : ''}${table(cols.map((c) => hdr[c]), rows, fmt)}${chance(0.3) ? `\n导出人：${d.nm(d.person())}  ${co.name.length ? d.dec('company', co.name) : ''}` : ''}`;
}

function docInterview(d) {
  const co = mkCompany(), hr = d.person({ by0: 1985, by1: 1999 }), iv = d.person({ by0: 1975, by1: 1992 });
  const title = d.dec('job_title', pick(TITLES)), code = d.dec('job_code', jobCode());
  const t = rdate(2024, 2024), when = d.dec('timestamp', `${fdate(t, pick(['cn', 'iso', 'slash']))} ${pick([`（周${'日一二三四五六'[new Date(Date.UTC(t.y, t.m - 1, t.d)).getUTCDay()]}）`, '', ' '])}${hm()}`);
  const hrMail = chance(0.5) ? d.mail(workEmail(hr, co)) : d.role(co);
  const L = [];
  if (chance(0.65)) {
    const c = d.person({ by0: 1985, by1: 2002 });
    L.push(`发件人：${chance(0.5) ? d.nm(hr) : '招聘组'} <${hrMail}>`, `收件人：${d.mail(c.pemail)}`);
    const ivMail = chance(0.5) ? d.mail(workEmail(iv, co)) : null;
    if (ivMail) L.push(`抄送：${ivMail}`);
    L.push(`主题：【面试邀请】${d.dec('company', co.name)}-${title}-${d.nm(c)}`, '',
      `${chance(0.6) ? d.call(c) + pick(['，您好！', '您好：']) : d.nm(c) + pick(['，您好！', '您好：', '同学你好，'])}`,
      `感谢您关注${co.brand}，您投递的${title}（职位编号：${code}）已通过简历筛选，现邀请您参加${pick(['一面', '技术面试', '复试', 'HR面试'])}：`,
      `面试时间：${when}`);
    if (chance(0.5)) L.push(`面试方式：线上（腾讯会议 ${d.dec('meeting_id', meetingNo())}${chance(0.4) ? `，密码 ${ri(1000, 9999)}` : ''}）`);
    else L.push(`面试地点：${d.dec('office_address', `${co.city[0]}市${pick(['高新区', '经济技术开发区', '自贸片区', ''])}${pick(['科技园', '软件园', '创新大厦'])}${ri(1, 12)}栋${ri(2, 25)}楼`)}，到前台报${pick(['面试官', '联系人'])}姓名`);
    L.push(`面试官：${d.nm(iv)}（${d.dec('job_title', pick(IV_TITLES))}）${chance(0.3) ? '，手机 ' + d.mob(iv.mobile) : ''}`);
    if (chance(0.3)) L.push(`请携带：身份证原件、学历学位证书复印件、近期一寸照片。`);
    L.push('', `如时间不便请回复本邮件或致电${chance(0.5) ? d.mob(hr.mobile) : `${d.board(co)}${chance(0.6) ? ` 转${d.dec('extension', extGen()())}` : ''}`}。`, '',
      `${d.nm(hr)}${chance(0.3) && hr.eng ? ' | ' + hr.eng : ''}`, `${d.dec('company', co.name)} 人力资源部`, `${pick(['Tel', '电话', '办公电话'])}：${d.board(co)}  ${pick(['Mob', '手机'])}：${d.mob(hr.mobile)}`, `Email：${hrMail}`);
    if (chance(0.3)) L.push(`${pick(['全国服务热线', '客服热线'])}：${d.dec('hotline', hotline())}`);
  } else {
    const n = Math.min(listLen(), 20), fmt = tfmt();
    L.push(`${pick(['各位面试官好', '@' + iv.name + ' 你好', '各位好'])}，${title}（${code}）面试安排如下，首场 ${when}，请准时参加：`);
    if (L[0].includes(iv.name)) d.nm(iv);
    const cols = shuffle(['name', 'mob', 'pos', 'time', 'iv', 'room', 'rid']).slice(0, ri(4, 7)); if (!cols.includes('name')) cols.unshift('name');
    const hdr = { name: H('候选人', '姓名'), mob: H('联系电话', '手机'), pos: H('岗位', '应聘岗位'), time: H('时间', '面试时间'), iv: H('面试官', '面试官/轮次'), room: H('会议室', '地点'), rid: H('简历编号', '简历ID') };
    const ivs = [iv, ...d.people(ri(0, 3), { by0: 1975, by1: 1993 })];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const c = d.person({ by0: 1985, by1: 2002 });
      const v = { name: () => d.nm(c), mob: () => chance(0.15) ? d.masked(c.mobile) : d.mob(c.mobile), pos: () => d.dec('job_title', pick(TITLES)), time: () => d.dec('timestamp', `${pad(t.m, 2)}-${pad(t.d, 2)} ${hm()}`), iv: () => d.nm(pick(ivs)), room: () => pick(['3F-望京厅', '5F-301', '线上', 'A座1208', '西湖厅']), rid: () => d.dec('resume_id', resumeId()) };
      rows.push(cols.map((c) => v[c]()));
    }
    L.push(table(cols.map((c) => hdr[c]), rows, fmt), '', `有问题随时找我，${d.nm(hr)} ${d.mob(hr.mobile)}，简历在 ${hrMail} 的共享邮件里`);
  }
  return L.join('\n');
}

function docOffer(d) {
  const co = mkCompany(), p = d.person({ by0: 1985, by1: 2002 }), hr = d.person({ by0: 1982, by1: 1999 });
  const st = rdate(2024, 2025), L = [];
  L.push(`${pick(['录用通知书', 'OFFER LETTER 录用通知', '入职邀请函'])}${chance(0.5) ? `    编号：${d.dec('offer_no', `OF${st.y}${pad(st.m, 2)}${pad(ri(1, 999), 4)}`)}` : ''}`, '',
    `${chance(0.5) ? '尊敬的' + d.nm(p) : d.call(p)}${pick(['：', '，您好：'])}`,
    `经过面试评估，我们很高兴地通知您被${d.dec('company', co.name)}录用，具体信息如下：`,
    `1. 职位：${d.dec('job_title', pick(TITLES))}，所属部门：${d.dec('department', pick(DEPTS))}，职级 ${pick(['P5', 'P6', 'P7', 'M1', 'T3-2', '12级'])}`,
    `2. 薪酬：${d.dec('salary', salary())}，试用期${pick(['3', '6'])}个月，试用期工资为转正工资的${pick(['80%', '90%', '100%'])}`,
    `3. 报到时间：${d.dec('date', `${fdate(st, pick(['cn', 'iso']))} ${pick(['9:00', '09:30', '上午9点'])}`)}`);
  const withId = chance(0.5);
  if (withId) L.push(`4. 候选人身份证号：${d.rid(p.id)}（请核对，如有误请回复更正）`);
  L.push(`${withId ? '5' : '4'}. 报到时请携带：身份证、学历学位证书原件、离职证明、${pick(['工资卡（建议办理招商银行卡）', '一寸照片2张', '体检报告'])}`,
    '', `本通知有效期至${d.dec('date', fdate({ ...st, d: Math.max(1, st.d - ri(3, 7)) }, 'cn'))}，请在此前回复确认。`,
    `联系人：${d.nm(hr)}  ${pick(['电话', '手机'])}：${d.mob(hr.mobile)}  邮箱：${chance(0.5) ? d.mail(workEmail(hr, co)) : d.role(co, 'offer')}`);
  if (chance(0.4)) L.push(`公司总机：${d.board(co)}`);
  return L.join('\n');
}

function docOnboard(d) {
  const co = mkCompany(), p = d.person({ by0: 1968, by1: 2003 }), empNo = empNoGen();
  const sch = pick(SCHOOLS), gy = Math.min(p.by + 22, 2024), ec = d.person({ by0: 1945, by1: 2000 });
  const f = [];
  const add = (k, v) => f.push([k, v]);
  add(H('姓名', '员工姓名', '姓 名'), chance(0.3) && p.eng ? d.nmE(p) : d.nmPad(p, 0.3));
  add('性别', p.gender === 'M' ? '男' : '女');
  add(H('出生日期', '出生年月'), fdate({ y: p.by, m: +p.id.slice(10, 12), d: +p.id.slice(12, 14) }, pick(['iso', 'cn', 'dot'])));
  add(H('身份证号', '身份证号码', '证件号码', '公民身份号码'), d.rid(p.id));
  add(H('手机', '手机号码', '联系电话', '本人手机'), d.mob(p.mobile));
  add(H('个人邮箱', '邮箱', 'E-mail'), d.mail(p.pemail));
  if (chance(0.35)) add(H('家庭电话', '住宅电话', '固话'), d.land(mkLand(pick(CITIES)[1])));
  if (chance(0.15)) add(H('护照号', '护照号码（海外学历认证用）'), d.ent('cn_passport', mkPassport()));
  add(H('工号', '员工编号', '员工号'), d.dec('employee_no', empNo()));
  add(H('入职部门', '部门'), d.dec('department', pick(DEPTS)));
  add(H('岗位', '职位', '入职岗位'), d.dec('job_title', pick(TITLES)));
  add(H('入职日期', '报到日期'), d.dec('date', fdate(rdate(2023, 2025))));
  add('最高学历', pick(EDU));
  add(H('毕业院校', '毕业学校'), d.dec('school', sch[0]));
  if (chance(0.5)) add(H('毕业证书编号', '毕业证编号', '学历证书编号'), d.dec('diploma_no', diplomaNo(sch[1], gy, pick(['05', '06', '01']))));
  if (chance(0.4)) add(H('学位证书编号', '学位证编号'), d.dec('degree_no', degreeNo(sch[1], gy)));
  if (chance(0.4)) add(H('社保电脑号', '社保个人编号', '社保号'), d.dec('social_security_no', sbNo()));
  if (chance(0.45)) add(H('公积金账号', '住房公积金个人账号'), d.dec('housing_fund_no', gjjNo()));
  add(H('工资卡开户行', '开户行', '开户银行'), d.dec('bank_branch', branch(p.bank, co.city)));
  add(H('工资卡号', '银行卡号', '银行账号', '收款账号'), d.card(p.card));
  add(H('户籍地址', '家庭住址', '现住址'), `${pick(['河南省郑州市金水区', '湖北省武汉市洪山区', '四川省成都市武侯区', '广东省深圳市南山区', '浙江省杭州市西湖区'])}${pick(['文化路', '珞喻路', '科华北路', '桃园路', '文三路'])}${ri(1, 300)}号${ri(1, 20)}栋${ri(101, 2402)}室`);
  add(H('紧急联系人', '紧急联系人姓名'), d.nm(ec));
  add('关系', pick(RELS));
  add(H('紧急联系人电话', '联系人电话', '紧急联系电话'), d.mob(ec.mobile));
  if (chance(0.3)) { const ec2 = d.person({ by0: 1950, by1: 2000 }); add('紧急联系人2', `${d.nm(ec2)}（${pick(RELS)}）${d.mob(ec2.mobile)}`); }
  const style = pick(['lines', 'grid', 'lines', 'dash']);
  let body;
  if (style === 'grid') { const out = []; for (let i = 0; i < f.length; i += 2) out.push(`| ${f[i][0]} | ${f[i][1]} | ${f[i + 1] ? f[i + 1][0] : ''} | ${f[i + 1] ? f[i + 1][1] : ''} |`); body = out.join('\n'); }
  else if (style === 'dash') body = f.map(([k, v]) => `${k} —— ${v}`).join('\n');
  else body = f.map(([k, v]) => `${k}${pick(['：', ': ', '：'])}${v}`).join('\n');
  const title = `${d.dec('company', co.name)} ${pick(['员工入职登记表', '新员工入职信息登记表', '入职登记表'])}`;
  return `${title}\n${body}\n${chance(0.5) ? `\n本人承诺以上信息真实有效。  签名：${d.nm(p)}  日期：${d.dec('date', fdate(rdate(2024, 2025), 'iso'))}` : ''}${chance(0.4) ? `\nHR经办：${d.nm(d.person({ by0: 1980, by1: 1999 }))}` : ''}`;
}

function docRoster(d) {
  const co = mkCompany(), n = listLen(), empNo = empNoGen(), fmt = tfmt(), extR = extGen();
  const opt = shuffle(['dept', 'title', 'hire', 'id', 'card', 'bank', 'email', 'gjj', 'sb', 'contract', 'edu', 'school', 'gender', 'ext', 'end', 'poscode', 'poscode']);
  const cols = ['no', 'name', 'mobile', ...opt.slice(0, ri(4, 9))];
  if (!cols.includes('id') && chance(0.7)) cols.push('id');
  if (!cols.includes('card') && chance(0.6)) cols.push('card');
  if (!cols.includes('hire')) cols.push('hire');
  const order = chance(0.5) ? cols : ['name', ...shuffle(cols.filter((c) => c !== 'name'))];
  const hdr = { no: H('工号', '员工编号', '编号'), name: H('姓名', '员工姓名'), mobile: H('手机', '手机号码', '联系电话'), dept: H('部门', '所属部门', '一级部门'), title: H('岗位', '职位'),
    hire: H('入职日期', '入职时间'), id: H('身份证号', '身份证号码', '证件号码'), card: H('工资卡号', '银行卡号', '卡号'), bank: H('开户行', '开户银行'), email: H('邮箱', '个人邮箱', '工作邮箱'),
    poscode: H('岗位代码', '岗位编码', '职位编码'), gjj: H('公积金账号', '公积金个人账号'), sb: H('社保电脑号', '社保编号'), contract: H('合同编号', '劳动合同编号'), edu: '学历', school: H('毕业院校', '毕业学校'), gender: '性别',
    ext: H('分机', '分机号'), end: H('合同到期日', '合同截止')};
  const workMail = chance(0.6);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = d.person({ by0: 1962, by1: 2003 }), hire = rdate(2012, 2024);
    const legacy = p.by < 1975 && chance(0.12);
    const sch = pick(SCHOOLS);
    const v = {
      no: () => d.dec('employee_no', empNo()), name: () => d.nm(p), mobile: () => chance(0.04) ? '' : d.mob(p.mobile),
      dept: () => d.dec('department', pick(DEPTS)), title: () => d.dec('job_title', pick(TITLES)), hire: () => d.dec('date', fdate(hire, 'iso')),
      id: () => legacy ? d.ent('cn_resident_id', p.id, p.id.slice(0, 6) + p.id.slice(8, 17)) : d.rid(p.id), card: () => d.card(p.card, 'plain'), bank: () => d.dec('bank_branch', branch(p.bank, co.city)),
      email: () => d.mail(workMail ? workEmail(p, co) : p.pemail), gjj: () => d.dec('housing_fund_no', gjjNo()), sb: () => d.dec('social_security_no', sbNo()),
      contract: () => d.dec('contract_no', contractNo(hire.y)), edu: () => pick(EDU), school: () => d.dec('school', sch[0]), gender: () => p.gender === 'M' ? '男' : '女',
      poscode: () => d.dec('position_code', posCode()), ext: () => d.dec('extension', extR()), end: () => d.dec('date', fdate({ y: hire.y + 3, m: hire.m, d: Math.min(hire.d, 28) }, 'iso')),
    };
    rows.push(order.map((c) => v[c]()));
  }
  const title = () => `${d.dec('company', co.name)}${pick(['员工花名册', '在职人员花名册', '人员信息表', '员工信息汇总'])}（${fdate(rdate(2024, 2024), pick(['iso', 'cn']))}）`;
  return `${chance(0.75) ? title() + '\n' : ''}${table(order.map((c) => hdr[c]), rows, fmt)}${chance(0.35) ? `\n制表：${d.nm(d.person())}  审核：${d.nm(d.person())}` : ''}`;
}

function docBatch(d) {
  const co = mkCompany(), n = listLen(), fmt = tfmt(), t = rdate(2024, 2025);
  const empNo = empNoGen();
  const cols = ['name', ...shuffle(['id', 'mob', 'card', 'bank', 'ecn', 'ecm', 'dept', 'date', 'mail', 'no', 'title', 'sb', 'stuno', 'poscode']).filter((c) => ['id', 'card', 'no'].includes(c) || chance(0.6))];
  if (cols.includes('ecm') && !cols.includes('ecn')) cols.push('ecn');
  const hdr = { name: H('姓名', '新员工姓名', '员工'), id: H('身份证号', '身份证号码', '证件号'), mob: H('手机号', '联系电话'), card: H('工资卡号', '银行卡号', '招行卡号', '卡号'),
    bank: H('开户行', '开户支行'), ecn: H('紧急联系人', '紧急联系人姓名'), ecm: H('紧急联系人电话', '紧急联系电话'), dept: H('部门', '入职部门'), date: H('入职日期', '报到日期'), mail: H('个人邮箱', '邮箱'), no: H('工号', '员工编号'), title: H('岗位', '职位'), sb: H('社保电脑号', '社保号'), stuno: H('学号（校招）', '学号'), poscode: H('岗位代码', '岗位编码') };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = d.person({ by0: 1972, by1: 2003 }), ec = d.person({ by0: 1945, by1: 2000 });
    const v = { name: () => d.nm(p), id: () => d.rid(p.id), mob: () => d.mob(p.mobile), card: () => chance(0.05) ? '待补' : d.card(p.card), bank: () => d.dec('bank_branch', branch(p.bank, co.city)),
      ecn: () => `${d.nm(ec)}${chance(0.5) ? `（${pick(RELS)}）` : ''}`, ecm: () => chance(0.06) ? d.land(mkLand(pick(CITIES)[1])) : d.mob(ec.mobile), dept: () => d.dec('department', pick(DEPTS)),
      date: () => d.dec('date', fdate(t, 'iso')), mail: () => d.mail(p.pemail), no: () => d.dec('employee_no', empNo()), title: () => d.dec('job_title', pick(TITLES)),
      sb: () => chance(0.3) ? '新参保' : d.dec('social_security_no', sbNo()), stuno: () => d.dec('student_no', studentNo(ri(2019, 2021))), poscode: () => d.dec('position_code', posCode()) };
    rows.push(cols.map((c) => v[c]()));
  }
  const hr = d.person({ by0: 1982, by1: 1999 });
  return `${pick(['本批新员工入职资料汇总', '新员工信息收集表', `${t.m}月入职人员信息（社保/工资卡开户用）`])}${chance(0.6) ? ' - ' + d.dec('company', co.name) : ''}\n` +
    `${table(cols.map((c) => hdr[c]), rows, fmt)}\n${chance(0.6) ? `经办：${d.nm(hr)}，请财务于${d.dec('date', fdate({ ...t, d: Math.min(t.d + 3, 28) }, 'cn'))}前完成开户核对，有问题回复${chance(0.5) ? d.role(co) : d.mail(workEmail(hr, co))}` : ''}`;
}

function docBgcheck(d) {
  const p = d.person({ by0: 1978, by1: 2000 }), client = mkCompany(), agency = mkCompany(), sch = pick(SCHOOLS), gy = Math.min(p.by + 22, 2022);
  const inv = d.person({ by0: 1985, by1: 1998 });
  const L = [`${pick(['背景调查报告', '员工背景调查报告（标准版）', '入职背调报告'])}`,
    `报告编号：${d.dec('report_no', pick([`BG${ri(2023, 2024)}${digits(6)}`, `BC-${ri(2023, 2024)}-${digits(8)}`, nz(12)]))}    委托方：${d.dec('company', client.name)}`,
    `候选人：${d.nm(p)}    应聘职位：${d.dec('job_title', pick(TITLES))}`,
    `身份证号：${chance(0.85) ? d.rid(p.id) : d.maskedId(p.id)}    手机：${d.mob(p.mobile)}`, '',
    '一、身份信息核实：与公安系统信息一致，无异常。',
    `二、学历核实：${d.dec('school', sch[0])} ${pick(MAJORS)} ${pick(['本科', '硕士'])}，毕业证书编号 ${d.dec('diploma_no', diplomaNo(sch[1], gy, '05'))}，学信网在线验证码 ${d.dec('verify_code', Array.from({ length: 16 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[ri(0, 31)]).join(''))}，核实无误。`,
    '三、工作履历核实：'];
  const k = ri(1, 3);
  for (let i = 0; i < k; i++) {
    const co = chance(0.3) ? pick(BIGCO) : mkCompany().name, ref = d.person({ by0: 1968, by1: 1992 }), y0 = 2012 + i * 3 + ri(0, 1);
    const ph = wpick([['m', 6], ['mask', 2], ['land', 2]]);
    L.push(`  ${i + 1}. ${d.dec('company', co)}（${d.dec('date', `${y0}.${pad(ri(1, 12), 2)}-${y0 + ri(1, 2)}.${pad(ri(1, 12), 2)}`)}），${d.dec('job_title', pick(TITLES))}`,
      `     证明人：${d.nm(ref)}，${pick(['原直属上级', '原部门总监', '原HR', '同事'])}，联系方式：${ph === 'm' ? d.mob(ref.mobile) : ph === 'mask' ? d.masked(ref.mobile) : d.land(mkLand(pick(CITIES)[1]), 'dash', false)}`,
      `     核实结果：${pick(['在职时间、职位与简历一致', '离职原因为个人发展，无劳动纠纷', '在职时间与简历不符（简历多写3个月）', '工作表现良好，可再雇佣'])}`);
  }
  L.push('四、不良记录：未发现失信被执行、涉诉及犯罪记录。', '', `调查员：${d.nm(inv)}  ${d.mail(workEmail(inv, agency))}  ${d.dec('company', agency.name)}`);
  if (chance(0.5)) L.push(`咨询电话：${d.board(agency)}`);
  return L.join('\n');
}

function docHandover(d) {
  const co = mkCompany(), p = d.person({ by0: 1975, by1: 2000 }), mgr = d.person({ by0: 1970, by1: 1990 }), hr = d.person({ by0: 1980, by1: 1999 });
  const empNo = empNoGen(), t = rdate(2024, 2025), recv = d.people(ri(1, 3), { by0: 1975, by1: 2000 });
  const L = [`${d.dec('company', co.name)} ${pick(['离职交接单', '员工离职工作交接表', '离职手续办理单'])}`,
    `离职人员：${d.nm(p)}   工号：${d.dec('employee_no', empNo())}   部门：${d.dec('department', pick(DEPTS))}   岗位：${d.dec('job_title', pick(TITLES))}`,
    `最后工作日：${d.dec('date', fdate(t, 'iso'))}   离职类型：${pick(['主动离职', '合同到期不续签', '协商解除'])}`,
    `离职后联系方式：${d.mob(p.mobile)}  个人邮箱：${d.mail(p.pemail)}`];
  if (chance(0.45)) L.push(`经济补偿/结算款打入工资卡：${d.card(p.card)}（${p.bank[0]}）`);
  const items = shuffle([['工作文档及项目资料', null], ['笔记本电脑', 'asset'], ['显示器', 'asset'], ['门禁卡', 'card'], ['工作邮箱账号停用', 'mail'], ['客户资料及联系人', null], ['VPN/堡垒机账号', null], ['备用金', null]]).slice(0, ri(3, 7));
  L.push('', table(['交接事项', '说明', '接收人', '确认'], items.map(([it, k]) => [it,
    k === 'asset' ? `资产编号 ${d.dec('asset_no', assetNo())}` : k === 'card' ? `卡号 ${d.dec('access_card', cardAccess())}` : k === 'mail' ? d.mail(workEmail(p, co)) : pick(['已交接', '共享盘/交接目录', '见附件清单', '无']),
    d.nm(pick(recv)), pick(['√', '已确认', '是'])]), pick(['md', 'pad', 'bar', 'tsv'])));
  L.push('', `部门负责人：${d.nm(mgr)}   HR：${d.nm(hr)}${chance(0.4) ? `（分机 ${d.dec('extension', extGen()())}）` : ''}   日期：${d.dec('date', fdate(t, 'cn'))}`);
  return L.join('\n');
}

function docContract(d) {
  const city = pick(CITIES), co = mkCompany(city), rep = d.person({ by0: 1960, by1: 1985 }), p = d.person({ by0: 1970, by1: 2003 });
  const y = ri(2022, 2025), uscc = mkUSCC(pick([city[2], city[2].slice(0, 4) + '00']));
  const s = rdate(y, y), L = [`劳动合同书${chance(0.6) ? `\n合同编号：${d.dec('contract_no', contractNo(y))}` : ''}`, '',
    `甲方（用人单位）：${d.dec('company', co.name)}`,
    `${pick(['统一社会信用代码', '社会信用代码', '统一社会信用代码（注册号）'])}：${d.ent('cn_uscc', uscc, chance(0.1) ? uscc.toLowerCase() : uscc)}`,
    `法定代表人（主要负责人）：${d.nm(rep)}`,
    `注册地址：${d.dec('office_address', `${city[0]}市${pick(['高新区', '经开区', '自贸区'])}${pick(['创业路', '科技大道', '望京街'])}${ri(1, 999)}号`)}`,
    `联系电话：${d.board(co)}`, '',
    `乙方（劳动者）：${d.nmPad(p, 0.2)}        性别：${p.gender === 'M' ? '男' : '女'}`,
    `${pick(['居民身份证号码', '身份证号码', '公民身份号码'])}：${d.rid(p.id)}`,
    `户籍地址：${pick(['河北省保定市', '江西省赣州市', '湖南省衡阳市', '山东省临沂市', '安徽省阜阳市'])}${pick(['某某乡', '城关镇', '新华路'])}${ri(1, 99)}号`,
    `现居住地址：${city[0]}市${pick(['桃源村', '望京西园', '天鹅湖小区', '金地花园', '阳光100'])}${ri(1, 30)}栋${ri(101, 2605)}`,
    `联系电话：${d.mob(p.mobile)}${chance(0.5) ? `        电子邮箱：${d.mail(p.pemail)}` : ''}`];
  if (chance(0.5)) { const ec = d.person({ by0: 1950, by1: 2000 }); L.push(`紧急联系人：${d.nm(ec)}（${pick(RELS)}），电话：${chance(0.15) ? d.land(mkLand(pick(CITIES)[1])) : d.mob(ec.mobile)}`); }
  L.push('', `第一条 合同期限：自${d.dec('date', fdate(s, 'cn'))}起至${d.dec('date', fdate({ y: s.y + 3, m: s.m, d: Math.min(s.d, 28) }, 'cn'))}止，其中试用期${pick(['三', '六'])}个月。`,
    `第二条 乙方同意在${d.dec('department', pick(DEPTS))}从事${d.dec('job_title', pick(TITLES))}工作。`,
    `第三条 甲方按月以货币形式支付乙方工资，每月${ri(5, 15)}日前发放，${chance(0.5) ? `乙方指定工资账户：${d.card(p.card, 'plain')}（${p.bank[0]}）` : '工资卡由乙方在入职时提供'}。`,
    '', `甲方（盖章）：                乙方（签字）：${d.nm(p)}`, `日期：${d.dec('date', fdate(s, 'iso'))}`);
  return L.join('\n');
}

function docExam(d) {
  const co = mkCompany(), hr = d.person({ by0: 1980, by1: 1999 }), n = Math.min(listLen(), 40), t = rdate(2024, 2025), fmt = tfmt();
  const hosp = pick(['爱康国宾', '美年大健康', '慈铭体检', '瑞慈体检', '市第一人民医院体检中心']) + pick(['（科技园分院）', '（中关村店）', '', '（西湖分院）']);
  const L = [`${pick(['【入职体检通知】', '关于新员工入职体检的通知', 'Re: 入职体检预约名单'])}`,
    `${pick(['各位新同事', '以下人员'])}：请于${d.dec('date', fdate(t, 'cn'))} ${pick(['7:30-10:00', '8:00-10:30'])}空腹前往${d.dec('company', hosp)}进行入职体检，凭身份证原件登记。`, ''];
  const empNo = empNoGen();
  const cols = shuffle(['gender', 'id', 'mob', 'pkg', 'book', 'dept', 'hire', 'no']).slice(0, ri(3, 8)); if (!cols.includes('id') && chance(0.8)) cols.push('id'); if (!cols.includes('book') && chance(0.6)) cols.push('book');
  const order = ['seq', 'name', ...cols];
  const hdr = { seq: '序号', name: '姓名', gender: '性别', id: H('身份证号', '证件号码', '身份证'), mob: H('手机', '手机号'), pkg: H('体检套餐', '套餐'), book: H('预约号', '预约编号'), dept: H('入职部门', '部门'), hire: H('入职日期', '预计入职'), no: H('工号', '员工编号') };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = d.person({ by0: 1975, by1: 2003 });
    const v = { seq: () => i + 1, name: () => d.nm(p), gender: () => p.gender === 'M' ? '男' : '女', id: () => d.rid(p.id), mob: () => d.mob(p.mobile), pkg: () => pick(['入职A套餐', '入职基础套餐（男）', '入职基础套餐（女）', '食品从业健康证']),
      book: () => d.dec('booking_no', uniq(() => pick([`TJ${t.y}${pad(t.m, 2)}${pad(t.d, 2)}${pad(ri(1, 999), 4)}`, `${nz(10)}`]))), dept: () => d.dec('department', pick(DEPTS)),
      hire: () => d.dec('date', fdate({ ...t, d: Math.min(28, t.d + ri(1, 20)) }, 'iso')), no: () => d.dec('employee_no', empNo()) };
    rows.push(order.map((c) => v[c]()));
  }
  L.push(table(order.map((c) => hdr[c]), rows, fmt), '', `体检中心电话：${d.land(mkLand(co.city[1]), undefined, false)}，预约咨询：${d.dec('hotline', hotline())}`,
    `体检费用公司统一结算，报告出来后发送至${d.role(co)}。如有疑问联系${d.nm(hr)}（${d.mob(hr.mobile)}）。`);
  return L.join('\n');
}

function docReferral(d) {
  const co = mkCompany(), n = listLen(), empNo = empNoGen(), fmt = tfmt(), refs = d.people(ri(1, Math.min(n, 8)), { by0: 1978, by1: 1998 });
  const refNo = new Map(refs.map((r) => [r.name, empNo()])), refDept = new Map(refs.map((r) => [r.name, pick(DEPTS)]));
  const cols = ['ref', 'refno', 'refdept', 'cand', 'mob', 'mail', 'pos', 'code', 'rid', 'date', 'bonus', 'status'].filter((c, i) => i < 4 || chance(0.75));
  if (!cols.includes('mob') && !cols.includes('mail')) cols.push('mob');
  const hdr = { ref: H('推荐人', '内推人'), refno: H('推荐人工号', '工号'), refdept: H('推荐人部门', '部门'), cand: H('被推荐人', '候选人', '被推荐人姓名'), mob: H('候选人电话', '联系电话', '手机'),
    mail: H('候选人邮箱', '邮箱'), pos: H('推荐职位', '应聘岗位'), code: '职位编号', rid: H('简历编号', '投递ID'), date: H('推荐时间', '推荐日期'), bonus: H('内推奖金', '奖金'), status: H('状态', '进度') };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const r = pick(refs), c = d.person({ by0: 1982, by1: 2002 }), j = [pick(TITLES), jobCode()];
    const v = { ref: () => d.nm(r), refno: () => d.dec('employee_no', refNo.get(r.name)), refdept: () => d.dec('department', refDept.get(r.name)), cand: () => d.nm(c), mob: () => d.mob(c.mobile), mail: () => d.mail(c.pemail),
      pos: () => d.dec('job_title', j[0]), code: () => d.dec('job_code', j[1]), rid: () => d.dec('resume_id', resumeId()), date: () => d.dec('date', fdate(rdate(2023, 2024), 'iso')), bonus: () => d.dec('salary', `${pick([1000, 2000, 3000, 5000, 8000, 10000])}元`), status: () => pick(STATUS) };
    rows.push(cols.map((c) => v[c]()));
  }
  return `${pick(['内推名单', `${ri(2023, 2024)}年Q${ri(1, 4)}内推汇总`, '员工推荐记录'])} - ${d.dec('company', co.name)}\n${table(cols.map((c) => hdr[c]), rows, fmt)}\n${chance(0.5) ? `内推奖金将在候选人转正后随当月发放，如有疑问请邮件 ${d.role(co, pick(['hr', 'referral', 'talent']))}` : ''}`;
}

function docHeadhunter(d) {
  const firm = mkCompany(), client = d.person({ by0: 1972, by1: 1990 }), hh = d.person({ by0: 1983, by1: 1997 }), n = Math.min(listLen(), 25);
  const L = [`${pick(['Hi', 'Dear', ''])} ${d.call(client, pick(['总', '总', '经理', '女士', '先生']))}${pick(['，', '：', ''])}`, '',
    `按上周沟通的${d.dec('job_title', pick(TITLES))}职位（年薪预算${d.dec('salary', `${ri(30, 80)}-${ri(81, 150)}万`)}），先推荐以下${n}位候选人，详细简历见附件：`, ''];
  const style = pick(['list', 'table', 'list']), hhCode = chance(0.7) ? pick(['HC', 'CAN', 'R', 'C']) : null;
  const rows = [];
  for (let i = 0; i < n; i++) {
    const c = d.person({ by0: 1978, by1: 1998 }), co = chance(0.5) ? pick(BIGCO) : mkCompany().name;
    const signed = chance(0.7);
    const ph = signed ? d.mob(c.mobile) : d.masked(c.mobile), em = signed && chance(0.7) ? d.mail(c.pemail) : pick(['待约面后提供', '-', '（签约后提供）']);
    const cur = `${d.dec('company', co)} ${d.dec('job_title', pick(TITLES))}`, yrs = `${ri(3, 15)}年`, sal = d.dec('salary', `${ri(25, 120)}万`);
    const cid = hhCode ? d.dec('candidate_no', uniq(() => `${hhCode}${ri(2019, 2024)}${pad(ri(1, 99999), 5)}`)) : '';
    if (style === 'list') L.push(`${i + 1}. ${cid ? `[${cid}] ` : ''}${chance(0.15) && c.eng ? d.nmE(c) : d.nm(c)}${pick([' | ', '，', ' / '])}${cur}${pick([' | ', '，'])}${yrs}${pick([' | ', '，现年薪'])}${sal}${pick([' | ', '，电话 '])}${ph}${pick([' | ', '，邮箱 '])}${em}`);
    else rows.push([...(cid ? [cid] : []), d.nm(c), cur, yrs, sal, ph, em]);
  }
  if (style === 'table') L.push(table([...(hhCode ? [H('候选人编号', '人选ID', 'ID')] : []), '姓名', '现公司/职位', '经验', '当前年薪', '电话', '邮箱'], rows, pick(['md', 'tsv', 'pad'])));
  L.push('', '以上候选人均已初步沟通，有意向的话我来约面试时间。', '', `${d.nm(hh)}${hh.eng ? ' ' + hh.eng : ''} | ${pick(['高级顾问', '合伙人', 'Senior Consultant'])}`, d.dec('company', firm.name),
    `M: ${d.mob(hh.mobile)}  ${chance(0.6) ? `T: ${d.board(firm)}  ` : ''}E: ${d.mail(workEmail(hh, firm))}`);
  if (chance(0.4)) L.push('微信同手机号');
  return L.join('\n');
}

function docDirectory(d) {
  const co = mkCompany(), n = listLen(), empNo = empNoGen(), ext = extGen(), fmt = tfmt();
  const cols = ['no', 'name', ...shuffle(['dept', 'title', 'ext', 'mob', 'mail', 'board', 'seat']).filter((c) => c === 'mob' || c === 'mail' || chance(0.7))];
  const hdr = { no: H('工号', '员工号'), name: H('姓名', '中文名', '姓名/英文名'), dept: H('部门', '所属部门'), title: H('职位', '岗位'), ext: H('分机', '分机号', '内线'),
    mob: H('手机', '移动电话', '手机号'), mail: H('邮箱', '企业邮箱', 'Email'), board: H('办公电话', '座机'), seat: H('工位', '工位号', '座位') };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = d.person({ by0: 1965, by1: 2002 }), x = ext();
    const v = { no: () => d.dec('employee_no', empNo()), name: () => p.eng && chance(0.6) ? d.nmE(p) : d.nm(p), dept: () => d.dec('department', pick(DEPTS)), title: () => d.dec('job_title', pick(TITLES)),
      seat: () => d.dec('seat_no', uniq(() => `${pick(['A', 'B', 'C'])}${ri(2, 25)}-${pad(ri(1, 40), 2)}-${pad(ri(1, 12), 2)}`)), ext: () => d.dec('extension', x), mob: () => chance(0.06) ? d.masked(p.mobile) : d.mob(p.mobile), mail: () => d.mail(workEmail(p, co)), board: () => `${d.board(co, 'dash')}-${d.dec('extension', x)}` };
    rows.push(cols.map((c) => v[c]()));
  }
  return `${d.dec('company', co.name)} ${pick(['员工通讯录', '内部通讯录（请勿外传）', '通讯录'])} ${fdate(rdate(2024, 2024), 'iso')}\n${table(cols.map((c) => hdr[c]), rows, fmt)}${chance(0.5) ? `\n总机：${d.board(co)}  前台：${d.dec('extension', ext())}  IT服务台：${d.role(co, 'it')}` : ''}`;
}

function docWechat(d) {
  const co = mkCompany(), hr = d.person({ by0: 1985, by1: 2000 }), mgr = d.person({ by0: 1975, by1: 1992 }), nh = d.person({ by0: 1985, by1: 2003 });
  const c1 = d.person({ by0: 1985, by1: 2002 }), ec = d.person({ by0: 1950, by1: 1985 }), empNo = empNoGen();
  const date = rdate(2024, 2025); let hh = ri(9, 17), mm = ri(0, 50);
  const ts = () => { mm += ri(1, 9); if (mm > 59) { mm -= 60; hh++; } return `${pad(hh, 2)}:${pad(mm, 2)}`; };
  const full = chance(0.5);
  const who = (p, nick) => nick || d.nm(p);
  const hrN = chance(0.5) ? `${d.nm(hr)}-HR` : d.call(hr, '小') + 'HR';
  const say = (p, text, nick) => `${full ? `[${d.dec('timestamp', `${fdate(date, 'iso')} ${ts()}`)}] ` : `${ts()} `}${who(p, nick)}${pick(['：', ': ', '：'])}${text}`;
  const pool = [
    () => say(hr, `@${d.nm(mgr)} ${c1.name}的简历已转你邮箱，电话${d.mob(c1.mobile)}，看下能不能约${pick(['周二', '周三', '明天'])}面试`, hrN),
    () => say(mgr, `可以，下午${ri(2, 5)}点，我这边会议室`),
    () => say(hr, `${d.call(nh, '')}${pick(['你好', '同学你好'])}，麻烦把身份证号和工资卡号发我一下，办入职用`, hrN),
    () => say(nh, `${d.rid(nh.id)}`),
    () => say(nh, `工资卡是${nh.bank[0]}的，${pick(['卡号', '卡号是', ''])}${d.card(nh.card)}`),
    () => say(hr, `收到。紧急联系人也补一下`, hrN),
    () => say(nh, `${pick(['我爸', '我妈', '我爱人', '我哥'])} ${d.nm(ec)} ${d.mob(ec.mobile)}`),
    () => say(hr, `工号${d.dec('employee_no', empNo())}已开通，企业邮箱${d.mail(workEmail(nh, co))}，初始密码短信发你`, hrN),
    () => say(mgr, `刚才那个候选人手机${d.dec('masked_phone', '尾号' + c1.mobile.slice(7))}的，没接电话`),
    () => say(hr, `[文件] 入职登记表_${d.nm(nh)}.xlsx`, hrN),
    () => say(hr, `腾讯会议：${d.dec('meeting_id', meetingNo())} 面试${pick(['10:30', '14:00', '16:00'])}开始`, hrN),
    () => say(mgr, `${d.dec('job_code', jobCode())}这个岗位先暂停，HC冻结了`),
    () => say(hr, `背调那边要${d.call(c1, '')}的证明人，${(() => { const r = d.person({ by0: 1970, by1: 1990 }); return `${d.nm(r)} ${d.mob(r.mobile)}`; })()}，原${pick(['直属领导', '部门经理'])}`, hrN),
    () => say(nh, `好的，邮箱是${d.mail(nh.pemail)}，offer发这个就行`),
    () => say(hr, `体检报告扫描件发到${d.role(co)}，别发我个人邮箱`, hrN),
    () => say(mgr, `${d.dec('salary', salary())}的预算够吗？他现在${d.dec('salary', `${ri(15, 40)}K`)}`),
    () => say(hr, `内推的${(() => { const r = d.person({ by0: 1985, by1: 2002 }); return `${d.nm(r)}，${d.mob(r.mobile)}，${d.mail(r.pemail)}`; })()}，${d.dec('job_title', pick(TITLES))}`, hrN),
    () => say(hr, `${d.maskedName(c1)}的offer审批卡在${pick(['财务', 'VP', '总监'])}那边了`, hrN),
    () => say(nh, '[图片]'),
    () => say(hr, `身份证${d.maskedId(nh.id)}这个是你吧？系统里少了一位`, hrN),
    () => say(mgr, `${d.dec('company', chance(0.5) ? pick(BIGCO) : mkCompany().name)}过来的那个${pick(['还不错', '要价太高', '可以发offer'])}`),
  ];
  const idx = shuffle(pool.map((_, i) => i)).slice(0, ri(4, 14)).sort((a, b) => a - b);
  const hk = ri(0, 3), head = hk === 0 ? `${pick(['招聘群', 'HR-业务对接群'])}（${ri(3, 40)}）` : hk === 1 ? `${d.dec('department', pick(DEPTS))}招聘沟通（${ri(3, 40)}）` : hk === 2 ? `与${d.nm(nh)}的聊天记录` : `聊天记录 ${fdate(date, 'cn')}`;
  return `${head}\n${idx.map((i) => pool[i]()).join('\n')}`;
}

// ---------------------------------------------------------------- self-check helpers
const NAME_E = /^[\u4e00-\u9fa5][\u4e00-\u9fa5·•．]{1,15}$/, NAME_D = /^[\u4e00-\u9fa5][\u4e00-\u9fa5·•．]{0,15}$/;
function valueOk(det, v, isEnt) {
  switch (det) {
    case 'cn_resident_id': return validID(v);
    case 'cn_mobile': return MOB_RE.test(v);
    case 'cn_landline': { const a = Object.keys(AREAS).find((k) => v.startsWith(k)); return !!a && /^\d+$/.test(v) && v.length === a.length + AREAS[a]; }
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'cn_passport': return /^(E[A-HJ-NP-Z]\d{7}|E\d{8})$/.test(v);
    case 'cn_uscc': return validUSCC(v);
    case 'person_name_zh': return (isEnt ? NAME_E : NAME_D).test(v);
    default: return false;
  }
}
// a decoy must not itself be a valid entity-shaped number (except deliberate 11-digit 工号)
function decoyProblem(dc) {
  for (const run of dc.text.normalize('NFKC').match(/\d+/g) || []) {
    if (run.length === 18 && validID(run)) return 'decoy is a valid ID';
    if (run.length === 15 && PROV.has(run.slice(0, 2)) && validDate8('19' + run.slice(6, 12))) return 'decoy looks like legacy ID';
    if (run.length >= 16 && run.length <= 19 && luhnOk(run) && /^(62|4|5|81)/.test(run)) return 'decoy is a card';
    if (run.length === 11 && MOB_RE.test(run) && dc.kind !== 'employee_no') return 'decoy is a mobile';
    if (/^0/.test(run) && valueOk('cn_landline', run)) return 'decoy is a landline';
  }
  if (/^[A-Z0-9]{18}$/.test(dc.text) && validUSCC(dc.text)) return 'decoy is a USCC';
  return null;
}
function checkDoc(doc) {
  const errs = [], t = doc.text;
  const all = [...doc.E.values(), ...doc.D.values()];
  for (const [map, isEnt] of [[doc.E, true], [doc.D, false]]) {
    for (const l of map.values()) {
      if (!valueOk(l.detector, l.value, isEnt)) errs.push(`bad value ${l.detector} ${l.value}`);
      for (const r of l.raws) {
        if (!t.includes(r)) errs.push(`raw missing ${r}`);
        if (normalize(l.detector, r) !== l.value) errs.push(`norm ${r} -> ${normalize(l.detector, r)} != ${l.value}`);
      }
      if (!isEnt && doc.E.has(l.detector + '\u0000' + l.value)) errs.push(`entity and dontCare ${l.value}`);
    }
  }
  for (const x of doc.X.values()) {
    if (!t.includes(x.text)) errs.push(`decoy missing ${x.text}`);
    for (const l of all) {
      if (x.text === l.value || [...l.raws].includes(x.text)) errs.push(`decoy equals label ${x.text}`);
      if (doc.E.has(l.detector + '\u0000' + l.value) && (x.text.includes(l.value) || [...l.raws].some((r) => x.text.includes(r)))) errs.push(`decoy ${x.text} contains entity ${l.value}`);
      if (l.value.length > 1 && x.text.toLowerCase().includes(l.value)) errs.push(`decoy ${x.text} contains dontCare ${l.value}`);
    }
    const pr = decoyProblem(x); if (pr) errs.push(`${pr}: ${x.text}`);
  }
  return errs;
}

// ---------------------------------------------------------------- main
const PLAN = [['resume', docResume, 32], ['pipeline', docPipeline, 26], ['interview', docInterview, 26], ['offer', docOffer, 16], ['onboarding', docOnboard, 32], ['newhire_batch', docBatch, 16],
  ['roster', docRoster, 26], ['bgcheck', docBgcheck, 18], ['handover', docHandover, 16], ['contract', docContract, 20], ['exam', docExam, 16],
  ['referral', docReferral, 16], ['headhunter', docHeadhunter, 18], ['directory', docDirectory, 20], ['wechat', docWechat, 30]];
const docs = []; let retries = 0;
for (const [kind, fn, count] of PLAN) {
  for (let i = 1; i <= count; i++) {
    let doc;
    for (let a = 0; ; a++) {
      doc = new Doc(kind); doc.text = fn(doc).replace(/[ \t]+$/gm, '').trim();
      const e = checkDoc(doc);
      if (!e.length) break;
      if (a >= 30) { console.error(`cannot build ${kind}-${i}:`, e.slice(0, 5)); process.exit(1); }
      retries++;
    }
    doc.id = `hr-${kind}-${i}`; docs.push(doc);
  }
}
docs.sort((a, b) => (a.id < b.id ? -1 : 1));

// ---------------------------------------------------------------- final self-check + output
const fail = [];
const ids = new Set();
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
for (const doc of docs) {
  if (ids.has(doc.id)) fail.push(`dup id ${doc.id}`); ids.add(doc.id);
  for (const e of checkDoc(doc)) fail.push(`${doc.id}: ${e}`);
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const l of doc.E.values()) { perDet[l.detector] = (perDet[l.detector] || 0) + 1; nEnt++; }
  for (const l of doc.D.values()) if (!doc.E.has(l.detector + '\u0000' + l.value)) perDc[l.detector] = (perDc[l.detector] || 0) + 1;
  for (const x of doc.X.values()) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
if (docs.length < 250) fail.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) fail.push(`${det}: only ${perDet[det] || 0} entity labels`);
if (nDec < nEnt) fail.push(`decoys ${nDec} < entities ${nEnt}`);

const lines = docs.map((doc) => JSON.stringify({
  id: doc.id, kind: doc.kind, text: doc.text,
  entities: [...doc.E.values()].map(({ detector, value }) => ({ detector, value })),
  dontCare: [...doc.D.values()].filter((l) => !doc.E.has(l.detector + '\u0000' + l.value)).map(({ detector, value }) => ({ detector, value })),
  decoys: [...doc.X.values()].map(({ kind, text }) => ({ kind, text })),
}));
writeFileSync(OUT, lines.join('\n') + '\n');

const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k}: ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (rebuilt ${retries} drafts that failed the per-document check)`);
console.log(`documents per kind:\n${show(perKind)}`);
console.log(`entity labels per detector (total ${nEnt}):\n${show(perDet)}`);
console.log(`dontCare labels per detector:\n${show(perDc)}`);
console.log(`decoys per kind (total ${nDec}):\n${show(perDecoy)}`);
if (fail.length) { console.error(`SELF-CHECK FAILED (${fail.length}):\n` + fail.slice(0, 30).join('\n')); process.exit(1); }
console.log('self-check passed');
