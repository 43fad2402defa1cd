#!/usr/bin/env node
/*
 * legal.mjs — independent labelled test corpus, theme "legal" (id prefix "lw").
 *
 * Personal data as it appears in legal work: 民事起诉状 / 答辩状 party blocks,
 * 判决书 / 裁定书 (served and published), 律师函, 送达回证 and 送达 logs, 调解协议,
 * law-firm 收案 lists, 执行 lists, 失信被执行人 public lists, 法律援助申请表,
 * 债权申报 tables, 公证 records, lawyer-client WeChat chats, mails between counsel,
 * 劳动仲裁 group claims, 证据目录, 授权委托书.
 *
 * Usage:   node legal.mjs OUT.jsonl        (default OUT: ./legal.jsonl)
 * Output:  one JSON object per line:
 *   {"id":"lw-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit
 * numbers upgraded to 18); cn_mobile 11 digits, no +86; cn_landline digits with the
 * leading 0 and area code; email lower-case; bank_card digits only; cn_passport
 * upper-case; cn_uscc 18 chars upper-case; person_name_zh as written without
 * spaces / padding / titles. Decoys carry their exact text as written.
 * Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic
 * (valid MOD 11-2 IDs, Luhn-valid cards, GB 32100 USCCs, allocated mobile prefixes).
 * A self-check runs at the end and exits 1 on failure.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
let S = 0x25a11e9d;
function rnd() {
  S = (S + 0x6d2b79f5) | 0;
  let t = Math.imul(S ^ (S >>> 15), 1 | S);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const skew = (a, k = 1.7) => a[Math.floor(a.length * Math.pow(rnd(), k))];
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const toFull = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const toHalf = (s) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
function rowCount() { const r = rnd(); return r < 0.18 ? ri(1, 5) : r < 0.6 ? ri(6, 25) : r < 0.88 ? ri(26, 50) : ri(51, 80); }

// ---------------------------------------------------------------- check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const A31 = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += A31.indexOf(s17[i]) * U_W[i]; return A31[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (c >= '0' && c <= '9' ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function mkUSCC(p2, reg6, body8) { const s17 = p2 + reg6 + body8 + orgCheck(body8); return s17 + usccCheck(s17); }
function luhnDigit(body) { let s = 0, dbl = true; for (let i = body.length - 1; i >= 0; i--) { let v = +body[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } s += v; dbl = !dbl; } return String((10 - (s % 10)) % 10); }
function luhnOk(n) { let s = 0, dbl = false; for (let i = n.length - 1; i >= 0; i--) { let v = +n[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } s += v; dbl = !dbl; } return s % 10 === 0; }
function s10(prefix) { const b = digits(8), W = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * W[i]; let c = 11 - (s % 11); if (c === 10) c = 0; if (c === 11) c = 5; return `${prefix}${b}${c}CN`; }
function realDate(y, m, d) { const dt = new Date(Date.UTC(y, m - 1, d)); return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d; }

// ---------------------------------------------------------------- reference data
const pairs = (s) => s.trim().split(/\s+/).map((t) => { const m = /^([\u4e00-\u9fa5]+)([a-z]+)$/.exec(t); if (!m) throw new Error('bad pair ' + t); return [m[1], m[2]]; });
const SURN = pairs(`王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo
郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai
余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao
贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao
黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 常chang 文wen 安an 成cheng 易yi
关guan 费fei 伍wu 时shi 华hua 和he 牛niu 包bao 柴chai`);
const COMPOUND = pairs(`欧阳ouyang 上官shangguan 皇甫huangfu 令狐linghu 诸葛zhuge 司徒situ 司马sima 申屠shentu 夏侯xiahou 慕容murong 尉迟yuchi
长孙zhangsun 东方dongfang 公孙gongsun 宇文yuwen 端木duanmu 南宫nangong 独孤dugu 呼延huyan 钟离zhongli 闻人wenren 赫连helian 澹台tantai 淳于chunyu 拓跋tuoba`);
const GIVEN = pairs(`伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 秀xiu 霞xia
平ping 刚gang 桂gui 英ying 华hua 建jian 国guo 文wen 辉hui 玲ling 红hong 鹏peng 飞fei 宇yu 浩hao 然ran 晨chen 欣xin 怡yi 婷ting 雪xue 梅mei
琳lin 斌bin 波bo 峰feng 鑫xin 博bo 子zi 涵han 轩xuan 梓zi 萱xuan 睿rui 思si 雨yu 佳jia 嘉jia 俊jun 凯kai 志zhi 海hai 春chun 燕yan 慧hui
丹dan 晓xiao 琴qin 云yun 莉li 兰lan 成cheng 永yong 德de 荣rong 新xin 林lin 宏hong 良liang 彬bin 昊hao 天tian 泽ze 一yi 诺nuo 可ke 馨xin
雅ya 琪qi 瑶yao 璐lu 倩qian 颖ying 翔xiang 振zhen 东dong 亮liang 立li 坤kun 松song 金jin 玉yu 凤feng 秋qiu 冬dong 兵bing 庆qing 福fu
生sheng 宁ning 安an 楠nan 帆fan 旭xu 阳yang 晶jing 蕾lei 薇wei 月yue 义yi 胜sheng 祥xiang`);
// name|email-local|ethnicity|province prefix|gender
const MINORITY = `买买提·艾力|maimaiti|维吾尔族|65|男 阿依古丽·吐尔逊|ayiguli|维吾尔族|65|女 艾尔肯·阿不都拉|aierken|维吾尔族|65|男
热依拉·买买提|reyila|维吾尔族|65|女 迪丽娜尔·艾合买提|dilinaer|维吾尔族|65|女 阿不都热合曼·吾斯曼|abudureheman|维吾尔族|65|男
古丽米热·阿布来提|gulimire|维吾尔族|65|女 吐尔洪·司马义|tuerhong|维吾尔族|65|男 努尔兰·哈力木|nuerlan|哈萨克族|65|男
阿依达娜·叶尔兰|ayidana|哈萨克族|65|女 次仁卓玛|cirenzhuoma|藏族|54|女 扎西顿珠|zhaxidunzhu|藏族|54|男 格桑央金|gesangyangjin|藏族|54|女
索朗旺姆|suolangwangmu|藏族|54|女 尼玛次仁|nimaciren|藏族|54|男 达瓦|dawa|藏族|54|男 巴特尔|bateer|蒙古族|15|男 其其格|qiqige|蒙古族|15|女
乌云娜|wuyunna|蒙古族|15|女 斯琴高娃|siqingaowa|蒙古族|15|女 朝鲁门|chaolumen|蒙古族|15|男 苏日娜|surina|蒙古族|15|女`
  .trim().split(/\s+/).map((t) => { const [name, py, eth, prov, g] = t.split('|'); return { name, py, eth, prov, g }; });
const OTHER_ETH = ['回族', '满族', '壮族', '土家族', '苗族', '朝鲜族', '彝族'];
// code|prov|city|dist|abbr|area|subscriber length|court code|mid court|mid code
const REGIONS = `110105|北京市||朝阳区|京|010|8|0105|北京市第三中级人民法院|京03
110108|北京市||海淀区|京|010|8|0108|北京市第一中级人民法院|京01
110102|北京市||西城区|京|010|8|0102|北京市第二中级人民法院|京02
110106|北京市||丰台区|京|010|8|0106|北京市第二中级人民法院|京02
110114|北京市||昌平区|京|010|8|0114|北京市第一中级人民法院|京01
310115|上海市||浦东新区|沪|021|8|0115|上海市第一中级人民法院|沪01
310104|上海市||徐汇区|沪|021|8|0104|上海市第一中级人民法院|沪01
310101|上海市||黄浦区|沪|021|8|0101|上海市第二中级人民法院|沪02
120104|天津市||南开区|津|022|8|0104|天津市第一中级人民法院|津01
500103|重庆市||渝中区|渝|023|8|0103|重庆市第五中级人民法院|渝05
500112|重庆市||渝北区|渝|023|8|0112|重庆市第一中级人民法院|渝01
440106|广东省|广州市|天河区|粤|020|8|0106|广东省广州市中级人民法院|粤01
440103|广东省|广州市|荔湾区|粤|020|8|0103|广东省广州市中级人民法院|粤01
440304|广东省|深圳市|福田区|粤|0755|8|0304|广东省深圳市中级人民法院|粤03
440305|广东省|深圳市|南山区|粤|0755|8|0305|广东省深圳市中级人民法院|粤03
330106|浙江省|杭州市|西湖区|浙|0571|8|0106|浙江省杭州市中级人民法院|浙01
330102|浙江省|杭州市|上城区|浙|0571|8|0102|浙江省杭州市中级人民法院|浙01
320106|江苏省|南京市|鼓楼区|苏|025|8|0106|江苏省南京市中级人民法院|苏01
320505|江苏省|苏州市|虎丘区|苏|0512|8|0505|江苏省苏州市中级人民法院|苏05
420106|湖北省|武汉市|武昌区|鄂|027|8|0106|湖北省武汉市中级人民法院|鄂01
420111|湖北省|武汉市|洪山区|鄂|027|8|0111|湖北省武汉市中级人民法院|鄂01
510107|四川省|成都市|武侯区|川|028|8|0107|四川省成都市中级人民法院|川01
510104|四川省|成都市|锦江区|川|028|8|0104|四川省成都市中级人民法院|川01
610113|陕西省|西安市|雁塔区|陕|029|8|0113|陕西省西安市中级人民法院|陕01
610103|陕西省|西安市|碑林区|陕|029|8|0103|陕西省西安市中级人民法院|陕01
210103|辽宁省|沈阳市|沈河区|辽|024|8|0103|辽宁省沈阳市中级人民法院|辽01
620102|甘肃省|兰州市|城关区|甘|0931|7|0102|甘肃省兰州市中级人民法院|甘01
130702|河北省|张家口市|桥东区|冀|0313|7|0702|河北省张家口市中级人民法院|冀07
411602|河南省|周口市|川汇区|豫|0394|7|1602|河南省周口市中级人民法院|豫16
341002|安徽省|黄山市|屯溪区|皖|0559|7|1002|安徽省黄山市中级人民法院|皖10
370102|山东省|济南市|历下区|鲁|0531|8|0102|山东省济南市中级人民法院|鲁01
430104|湖南省|长沙市|岳麓区|湘|0731|8|0104|湖南省长沙市中级人民法院|湘01
650102|新疆维吾尔自治区|乌鲁木齐市|天山区|新|0991|7|0102|新疆维吾尔自治区乌鲁木齐市中级人民法院|新01
653101|新疆维吾尔自治区|喀什地区|喀什市|新|0998|7|3101|新疆维吾尔自治区喀什地区中级人民法院|新31
540102|西藏自治区|拉萨市|城关区|藏|0891|7|0102|西藏自治区拉萨市中级人民法院|藏01
150102|内蒙古自治区|呼和浩特市|新城区|蒙|0471|7|0102|内蒙古自治区呼和浩特市中级人民法院|蒙01`
  .split('\n').map((l) => { const [code, prov, city, dist, abbr, area, tlen, cc, midName, mid] = l.split('|'); return { code, prov, city, dist, abbr, area, tlen: +tlen, cc, midName, mid, short: prov.replace(/(维吾尔自治区|自治区|省)$/, '') }; });
const OLD_ID_REGIONS = ['110103', '110104']; // 崇文区 / 宣武区, abolished 2010, still on IDs
const ROADS = ['建国路', '中山路', '人民路', '解放路', '长安街', '王府井大街', '和平路', '新华路', '文化路', '学院路', '光明路', '幸福路', '东风路', '黄河路', '青年路', '朝阳北路', '金融街', '科技园路'];
const ESTATES = ['阳光花园', '金色家园', '翠湖小区', '万科城', '华润公寓', '和谐家园', '锦绣苑', '金地名苑', '富力城', '碧桂园', '世纪花园', '丽都公寓'];
const FIRM_ZH = pairs('恒泰hengtai 鼎信dingxin 正平zhengping 君衡junheng 明德mingde 睿博ruibo 中衡zhongheng 泰和taihe 信远xinyuan 华研huayan 尚法shangfa 致远zhiyuan 衡平hengping 秉正bingzheng 守正shouzheng 弘毅hongyi 立言liyan 知行zhixing 嘉诚jiacheng 同道tongdao');
const CO_ZH = ['恒达', '鼎盛', '华信', '中联', '金诚', '瑞丰', '宏达', '博远', '汇通', '嘉禾', '鑫源', '永利', '润泽', '盛世', '锦程', '万家', '安泰', '腾飞', '华锐', '兴业达', '远景', '德润', '百川'];
const INDUSTRY = ['科技', '商贸', '建筑工程', '物业管理', '房地产开发', '餐饮管理', '信息技术', '融资租赁', '投资管理', '供应链管理', '装饰工程', '物流', '文化传媒', '医疗器械', '汽车销售', '教育咨询'];
const BANKS = [ // iin, length, full name, short name
  ['622202', 19, '中国工商银行股份有限公司', '工商银行'], ['621226', 19, '中国工商银行股份有限公司', '工行'], ['622848', 19, '中国农业银行股份有限公司', '农业银行'],
  ['621700', 19, '中国建设银行股份有限公司', '建设银行'], ['622700', 19, '中国建设银行股份有限公司', '建行'], ['623668', 19, '中国建设银行股份有限公司', '建行'],
  ['621661', 19, '中国银行股份有限公司', '中国银行'], ['622262', 19, '交通银行股份有限公司', '交通银行'], ['622588', 16, '招商银行股份有限公司', '招商银行'],
  ['621483', 16, '招商银行股份有限公司', '招行'], ['622908', 18, '兴业银行股份有限公司', '兴业银行'], ['622622', 16, '中国民生银行股份有限公司', '民生银行'],
  ['621799', 19, '中国邮政储蓄银行股份有限公司', '邮储银行'], ['622521', 16, '上海浦东发展银行股份有限公司', '浦发银行'], ['622689', 16, '中信银行股份有限公司', '中信银行'],
  ['438088', 16, '中国建设银行股份有限公司', '建行'], ['524047', 16, '中国银行股份有限公司', '中行'], ['625908', 16, '中国光大银行股份有限公司', '光大银行'],
];
const BRANCH = ['营业部', '中关村支行', '国贸支行', '城南支行', '高新支行', '东湖支行', '人民路支行', '开发区支行', '滨江支行', '新城支行', '解放路支行', '科技园支行'];
const MOB_PREF = (() => { const a = []; for (let i = 130; i <= 139; i++) a.push(String(i), String(i)); for (const p of [150, 151, 152, 153, 155, 156, 157, 158, 159, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189]) a.push(String(p), String(p)); for (const p of [145, 147, 162, 165, 166, 167, 170, 171, 172, 173, 175, 176, 177, 178, 190, 191, 192, 193, 195, 196, 197, 198, 199]) a.push(String(p)); return a; })();
const DEMO_MOBILES = new Set(['13800138000', '13912345678', '18888888888']);
const MAIL_DOM = ['qq.com', 'qq.com', '163.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', 'sina.cn', '139.com', 'hotmail.com'];
const STAT = {
  loan: ['第六百六十七条', '第六百七十五条', '第六百七十六条', '第六百七十九条', '第六百八十条'],
  contract: ['第五百零九条', '第五百七十七条', '第五百七十九条', '第五百八十四条', '第六百二十六条'],
  lease: ['第七百零三条', '第七百二十一条', '第七百二十二条'],
  tort: ['第一千一百六十五条', '第一千一百七十九条', '第一千二百零八条'],
  marriage: ['第一千零七十九条', '第一千零八十四条', '第一千零八十七条'],
  civpro: ['第一百二十二条', '第一百二十四条', '第六十七条', '第一百四十五条', '第二百六十四条', '第一百零三条'],
  labor: ['第三十条', '第四十六条', '第四十七条', '第八十二条', '第八十五条'],
  bankrupt: ['第四十四条', '第四十八条', '第四十九条', '第五十六条', '第一百一十三条'],
};
const JOBS = ['普工', '焊工', '仓管员', '司机', '保洁员', '厨师', '收银员', '销售代表', '电工', '钢筋工', '木工', '质检员', '文员', '保安'];

// ---------------------------------------------------------------- small generators
function rdate(y0, y1) { for (;;) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, 31); if (realDate(y, m, d) && y * 100 + m <= 202611) return { y, m, d }; } }
const CN_D = '〇一二三四五六七八九';
function cnNum(n) { if (n < 10) return CN_D[n]; if (n < 20) return '十' + (n % 10 ? CN_D[n % 10] : ''); return CN_D[Math.floor(n / 10)] + '十' + (n % 10 ? CN_D[n % 10] : ''); }
function fmtDate(t, st = ri(0, 5)) {
  const { y, m, d } = t;
  switch (st) {
    case 0: case 1: return `${y}年${m}月${d}日`;
    case 2: return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    case 3: return `${y}.${m}.${d}`;
    case 4: return `${y}/${pad(m, 2)}/${pad(d, 2)}`;
    default: return `${String(y).split('').map((c) => CN_D[+c]).join('')}年${cnNum(m)}月${cnNum(d)}日`;
  }
}
function capital(n) {
  const D = '零壹贰叁肆伍陆柒捌玖', U = ['', '拾', '佰', '仟'];
  const four = (x) => { let s = '', z = false; for (let i = 3; i >= 0; i--) { const g = Math.floor(x / 10 ** i) % 10; if (g === 0) { if (s) z = true; } else { if (z) { s += '零'; z = false; } s += D[g] + U[i]; } } return s; };
  const wan = Math.floor(n / 1e4), rest = n % 1e4; let s = '';
  if (wan) s += four(wan) + '万';
  if (rest) { if (wan && rest < 1000) s += '零'; s += four(rest); }
  return (s || '零') + '元整';
}
function fmtAmt(n, st = ri(0, 6)) {
  const c = n.toLocaleString('en-US');
  switch (st) {
    case 0: return `${n}元`;
    case 1: case 2: return `${c}元`;
    case 3: return `${c}.00元`;
    case 4: return `¥${c}.00`;
    case 5: return `人民币${c}元`;
    default: return n % 10000 === 0 && n < 1e8 ? `${n / 10000}万元` : `${c}元`;
  }
}
const amount = () => pick([ri(2, 99) * 1000, ri(1, 60) * 10000, ri(3000, 980000), ri(100, 5000) * 100]);
function mkMobile() { for (;;) { const m = pick(MOB_PREF) + digits(8); if (!DEMO_MOBILES.has(m) && !/^(\d)\1+$/.test(m.slice(3))) return m; } }
function mkCard(bank = pick(BANKS)) { const body = bank[0] + digits(bank[1] - 7); return { no: body + luhnDigit(body), bank }; }
function mkCorpAcct() { const st = ri(0, 4); return ['0200' + digits(15), '1105' + digits(16), '1109' + digits(11), digits(12).replace(/^0/, '3'), '11' + digits(15)][st]; }
function mkTel(reg) { const sub = String(ri(2, 8)) + digits(reg.tlen - 1); return { area: reg.area, sub, value: reg.area + sub }; }
function mkAddr(reg, org = false) {
  const base = `${reg.prov}${reg.city}${reg.dist}${pick(ROADS)}${ri(1, 399)}号`;
  if (org) return base + pick(['', `${pick(['国际大厦', '金融中心', '科技大厦', '商务楼'])}${ri(2, 32)}层${pad(ri(1, 20), 2)}室`, `${ri(1, 9)}号楼${ri(101, 1808)}室`]);
  return base + pick([`${pick(ESTATES)}${ri(1, 30)}号楼${ri(1, 6)}单元${ri(1, 28)}0${ri(1, 6)}室`, `${ri(1, 12)}栋${ri(101, 2606)}房`, `${pick(ESTATES)}${ri(1, 20)}幢${ri(101, 1802)}室`]);
}
function mkBranch(reg, bank = pick(BANKS)) { const city = (reg.city || reg.prov).replace(/(市|地区)$/, ''); return chance(0.6) ? `${bank[2]}${city}${pick(BRANCH)}` : `${bank[3]}${city}${pick(BRANCH)}`; }
const PAREN = () => pick([['(', ')'], ['（', '）'], ['（', '）'], ['〔', '〕']]);
function caseNo(reg, t, y = ri(2020, 2026), par = PAREN()) {
  const [o, c] = par;
  if (t === '民终' || t === '破' || t === '破申') return `${o}${y}${c}${reg.mid}${t}${ri(1, t === '民终' ? 19999 : 600)}号`;
  return `${o}${y}${c}${reg.abbr}${reg.cc}${t}${ri(1, t === '民初' ? 49999 : 19999)}号`;
}
const courtOf = (reg) => `${reg.prov}${reg.city}${reg.dist}人民法院`;
function lic(reg, g) { return `${reg.code.slice(0, 4)}${pick(['1', '1', '1', '2'])}${ri(2003, 2022)}${g === '女' ? '2' : '1'}${digits(7)}`; }
function trackNo() { const r = rnd(); if (r < 0.35) return s10(pick(['EA', 'EB', 'EK', 'EY'])); if (r < 0.6) return '11' + pick(['38', '50', '86', '77', '91']) + digits(9); if (r < 0.75) return 'SF' + pick(['14', '13', '15']) + digits(11); if (r < 0.88) return '7' + pick(['3', '5', '7']) + digits(12); return '43' + digits(11); }
const txnNo = () => `${ri(2021, 2026)}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${digits(ri(9, 12))}`;

// ---------------------------------------------------------------- people, firms, companies
function mkName() {
  if (chance(0.05)) { const c = pick(COMPOUND); const n = chance(0.5) ? [pick(GIVEN)] : [pick(GIVEN), pick(GIVEN)]; return { name: c[0] + n.map((x) => x[0]).join(''), sur: c[0], py: c[1] + n.map((x) => x[1]).join(''), spy: c[1], gpy: n.map((x) => x[1]).join('') }; }
  const s = skew(SURN); const n = chance(0.28) ? [pick(GIVEN)] : [pick(GIVEN), pick(GIVEN)];
  if (n.length === 2 && n[0][0] === n[1][0] && chance(0.6)) n.pop();
  return { name: s[0] + n.map((x) => x[0]).join(''), sur: s[0], py: s[1] + n.map((x) => x[1]).join(''), spy: s[1], gpy: n.map((x) => x[1]).join('') };
}
function mkPerson(o = {}) {
  let p;
  if (o.minority ?? chance(0.06)) {
    const m = pick(MINORITY); let name = m.name;
    if (name.includes('·')) name = name.replace('·', pick(['·', '·', '·', '·', '•', '．']));
    p = { name, sur: null, py: m.py, spy: m.py, gpy: '', eth: m.eth, gender: m.g, reg: pick(REGIONS.filter((r) => r.code.startsWith(m.prov))) };
  } else {
    p = { ...mkName(), eth: chance(0.9) ? '汉族' : pick(OTHER_ETH), gender: chance(0.5) ? '男' : '女', reg: o.reg || pick(REGIONS) };
  }
  const birth = rdate(o.y0 || 1952, o.y1 || 2003);
  const regCode = birth.y < 2010 && chance(0.04) ? pick(OLD_ID_REGIONS) : p.reg.code;
  let seq = ri(0, 99) * 10 + ri(0, 9); if ((seq % 2 === 1) !== (p.gender === '男')) seq = (seq + 1) % 1000;
  const b17 = regCode + birth.y + pad(birth.m, 2) + pad(birth.d, 2) + pad(seq, 3);
  p.birth = birth; p.id = b17 + idCheck(b17); p.mobile = mkMobile(); p.addr = mkAddr(p.reg);
  return p;
}
function emailOf(p) {
  if (p.email) return p.email;
  const r = rnd(); let local, dom = pick(MAIL_DOM), inner = false;
  if (dom === '139.com' && chance(0.7)) { local = p.mobile; inner = true; }
  else if (dom === 'qq.com' && chance(0.6)) local = String(ri(1, 9)) + digits(ri(5, 9));
  else if (r < 0.3) local = p.py + (chance(0.5) ? p.birth.y : '');
  else if (r < 0.5) local = p.gpy ? `${p.spy}.${p.gpy}` : p.py + ri(1, 99);
  else if (r < 0.65) local = p.gpy ? `${p.gpy}_${p.spy}` : `${p.py}_${ri(10, 99)}`;
  else if (r < 0.8) local = p.py + ri(1, 999);
  else local = (p.gpy ? p.spy[0] + p.gpy : p.py.slice(0, 4)) + pad(ri(1, 9999), 4);
  let addr = `${local}@${dom}`;
  if (!inner && /^[a-z]/.test(local) && chance(0.1)) addr = local[0].toUpperCase() + local.slice(1) + '@' + dom;
  return (p.email = { addr, inner });
}
function ppOf(p) { return p.pp || (p.pp = chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7)); }
function cardOf(p) { return p.card || (p.card = mkCard()); }
function mkFirm(reg = pick(REGIONS)) {
  const z = pick(FIRM_ZH);
  const prov = ['北京市', '上海市', '天津市', '重庆市'].includes(reg.prov) ? reg.prov : reg.short;
  const tld = pick(['com', 'cn', 'com.cn']);
  return { name: `${prov}${z[0]}律师事务所`, zh: z[0], domain: `${z[1]}law.${tld}`, uscc: mkUSCC('31', reg.code.slice(0, 2) + '0000', 'E' + digits(7)), tel: mkTel(reg), reg, addr: mkAddr(reg, true), acct: mkCorpAcct(), bank: mkBranch(reg), code: z[1].slice(0, 2).toUpperCase() };
}
function mkLawyer(firm) {
  const p = mkPerson({ y0: 1965, y1: 1998, reg: firm.reg, minority: false });
  p.firm = firm; p.lic = lic(firm.reg, p.gender);
  p.email = { addr: `${chance(0.6) ? p.py : p.spy + p.gpy[0]}${chance(0.15) ? ri(1, 9) : ''}@${firm.domain}`, inner: false };
  return p;
}
function mkCompany(reg = pick(REGIONS)) {
  const city = reg.city || reg.prov, z = pick(CO_ZH), ind = pick(INDUSTRY);
  const r = rnd();
  const name = r < 0.72 ? `${city}${z}${ind}有限公司` : r < 0.88 ? `${z}${ind}（${city.replace(/(市|地区)$/, '')}）有限公司` : `${city}${z}${ind}股份有限公司`;
  const reg6 = chance(0.7) ? reg.code : reg.code.slice(0, 4) + '00';
  const body = chance(0.75) ? 'MA' + Array.from({ length: 6 }, () => pick(A31)).join('') : String(ri(10000000, 79999999));
  return { name, uscc: mkUSCC('91', reg6, body), rep: mkPerson({ y0: 1955, y1: 1995 }), tel: mkTel(reg), addr: mkAddr(reg, true), acct: mkCorpAcct(), bank: mkBranch(reg), reg, isCo: true };
}
const JUDGE = () => mkName().name;

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.C = new Map(); this.D = new Map(); }
  _add(map, det, value, raw) { const k = det + '\u0000' + value; let e = map.get(k); if (!e) map.set(k, (e = { detector: det, value, raws: new Set() })); e.raws.add(raw); return raw; }
  e(det, value, raw = value) { return this._add(this.E, det, value, raw); }
  c(det, value, raw = value) { return this._add(this.C, det, value, raw); }
  d(kind, text) { if (!this.D.has(text)) this.D.set(text, { kind, text }); return text; }
}
function mobStyle() { const r = rnd(); return r < 0.64 ? 0 : r < 0.76 ? 1 : r < 0.85 ? 2 : r < 0.89 ? 3 : r < 0.92 ? 4 : r < 0.94 ? 5 : r < 0.96 ? 6 : r < 0.98 ? 7 : 8; }
function fmtMobile(m, s) { const a = m.slice(0, 3), b = m.slice(3, 7), c = m.slice(7); return [m, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `+86 ${m}`, `+86-${m}`, `+86 ${a} ${b} ${c}`, `0086${m}`, `(+86)${m}`, toFull(m)][s]; }
// renderers: register the value and return the raw form written into the text
const NM = (d, p, mode = 'e', raw) => d[mode]('person_name_zh', p.name || p, raw ?? (p.name || p));
const NMpad = (d, p, mode = 'e') => { const n = p.name || p; return NM(d, p, mode, n.length === 2 && chance(0.5) ? n[0] + pick(['  ', '\u3000', ' ']) + n[1] : n); };
const MOB = (d, p, st = mobStyle()) => d.e('cn_mobile', p.mobile, fmtMobile(p.mobile, st));
function IDN(d, p, plain = false) {
  const id = p.id, r = rnd(); let raw = id;
  if (!plain) { if (id.endsWith('X') && r < 0.3) raw = id.slice(0, 17) + 'x'; else if (r < 0.03) raw = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`; else if (r < 0.05) raw = toFull(id); }
  return d.e('cn_resident_id', id, raw);
}
function CARD(d, p, plain = false, mode = 'e') {
  const c = cardOf(p).no, r = rnd();
  const raw = plain || r < 0.5 ? c : r < 0.92 ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : c.replace(/(\d{4})(?=\d)/g, '$1-');
  return d[mode]('bank_card', c, raw);
}
function MAIL(d, p, mode = 'e') { const em = emailOf(p); if (em.inner) d[mode]('cn_mobile', p.mobile, p.mobile); return d[mode]('email', em.addr.toLowerCase(), em.addr); }
function TEL(d, t, mode = 'e') {
  const { area, sub } = t, r = rnd();
  const raw = r < 0.5 ? `${area}-${sub}` : r < 0.62 ? `(${area})${sub}` : r < 0.7 ? `（${area}）${sub}` : r < 0.8 ? `${area} ${sub}` : r < 0.88 ? area + sub : r < 0.94 ? `+86 ${area.slice(1)} ${sub}` : sub.length === 8 ? `${area}-${sub.slice(0, 4)}-${sub.slice(4)}` : `${area}-${sub}`;
  return d[mode]('cn_landline', t.value, raw);
}
const USCC = (d, co) => d.e('cn_uscc', co.uscc, chance(0.05) ? co.uscc.toLowerCase() : co.uscc);
const ACCT = (d, o) => d.c('bank_card', o.acct, o.acct); // corporate account: organisation data
const DEC = {
  date: (d, t, st) => d.d('date', fmtDate(t, st)),
  amt: (d, n, st) => d.d('amount', fmtAmt(n, st)),
  court: (d, reg) => d.d('court', courtOf(reg)),
  caseNo: (d, reg, t, y) => d.d(t.startsWith('执') ? 'exec_case_no' : 'case_no', caseNo(reg, t, y)),
  firm: (d, f) => d.d('law_firm', f.name),
  co: (d, c) => d.d('company', c.name),
  branch: (d, b) => d.d('bank_branch', b),
  stat: (d, k) => d.d('statute', pick(STAT[k])),
  lic: (d, l) => d.d('lawyer_license', l.lic),
};
function maskName(p) { const n = p.name || p; if (!p.sur) return n[0] + '某'; const s = p.sur; return pick([s + '某', s + '某某', s + '某', s + '*', s + '**', s + '某甲', s + '某乙', s + '*' + n.slice(-1)]); }
function maskId(id) { return pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14), id.slice(0, 10) + '****' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14)]); }
const maskMob = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`]);
function partyBlock(d, role, p, o = {}) {
  const b = p.birth; const parts = [`${role}：${NM(d, p)}`, p.gender];
  parts.push(pick([`${b.y}年${b.m}月${b.d}日出生`, `${b.y}年${b.m}月${b.d}日生`, `出生于${b.y}年${b.m}月${b.d}日`]));
  parts.push(p.eth);
  if (!o.noAddr) parts.push(`住${p.addr}`);
  if (!o.noId && chance(0.05)) parts.push(`现居${pick(['加拿大', '澳大利亚', '新加坡', '美国', '日本', '新西兰'])}，${pick(['护照号码', '护照号', '中华人民共和国护照号码'])}：${d.e('cn_passport', ppOf(p))}`);
  else if (!o.noId) parts.push(`${pick(['公民身份号码', '身份证号码', '身份证号'])}${pick(['：', ''])}${IDN(d, p)}`);
  if (!o.noTel) parts.push(chance(0.08) ? `${pick(['联系电话', '电话', '住宅电话'])}：${TEL(d, mkTel(p.reg))}` : `${pick(['联系电话', '电话', '手机'])}：${MOB(d, p)}`);
  return parts.join('，') + '。';
}
function companyBlock(d, role, co, o = {}) {
  let s = `${role}：${DEC.co(d, co)}，住所地${co.addr}，${pick(['统一社会信用代码', '统一社会信用代码', '社会信用代码'])}：${USCC(d, co)}。\n`;
  s += `法定代表人：${NM(d, co.rep)}，${pick(['董事长', '执行董事', '总经理', '经理', '执行董事兼总经理'])}`;
  if (!o.noTel) s += chance(0.5) ? `，联系电话：${MOB(d, co.rep)}` : `，电话：${TEL(d, co.tel, 'c')}`;
  return s + '。';
}
function lawyerLine(d, role, l, o = {}) {
  let s = `${role}：${NM(d, l)}，${DEC.firm(d, l.firm)}律师`;
  if (o.lic ?? chance(0.3)) s += `，执业证号${DEC.lic(d, l)}`;
  if (o.tel ?? chance(0.55)) s += `，联系电话：${MOB(d, l)}`;
  if (o.mail ?? chance(0.2)) s += `，电子邮箱：${MAIL(d, l)}`;
  return s + '。';
}
function signBlock(d, firm, l) {
  const lines = [`${NM(d, l)}${pick([' 律师', '律师', ''])}`, DEC.firm(d, firm)];
  if (chance(0.5)) lines.push(`执业证号：${DEC.lic(d, l)}`);
  lines.push(`手机：${MOB(d, l)}`);
  if (chance(0.6)) lines.push(`${pick(['电话', '总机', 'Tel'])}：${TEL(d, firm.tel, 'c')}${chance(0.3) ? '转' + ri(800, 899) : ''}`);
  lines.push(`${pick(['邮箱', 'E-mail', 'Email'])}：${MAIL(d, l)}`);
  if (chance(0.4)) lines.push(`地址：${firm.addr}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- tables
function vw(s) { let w = 0; for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1; return w; }
const TFMT = ['csv', 'csv', 'tsv', 'tsv', 'pipe', 'md', 'semi', 'fixed', 'kv'];
function renderTable(fmt, H, rows) {
  const q = (sep) => (c) => (c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c);
  switch (fmt) {
    case 'csv': return [H, ...rows].map((r) => r.map(q(',')).join(',')).join('\n');
    case 'semi': return [H, ...rows].map((r) => r.map(q(';')).join(';')).join('\n');
    case 'tsv': return [H, ...rows].map((r) => r.join('\t')).join('\n');
    case 'pipe': return [H, ...rows].map((r) => r.join(' | ')).join('\n');
    case 'md': return [`| ${H.join(' | ')} |`, `|${H.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'fixed': { const w = H.map((h, j) => Math.max(vw(h), ...rows.map((r) => vw(r[j])))); return [H, ...rows].map((r) => r.map((c, j) => c + ' '.repeat(w[j] - vw(c))).join('  ').trimEnd()).join('\n'); }
    default: return rows.map((r, i) => `【${i + 1}】\n` + H.map((h, j) => `${h}：${r[j]}`).join('\n')).join('\n\n');
  }
}
// cols: [{h:[variants], get:(d,row,i)=>string, req?:bool, p?:prob}]
function buildTable(d, cols, data, fmt = pick(TFMT)) {
  const chosen = cols.filter((c) => c.req || chance(c.p ?? 0.5));
  const first = chosen.filter((c) => c.first), rest = chosen.filter((c) => !c.first);
  const order = [...first, ...(chance(0.5) ? shuffle(rest) : rest)];
  const H = order.map((c) => pick(c.h));
  const padNames = fmt === 'fixed' || fmt === 'kv';
  const rows = data.map((r, i) => order.map((c) => String(c.get(d, r, i, padNames)).replace(/\n/g, ' ')));
  return { text: renderTable(fmt, H, rows), fmt };
}

// ---------------------------------------------------------------- document kinds
const CAUSES = ['民间借贷纠纷', '买卖合同纠纷', '房屋租赁合同纠纷', '机动车交通事故责任纠纷', '劳动争议', '离婚纠纷', '网络购物合同纠纷', '物业服务合同纠纷', '建设工程施工合同纠纷', '名誉权纠纷', '借款合同纠纷', '服务合同纠纷'];
function facts(d, cause, P, D, Dname) {
  const t1 = rdate(2019, 2025), a = amount();
  switch (cause) {
    case '民间借贷纠纷': case '借款合同纠纷': {
      let s = `${DEC.date(d, t1)}，被告${Dname}因${pick(['资金周转', '经营需要', '购房', '家庭急用'])}向原告借款${DEC.amt(d, a)}，约定月利率${pick(['1%', '1.5%', '0.8%', '2分'])}，借款期限${ri(3, 24)}个月，并出具借条一张。`;
      if (!D.isCo && chance(0.85)) s += `原告于当日通过其${cardOf(P).bank[3]}账户（卡号：${CARD(d, P)}）向被告${pick(['指定', '名下'])}账户（${pick(['卡号', '账号'])}：${CARD(d, D)}）转账支付上述款项。`;
      else s += `原告于当日通过银行转账方式支付上述款项（交易流水号：${d.d('txn_no', txnNo())}）。`;
      s += `借款到期后，经原告多次催要，被告仅于${DEC.date(d, rdate(2021, 2025))}归还${DEC.amt(d, Math.floor(a / 5))}，余款至今未还。`;
      return s;
    }
    case '买卖合同纠纷': case '服务合同纠纷': case '建设工程施工合同纠纷':
      return `原告与被告于${DEC.date(d, t1)}签订《${pick(['钢材购销合同', '设备采购合同', '装修施工合同', '技术服务合同', '建设工程施工合同'])}》（合同编号：${d.d('contract_no', `${pick(['HT', 'CG', 'SG', 'FW'])}-${t1.y}-${pad(ri(1, 9999), 4)}`)}），约定总价款${DEC.amt(d, a)}。原告依约履行义务后，被告仅支付${DEC.amt(d, Math.floor(a / 3))}，尚欠${DEC.amt(d, a - Math.floor(a / 3))}经催告后仍未支付。`;
    case '房屋租赁合同纠纷':
      return `${DEC.date(d, t1)}，原告将位于${P.addr}的房屋出租给被告${Dname}，月租金${DEC.amt(d, ri(15, 120) * 100)}，押金${DEC.amt(d, ri(15, 120) * 100)}。被告自${DEC.date(d, rdate(2022, 2025))}起拖欠租金，${pick(['经原告多次催要仍未支付', '并于其后擅自搬离'])}。`;
    case '机动车交通事故责任纠纷':
      return `${DEC.date(d, t1)}，被告${Dname}驾驶小型轿车与原告发生碰撞，致原告受伤。经交警部门认定（认定书编号：${d.d('accident_cert', `第${D.reg ? D.reg.code : '110105'}${t1.y}${digits(8)}号`)}），被告负事故全部责任。原告住院治疗${ri(5, 60)}天，花费医疗费${DEC.amt(d, ri(8000, 260000))}。`;
    case '劳动争议':
      return `原告于${DEC.date(d, t1)}入职被告处，担任${pick(JOBS)}，月工资${DEC.amt(d, ri(40, 160) * 100)}，工资通过原告${cardOf(P).bank[3]}工资卡（卡号${CARD(d, P)}）发放。被告自${DEC.date(d, rdate(2023, 2025))}起拖欠工资，原告被迫解除劳动合同。`;
    case '离婚纠纷': {
      const kid = mkPerson({ y0: 2008, y1: 2022, reg: P.reg, minority: false });
      return `原告与被告${Dname}于${DEC.date(d, t1)}登记结婚，婚后育有${kid.gender === '男' ? '一子' : '一女'}${NM(d, kid)}（${kid.birth.y}年${kid.birth.m}月${kid.birth.d}日出生，身份证号${IDN(d, kid)}）。婚后双方因性格不合经常争吵，自${DEC.date(d, rdate(2022, 2025))}起分居至今，夫妻感情确已破裂。`;
    }
    case '网络购物合同纠纷':
      return `原告于${DEC.date(d, t1)}通过网络平台向被告购买商品（订单号：${d.d('order_no', `${t1.y}${pad(t1.m, 2)}${pad(t1.d, 2)}${digits(10)}`)}），支付货款${DEC.amt(d, ri(300, 60000))}。收货后发现商品系假冒产品，被告拒绝退款。`;
    case '物业服务合同纠纷':
      return `原告系${P.addr}房屋的业主，被告${Dname}${D.isCo ? '为该小区物业服务企业' : '系原告楼上住户'}，${DEC.date(d, t1)}起因${D.isCo ? '被告未履行公共管道维修义务' : '被告房屋管道渗漏'}致原告房屋多次漏水，造成损失${DEC.amt(d, ri(1200, 36000))}。`;
    default:
      return `${DEC.date(d, t1)}起，被告${Dname}在${pick(['微信群', '抖音平台', '小区业主群'])}中多次发布针对原告的侮辱性言论，造成原告社会评价降低。`;
  }
}
function genComplaint(d) {
  const reg = pick(REGIONS), cause = pick(CAUSES), firm = mkFirm(reg);
  const P = [mkPerson({ reg: chance(0.6) ? reg : undefined })]; if (chance(0.18)) P.push(mkPerson());
  const D = chance(0.3) && !['离婚纠纷', '机动车交通事故责任纠纷'].includes(cause) ? mkCompany(reg) : mkPerson();
  const L = [pick(['民事起诉状', '民 事 起 诉 状', '起诉状', '民事起诉状（自然人）'])];
  P.forEach((p, i) => L.push(partyBlock(d, P.length > 1 ? `原告${'一二'[i]}` : '原告', p)));
  if (chance(0.55)) L.push(lawyerLine(d, '委托诉讼代理人', mkLawyer(firm)));
  let Dname;
  if (D.isCo) { L.push(companyBlock(d, '被告', D)); Dname = D.name; }
  else { L.push(partyBlock(d, '被告', D, { noId: chance(0.3), noTel: chance(0.2) })); Dname = NM(d, D); }
  if (chance(0.12)) { const T = mkPerson(); L.push(partyBlock(d, '第三人', T, { noId: chance(0.5) })); }
  const amt = amount();
  const what = { 民间借贷纠纷: '借款本金', 借款合同纠纷: '借款本金', 买卖合同纠纷: '货款', 服务合同纠纷: '服务费', 建设工程施工合同纠纷: '工程款', 房屋租赁合同纠纷: '欠付租金', 劳动争议: '工资及经济补偿金', 离婚纠纷: '子女抚养费', 机动车交通事故责任纠纷: '医疗费、误工费等各项损失', 网络购物合同纠纷: '价款及三倍赔偿', 物业服务合同纠纷: '房屋修复费用', 名誉权纠纷: '精神损害抚慰金' }[cause];
  L.push('诉讼请求：', `1. 判令被告向原告支付${what}${DEC.amt(d, amt)}及利息（以${DEC.amt(d, amt)}为基数，自${DEC.date(d, rdate(2021, 2025))}起按一年期贷款市场报价利率计算至实际清偿之日止）；`, `2. 本案诉讼费、保全费由被告承担。`);
  L.push('事实与理由：', facts(d, cause, P[0], D, Dname));
  L.push(`为维护原告的合法权益，根据《中华人民共和国民法典》${DEC.stat(d, pick(['loan', 'contract', 'lease', 'tort', 'marriage']))}及《中华人民共和国民事诉讼法》${DEC.stat(d, 'civpro')}之规定，特向贵院提起诉讼，请依法判决。`);
  L.push('此致', DEC.court(d, reg), '', `具状人：${NM(d, P[0])}`, DEC.date(d, rdate(2023, 2026)));
  L.push(`附：本起诉状副本${ri(1, 3)}份；证据材料${ri(3, 20)}份。`);
  if (chance(0.6)) {
    L.push('', '送达地址确认书', `受送达人：${NM(d, P[0])}`, `送达地址：${P[0].addr}`, `收件人电话：${MOB(d, P[0])}`);
    L.push(`是否同意电子送达：是　电子邮箱：${MAIL(d, P[0])}`);
  }
  if (chance(0.45)) L.push('', '诉讼费用退费账户信息', `户名：${NM(d, P[0])}`, `开户行：${DEC.branch(d, mkBranch(reg, cardOf(P[0]).bank))}`, `账号：${CARD(d, P[0])}`);
  return L.join('\n');
}
function genDefense(d) {
  const reg = pick(REGIONS), cause = pick(CAUSES), firm = mkFirm(reg);
  const A = chance(0.3) ? mkCompany(reg) : mkPerson(), B = mkPerson(), cn = DEC.caseNo(d, reg, chance(0.8) ? '民初' : '民终');
  const L = [pick(['民事答辩状', '答 辩 状', '答辩状'])];
  let An;
  if (A.isCo) { L.push(companyBlock(d, '答辩人', A)); An = A.name; } else { L.push(partyBlock(d, '答辩人', A)); An = NM(d, A); }
  if (chance(0.6)) L.push(lawyerLine(d, '委托诉讼代理人', mkLawyer(firm)));
  L.push(partyBlock(d, '被答辩人', B, { noId: chance(0.4), noAddr: chance(0.3) }));
  L.push(`答辩人就被答辩人${NM(d, B)}诉答辩人${cause}一案（案号：${cn}），提出答辩意见如下：`);
  L.push(`一、答辩人与被答辩人之间不存在${pick(['借贷合意', '合同关系', '劳动关系'])}。被答辩人提交的${pick(['转账记录', '借条', '聊天记录'])}仅能证明款项往来，不能证明其主张的事实。${A.isCo ? '' : `答辩人名下${cardOf(A).bank[3]}账户（${CARD(d, A)}）收到的${DEC.amt(d, amount())}系被答辩人偿还的货款。`}`);
  L.push(`二、被答辩人主张的利息计算标准超过法律规定，依据《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》${d.d('statute', pick(['第二十五条', '第二十八条', '第二十九条']))}，超出部分不应支持。`);
  L.push(`三、本案已超过诉讼时效，依照《中华人民共和国民法典》${d.d('statute', pick(['第一百八十八条', '第一百九十二条']))}，应驳回被答辩人全部诉讼请求。`);
  if (chance(0.4)) L.push(`答辩人送达地址：${A.isCo ? A.addr : A.addr}；联系电话：${A.isCo ? MOB(d, A.rep) : MOB(d, A)}${chance(0.5) ? `；电子邮箱：${MAIL(d, A.isCo ? A.rep : A)}` : ''}。`);
  L.push('此致', DEC.court(d, reg), `答辩人：${An}`, DEC.date(d, rdate(2023, 2026)));
  return L.join('\n');
}
function judgmentText(d, pub) {
  const reg = pick(REGIONS), cause = pick(['民间借贷纠纷', '借款合同纠纷', '买卖合同纠纷', '服务合同纠纷']), firm = mkFirm(reg), simple = chance(0.6);
  const P = mkPerson({ reg }), D = chance(0.3) ? mkCompany(reg) : mkPerson();
  const Pn = pub ? d.d('masked_name', maskName(P)) : P.name;
  const L = [DEC.court(d, reg), pick(['民 事 判 决 书', '民事判决书']), DEC.caseNo(d, reg, '民初')];
  const blk = (role, p, n) => pub ? `${role}：${n}，${p.gender}，${p.birth.y}年出生，${p.eth}，住${p.reg.prov}${p.reg.city}${p.reg.dist}。` : partyBlock(d, role, p, { noTel: chance(0.7) });
  L.push(blk('原告', P, Pn));
  const lawP = chance(0.75) ? mkLawyer(firm) : null;
  if (lawP) L.push(`委托诉讼代理人：${NM(d, lawP)}，${DEC.firm(d, firm)}律师。`);
  let Dn;
  if (D.isCo) { L.push(companyBlock(d, '被告', D, { noTel: true })); Dn = D.name; }
  else { Dn = pub ? d.d('masked_name', maskName(D)) : D.name; if (Dn === Pn) Dn = d.d('masked_name', D.sur ? D.sur + '某乙' : Dn + '乙'); L.push(blk('被告', D, Dn)); }
  if (!pub) { NM(d, P); if (!D.isCo) NM(d, D); }
  const lawD = chance(0.5) ? mkLawyer(mkFirm(reg)) : null;
  if (lawD) L.push(`委托诉讼代理人：${NM(d, lawD)}，${DEC.firm(d, lawD.firm)}律师。`);
  L.push(`原告${Pn}与被告${Dn}${cause}一案，本院于${DEC.date(d, rdate(2023, 2025), 1)}立案后，依法适用${simple ? '简易' : '普通'}程序，公开开庭进行了审理。原告${Pn}${lawP ? `及其委托诉讼代理人${lawP.name}` : ''}、被告${Dn}${lawD ? `的委托诉讼代理人${lawD.name}` : ''}到庭参加诉讼。本案现已审理终结。`);
  const a = amount();
  L.push(`${Pn}向本院提出诉讼请求：1.判令${Dn}${cause.includes('借') ? '偿还借款' : '支付价款'}${DEC.amt(d, a)}及利息；2.本案诉讼费用由${Dn}负担。`);
  L.push(`本院认定事实如下：${DEC.date(d, rdate(2019, 2023), 1)}，${Pn}通过${pub ? `尾号为${d.d('card_tail', String(ri(1000, 9999)))}的银行账户` : `其名下银行账户（${CARD(d, P, true)}）`}向${Dn}转账${DEC.amt(d, a)}。${pub ? '' : `${Dn}于庭审中确认收到上述款项。`}`);
  L.push(`本院认为，${cause.includes('借') ? '合法的借贷关系受法律保护' : '依法成立的合同对当事人具有法律约束力'}。依照《中华人民共和国民法典》${DEC.stat(d, 'loan')}、${DEC.stat(d, 'contract')}，《中华人民共和国民事诉讼法》${DEC.stat(d, 'civpro')}规定，判决如下：`);
  L.push(`一、被告${Dn}于本判决生效之日起十日内向原告${Pn}支付${DEC.amt(d, a)}；`, `二、驳回原告${Pn}的其他诉讼请求。`);
  const fee = ri(50, 9000);
  L.push(`如果未按本判决指定的期间履行给付金钱义务，应当依照《中华人民共和国民事诉讼法》${d.d('statute', '第二百六十四条')}之规定，加倍支付迟延履行期间的债务利息。`);
  L.push(`案件受理费${d.d('court_fee', fee * 2 + '元')}，${simple ? `减半收取计${d.d('court_fee', fee + '元')}，` : ''}由被告${Dn}负担。`);
  L.push(`如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于${d.d('court', reg.midName)}。`);
  if (simple) L.push(`审判员　${NM(d, JUDGE(), 'c')}`);
  else L.push(`审判长　${NM(d, JUDGE(), 'c')}`, `人民陪审员　${NM(d, JUDGE(), 'c')}`, `人民陪审员　${NM(d, JUDGE(), 'c')}`);
  L.push(DEC.date(d, rdate(2024, 2026), 5));
  L.push(`${pick(['书记员', '法官助理'])}　${NM(d, JUDGE(), 'c')}`);
  if (!pub && chance(0.35)) L.push(`本件与原本核对无异`, `（联系电话：${TEL(d, mkTel(reg), 'c')}；诉讼服务热线${d.d('hotline', '12368')}）`);
  return L.join('\n');
}
const genJudgment = (d) => judgmentText(d, false);
const genJudgmentPub = (d) => judgmentText(d, true);
function genRuling(d) {
  const reg = pick(REGIONS), A = chance(0.4) ? mkCompany(reg) : mkPerson(), B = mkPerson(), a = amount();
  const L = [DEC.court(d, reg), '民 事 裁 定 书', DEC.caseNo(d, reg, pick(['财保', '民初', '执保']))];
  let An;
  if (A.isCo) { L.push(companyBlock(d, '申请人', A, { noTel: true })); An = A.name; } else { L.push(partyBlock(d, '申请人', A, { noTel: chance(0.5) })); An = A.name; }
  L.push(partyBlock(d, '被申请人', B, { noTel: chance(0.5) }));
  const Bn = NM(d, B);
  const ins = pick(['中国人民财产保险股份有限公司', '中国平安财产保险股份有限公司', '中国太平洋财产保险股份有限公司']);
  L.push(`申请人${An}与被申请人${Bn}${pick(CAUSES)}一案，申请人${An}于${DEC.date(d, rdate(2023, 2026))}向本院提出财产保全申请，请求冻结被申请人${Bn}名下银行存款${DEC.amt(d, a)}或查封、扣押其相应价值的其他财产。${d.d('company', ins + pick(['北京市分公司', '深圳分公司', '营业部']))}为本次申请提供担保（保函编号：${d.d('policy_no', `${pick(['PIAS', 'ABJ', 'PZEH'])}${ri(2023, 2026)}${digits(ri(10, 14))}`)}）。`);
  L.push(`本院经审查认为，申请人的申请符合法律规定。依照《中华人民共和国民事诉讼法》${d.d('statute', '第一百零三条')}、${d.d('statute', '第一百零五条')}规定，裁定如下：`);
  L.push(`冻结被申请人${Bn}（${pick(['公民身份号码', '身份证号'])}${IDN(d, B)}）名下银行存款${DEC.amt(d, a)}或查封、扣押其相应价值的其他财产。`);
  L.push(`案件申请费${d.d('court_fee', ri(30, 5000) + '元')}，由申请人${An}负担。本裁定立即开始执行。`);
  L.push('', '附：财产线索清单');
  const n = ri(1, 4);
  for (let i = 0; i < n; i++) {
    const c = mkCard(); const key = 'c' + i; B[key] = c;
    L.push(`${i + 1}. ${DEC.branch(d, mkBranch(B.reg, c.bank))}，户名：${B.name}，账号：${CARD(d, { card: c })}`);
  }
  if (chance(0.5)) L.push(`${n + 1}. 不动产：${B.addr}（不动产权证号：${d.d('property_cert', `${B.reg.abbr}（${ri(2015, 2024)}）${B.reg.dist}不动产权第${pad(ri(1, 9999999), 7)}号`)}）`);
  L.push(`审判员　${NM(d, JUDGE(), 'c')}`, DEC.date(d, rdate(2024, 2026), 5), `书记员　${NM(d, JUDGE(), 'c')}`);
  return L.join('\n');
}
function genLetter(d) {
  const reg = pick(REGIONS), firm = mkFirm(reg), l = mkLawyer(firm), client = chance(0.5) ? mkCompany(reg) : mkPerson(), T = mkPerson(), a = amount();
  const y = ri(2022, 2026);
  const L = [`${DEC.firm(d, firm)}`, '律 师 函', d.d('letter_no', `${firm.zh}函字${pick(['〔', '[', '（'])}${y}${pick(['〕', ']', '）'])}第${pad(ri(1, 399), 3)}号`)];
  L.push(`致：${NM(d, T)}${pick(['先生', '女士', ''])}${chance(0.6) ? `（身份证号：${IDN(d, T)}）` : ''}`);
  if (chance(0.7)) L.push(`地址：${T.addr}`, `电话：${MOB(d, T)}`);
  const cn = client.isCo ? DEC.co(d, client) : NM(d, client);
  L.push(`${firm.name}（以下简称"本所"）接受${cn}（以下简称"委托人"）的委托，指派${l.name}律师就您拖欠委托人${pick(['借款', '货款', '租金', '工程款'])}一事，郑重致函如下：`);
  L.push(`据委托人陈述并经本所律师核实，您于${DEC.date(d, rdate(2020, 2025))}向委托人出具${pick(['借条', '欠条', '还款承诺书'])}，确认欠付${DEC.amt(d, a)}（大写：${d.d('amount', capital(a))}），约定于${DEC.date(d, rdate(2022, 2026))}前付清，但至今仍未履行。`);
  L.push(`根据《中华人民共和国民法典》${DEC.stat(d, 'contract')}之规定，请您于收到本函之日起${pick(['七', '十', '十五'])}日内将上述款项支付至委托人指定账户：`);
  if (client.isCo) L.push(`户名：${client.name}`, `开户行：${DEC.branch(d, client.bank)}`, `账号：${ACCT(d, client)}`);
  else L.push(`户名：${NM(d, client)}`, `开户行：${DEC.branch(d, mkBranch(reg, cardOf(client).bank))}`, `卡号：${CARD(d, client)}`);
  L.push(`逾期未付，本所将依法向${DEC.court(d, reg)}提起诉讼并申请财产保全，由此产生的诉讼费、保全费、律师费等全部费用将由您承担。`);
  L.push('特此函告。', '', signBlock(d, firm, l), DEC.date(d, rdate(y, y)));
  if (chance(0.5)) L.push(`（本函以${pick(['EMS', '顺丰速运', '中国邮政特快专递'])}寄送，运单号：${d.d('tracking_no', trackNo())}）`);
  return L.join('\n');
}
function genService(d) {
  const reg = pick(REGIONS), court = courtOf(reg);
  if (chance(0.45)) { // single receipt
    const R = mkPerson(), rel = chance(0.3) ? mkPerson({ reg: R.reg }) : null;
    const L = [d.d('court', court), '送 达 回 证', `案号：${DEC.caseNo(d, reg, pick(['民初', '民初', '执', '民终']))}`, `案由：${pick(CAUSES)}`];
    L.push(`送达文书名称及件数：${pick(['起诉状副本、应诉通知书、举证通知书、传票各1份', '民事判决书1份', '开庭传票1份', '执行通知书、报告财产令各1份'])}`);
    L.push(`受送达人：${NM(d, R)}`, `送达地址：${R.addr}`, `受送达人电话：${MOB(d, R)}`);
    L.push(`送达方式：${pick(['邮寄送达（法院专递）', '直接送达', '留置送达', '电子送达'])}${chance(0.7) ? `，邮件号：${d.d('tracking_no', trackNo())}` : ''}`);
    L.push(`送达人：${NM(d, JUDGE(), 'c')}、${NM(d, JUDGE(), 'c')}`);
    L.push(`受送达人签名或盖章：${rel ? '' : NM(d, R)}`);
    if (rel) L.push(`代收人及代收理由：${NM(d, rel)}（系受送达人之${pick(['妻', '夫', '子', '女', '母亲', '父亲'])}），代收人身份证号：${IDN(d, rel)}`);
    L.push(`签收日期：${DEC.date(d, rdate(2023, 2026))}`, `备注：${pick(['', '当事人拒绝签收，已拍照留存', '已电话通知'])}`);
    return L.join('\n');
  }
  const n = rowCount(), data = Array.from({ length: n }, () => ({ p: mkPerson(), cn: caseNo(reg, pick(['民初', '执', '民初'])) }));
  const cols = [
    { h: ['序号', 'No.'], req: true, first: true, get: (d, r, i) => i + 1 },
    { h: ['案号', '案件号'], req: true, get: (d, r) => d.d('case_no', r.cn) },
    { h: ['受送达人', '收件人', '当事人'], req: true, get: (d, r, i, pd) => (pd ? NMpad(d, r.p) : NM(d, r.p)) },
    { h: ['送达地址', '收件地址'], p: 0.7, get: (d, r) => r.p.addr },
    { h: ['收件人电话', '联系电话', '电话'], req: true, get: (d, r) => MOB(d, r.p, chance(0.8) ? 0 : 1) },
    { h: ['邮件号', 'EMS单号', '快递单号'], req: true, get: (d, r) => d.d('tracking_no', trackNo()) },
    { h: ['文书', '送达文书'], p: 0.5, get: () => pick(['传票', '判决书', '应诉材料', '裁定书', '执行通知书']) },
    { h: ['状态', '妥投情况'], p: 0.7, get: () => pick(['已妥投', '本人签收', '他人代收', '退回', '拒收']) },
    { h: ['寄出日期', '交寄日期'], p: 0.6, get: (d) => DEC.date(d, rdate(2024, 2026), 2) },
  ];
  const t = buildTable(d, cols, data);
  return `${d.d('court', court)}${pick(['法院专递邮寄登记表', '送达记录导出', 'EMS送达清单'])}\n${t.text}`;
}
function genMediation(d) {
  const reg = pick(REGIONS), A = mkPerson({ reg }), B = chance(0.3) ? mkCompany(reg) : mkPerson(), a = amount();
  const L = [pick(['人民调解协议书', '调解协议', '诉前调解协议书']), `编号：${DEC.caseNo(d, reg, pick(['民诉前调', '民初']))}`];
  L.push(partyBlock(d, '甲方', A));
  let Bn;
  if (B.isCo) { L.push(companyBlock(d, '乙方', B)); Bn = B.name; } else { L.push(partyBlock(d, '乙方', B)); Bn = B.name; }
  L.push(`纠纷主要事实、争议事项：甲乙双方因${pick(CAUSES)}发生纠纷，经${d.d('org', `${reg.dist}${pick(['人民调解委员会', '诉调对接中心', '多元调解中心'])}`)}主持调解，双方自愿达成如下协议：`);
  const inst = chance(0.5);
  L.push(`一、乙方同意支付甲方${DEC.amt(d, a)}${inst ? `，分${ri(2, 6)}期支付，首期${DEC.amt(d, Math.floor(a / 4))}于${DEC.date(d, rdate(2024, 2026))}前支付` : `，于${DEC.date(d, rdate(2024, 2026))}前一次性付清`}；`);
  L.push(`二、上述款项支付至甲方账户（户名：${NM(d, A)}；开户行：${DEC.branch(d, mkBranch(reg, cardOf(A).bank))}；${pick(['卡号', '账号'])}：${CARD(d, A)}）；`);
  L.push(`三、乙方如未按期足额支付任何一期款项，甲方有权就全部未付款项申请强制执行；`, `四、本协议履行完毕后，双方就本纠纷再无其他争议。`);
  if (chance(0.5)) L.push(`双方同意共同向${DEC.court(d, reg)}申请司法确认。`);
  L.push(`甲方（签名）：${NM(d, A)}　　乙方（签名/盖章）：${B.isCo ? Bn + '（法定代表人：' + NM(d, B.rep) + '）' : NM(d, B)}`);
  L.push(`调解员：${NM(d, JUDGE(), 'c')}　　记录人：${NM(d, JUDGE(), 'c')}`, DEC.date(d, rdate(2024, 2026)));
  return L.join('\n');
}
function genIntake(d, forceRows) {
  const reg = pick(REGIONS), firm = mkFirm(reg), lawyers = Array.from({ length: ri(2, 6) }, () => mkLawyer(firm));
  const n = forceRows || rowCount(), y = ri(2021, 2026);
  const data = Array.from({ length: n }, (_, i) => {
    const client = chance(0.25) ? mkCompany(pick(REGIONS)) : mkPerson();
    if (client.isCo) client.contact = mkPerson();
    return { client, opp: chance(0.35) ? mkCompany(pick(REGIONS)) : mkPerson(), lw: pick(lawyers), reg2: pick(REGIONS), no: i };
  });
  const sepNo = pick(['-', '', '/']);
  const cols = [
    { h: ['序号', '#'], p: 0.7, first: true, get: (d, r, i) => i + 1 },
    { h: ['收案编号', '案件编号', '内部编号', '登记号'], p: 0.7, get: (d, r, i) => d.d('intake_no', [firm.code, y, pick(['MS', 'SS', 'ZC', 'LD', 'XS']), pad(i + 1 + ri(0, 3) * 100, 4)].join(sepNo)) },
    { h: ['收案日期', '委托日期', '签约日期', '登记日期'], p: 0.7, get: (d) => DEC.date(d, rdate(y, y), pick([0, 2, 3, 4])) },
    { h: ['委托人', '当事人', '客户', '委托方', '客户名称'], req: true, get: (d, r, i, pd) => (r.client.isCo ? DEC.co(d, r.client) : pd ? NMpad(d, r.client) : NM(d, r.client)) },
    { h: ['证件号码', '身份证号/信用代码', '证件号', '公民身份号码/统一社会信用代码'], p: 0.85, get: (d, r) => (r.client.isCo ? USCC(d, r.client) : chance(0.05) ? d.e('cn_passport', ppOf(r.client)) : IDN(d, r.client)) },
    { h: ['联系人', '对接人'], p: 0.45, get: (d, r) => (r.client.isCo ? NM(d, r.client.contact) : '本人') },
    { h: ['联系电话', '电话', '手机', '手机号', '联系方式'], req: true, get: (d, r) => MOB(d, r.client.isCo ? r.client.contact : r.client, pick([0, 0, 0, 1, 2])) },
    { h: ['邮箱', '电子邮箱', 'E-mail', 'Email', '电邮'], p: 0.6, get: (d, r) => MAIL(d, r.client.isCo ? r.client.contact : r.client) },
    { h: ['对方当事人', '对方', '相对方', '被告/被申请人'], req: true, get: (d, r, i, pd) => (r.opp.isCo ? DEC.co(d, r.opp) : pd ? NMpad(d, r.opp) : NM(d, r.opp)) },
    { h: ['对方电话', '对方联系方式'], p: 0.25, get: (d, r) => (r.opp.isCo ? '-' : MOB(d, r.opp, 0)) },
    { h: ['案由', '案件类型', '纠纷类型'], req: true, get: () => pick(CAUSES) },
    { h: ['审理法院', '受理法院', '管辖法院'], p: 0.5, get: (d, r) => DEC.court(d, r.reg2) },
    { h: ['案号', '法院案号', '立案号'], p: 0.5, get: (d, r) => (chance(0.8) ? DEC.caseNo(d, r.reg2, pick(['民初', '民初', '民终', '执'])) : '待立案') },
    { h: ['承办律师', '主办律师', '经办律师', '承办人'], req: true, get: (d, r) => NM(d, r.lw) },
    { h: ['代理费', '律师费', '收费金额（元）', '代理费(元)'], p: 0.6, get: (d) => DEC.amt(d, ri(3, 200) * 1000, pick([0, 1, 3])) },
    { h: ['状态', '进展', '案件状态'], p: 0.5, get: () => pick(['一审中', '已结案', '执行中', '待立案', '二审中', '调解结案']) },
    { h: ['备注'], p: 0.25, get: (d, r) => (r.client.isCo || !chance(0.3) ? pick(['', '风险代理', '老客户介绍', '需开专票']) : `退费账户${CARD(d, r.client)}`) },
  ];
  const t = buildTable(d, cols, data);
  return `${DEC.firm(d, firm)}${pick(['收案登记表', '案件登记台账', '收案统计', '新收案件清单'])}（${y}年${t.fmt === 'kv' ? '' : pick(['', '第' + ri(1, 4) + '季度', ri(1, 12) + '月'])}）\n${t.text}`;
}
function genExecList(d) {
  const reg = pick(REGIONS), firm = mkFirm(reg), n = rowCount(), judges = Array.from({ length: ri(1, 4) }, () => ({ name: JUDGE(), tel: mkTel(reg) }));
  const data = Array.from({ length: n }, () => ({ app: chance(0.4) ? mkCompany(reg) : mkPerson(), res: mkPerson(), j: pick(judges), a: amount() }));
  const cols = [
    { h: ['序号'], p: 0.6, first: true, get: (d, r, i) => i + 1 },
    { h: ['执行案号', '案号'], req: true, get: (d, r) => DEC.caseNo(d, reg, pick(['执', '执', '执恢'])) },
    { h: ['申请执行人', '申请人'], req: true, get: (d, r, i, pd) => (r.app.isCo ? DEC.co(d, r.app) : pd ? NMpad(d, r.app) : NM(d, r.app)) },
    { h: ['被执行人', '被执行人姓名'], req: true, get: (d, r, i, pd) => (pd ? NMpad(d, r.res) : NM(d, r.res)) },
    { h: ['被执行人身份证号', '证件号码', '身份证号码'], p: 0.8, get: (d, r) => IDN(d, r.res) },
    { h: ['被执行人电话', '联系电话'], p: 0.6, get: (d, r) => MOB(d, r.res) },
    { h: ['执行标的', '执行标的（元）', '申请标的'], req: true, get: (d, r) => DEC.amt(d, r.a, pick([0, 1, 3])) },
    { h: ['已执行到位', '到位金额'], p: 0.5, get: (d, r) => DEC.amt(d, Math.floor(r.a * rnd()), pick([0, 1])) },
    { h: ['查控账户', '冻结账户', '被执行人银行账户'], p: 0.55, get: (d, r) => (chance(0.75) ? CARD(d, r.res) : '未查询到') },
    { h: ['执行法院'], p: 0.5, get: (d) => DEC.court(d, reg) },
    { h: ['立案日期', '立案时间'], p: 0.6, get: (d) => DEC.date(d, rdate(2021, 2026), pick([2, 4, 0])) },
    { h: ['执行法官', '承办法官'], p: 0.5, get: (d, r) => NM(d, r.j.name, 'c') },
    { h: ['法官电话', '承办人电话'], p: 0.3, get: (d, r) => TEL(d, r.j.tel, 'c') },
    { h: ['状态', '执行状态'], p: 0.6, get: () => pick(['执行中', '终结本次执行', '执行完毕', '和解履行中', '恢复执行']) },
  ];
  const t = buildTable(d, cols, data);
  return `${DEC.firm(d, firm)}执行案件跟踪表\n${t.text}`;
}
function genDishonest(d) {
  const reg = pick(REGIONS), masked = chance(0.7), n = rowCount();
  const data = Array.from({ length: n }, () => (chance(0.25) ? mkCompany(pick(REGIONS)) : mkPerson()));
  const cols = [
    { h: ['序号'], req: true, first: true, get: (d, r, i) => i + 1 },
    { h: ['被执行人姓名/名称', '失信被执行人', '姓名/名称'], req: true, get: (d, r) => (r.isCo ? DEC.co(d, r) : masked ? d.d('masked_name', maskName(r)) : NM(d, r)) },
    { h: ['性别'], p: 0.5, get: (d, r) => (r.isCo ? '' : r.gender) },
    { h: ['年龄'], p: 0.4, get: (d, r) => (r.isCo ? '' : String(2026 - r.birth.y)) },
    { h: ['身份证号码/组织机构代码', '证件号码', '身份证号/统一社会信用代码'], req: true, get: (d, r) => (r.isCo ? (masked ? d.d('masked_uscc', r.uscc.slice(0, 8) + '*****' + r.uscc.slice(13)) : USCC(d, r)) : d.d('masked_id', maskId(r.id))) },
    { h: ['法定代表人或负责人', '法定代表人'], p: 0.5, get: (d, r) => (r.isCo ? (masked ? d.d('masked_name', maskName(r.rep)) : NM(d, r.rep)) : '') },
    { h: ['执行法院'], req: true, get: (d) => DEC.court(d, reg) },
    { h: ['执行依据文号', '执行依据'], p: 0.6, get: (d) => DEC.caseNo(d, reg, '民初') },
    { h: ['案号'], req: true, get: (d) => DEC.caseNo(d, reg, '执') },
    { h: ['立案时间'], p: 0.6, get: (d) => DEC.date(d, rdate(2020, 2026), 0) },
    { h: ['生效法律文书确定的义务', '未履行金额'], p: 0.6, get: (d) => (chance(0.5) ? DEC.amt(d, amount()) : `给付${DEC.amt(d, amount(), 0)}`) },
    { h: ['失信被执行人行为具体情形'], p: 0.6, get: () => pick(['有履行能力而拒不履行生效法律文书确定义务', '违反财产报告制度', '违反限制消费令', '以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行']) },
    { h: ['发布时间'], p: 0.6, get: (d) => DEC.date(d, rdate(2023, 2026), 0) },
  ];
  const t = buildTable(d, cols, data, pick(['csv', 'tsv', 'md', 'kv', 'fixed', 'pipe']));
  return `${d.d('court', courtOf(reg))}失信被执行人名单公布（第${ri(1, 60)}批）\n根据《最高人民法院关于公布失信被执行人名单信息的若干规定》${d.d('statute', '第一条')}，现将下列失信被执行人予以公布：\n${t.text}\n举报电话：${d.d('hotline', '12368')}`;
}
function genLegalAid(d) {
  const reg = pick(REGIONS), A = mkPerson({ reg }), firm = mkFirm(reg), l = mkLawyer(firm), y = ri(2022, 2026);
  const ds = reg.dist[0];
  const [o, c] = PAREN();
  const L = ['法律援助申请表', `编号：${d.d('aid_no', `${reg.abbr}${ds}援${o}${y}${c}${ri(1, 2999)}号`)}`];
  const kv = (k, v) => `${k}${pick(['：', '：', ':', ' '])}${v}`;
  L.push(kv('申请人姓名', NM(d, A)), kv('性别', A.gender), kv('出生日期', `${A.birth.y}年${A.birth.m}月${A.birth.d}日`), kv('民族', A.eth));
  L.push(kv(pick(['身份证号码', '公民身份号码', '证件号码']), IDN(d, A)));
  L.push(kv('户籍所在地', `${A.reg.prov}${A.reg.city}${A.reg.dist}`), kv('经常居住地', A.addr), kv('邮政编码', d.d('postal_code', (A.reg.code.slice(0, 2) === '11' ? '100' : A.reg.code.slice(0, 2) + '0') + pad(ri(0, 999), 3))));
  L.push(kv('联系电话', MOB(d, A)));
  if (chance(0.25)) L.push(kv('固定电话', TEL(d, mkTel(A.reg))));
  if (chance(0.35)) L.push(kv('电子邮箱', MAIL(d, A)));
  L.push(kv('工作单位', chance(0.35) ? DEC.co(d, mkCompany(reg)) : pick(['无', '个体', '灵活就业', '务农', '待业'])));
  if (chance(0.4)) { const ag = mkPerson({ reg }); L.push('代理申请人情况：', kv('姓名', NM(d, ag)), kv('与申请人关系', pick(['配偶', '子女', '父亲', '母亲', '监护人'])), kv('身份证号', IDN(d, ag)), kv('联系电话', MOB(d, ag))); }
  L.push(kv('申请事项', pick(['追索劳动报酬', '请求给付赡养费', '请求工伤赔偿', '请求给付抚养费', '交通事故人身损害赔偿'])));
  L.push(`案情简述：${pick(['申请人在', '申请人于'])}${DEC.date(d, rdate(2022, 2025))}${pick(['受雇于被申请人从事建筑工作，至今被拖欠工资', '在工作中受伤，单位拒绝支付工伤待遇', '离婚后对方拒不支付子女抚养费'])}${DEC.amt(d, ri(3000, 90000))}。`);
  L.push(`经济困难状况：家庭人口${ri(1, 6)}人，家庭月人均收入${DEC.amt(d, ri(600, 2600), 0)}，${pick(['享受最低生活保障', '无固定收入', '系残疾人', '系农民工'])}。`);
  L.push(`申请人签名：${NM(d, A)}　　日期：${DEC.date(d, rdate(y, y))}`);
  L.push('—— 以下由法律援助机构填写 ——', `受理人：${NM(d, JUDGE(), 'c')}　审查意见：${pick(['符合法律援助条件，予以援助', '同意援助', '经济困难条件已核实'])}`);
  L.push(`指派律师：${NM(d, l)}　所在律所：${DEC.firm(d, firm)}　执业证号：${DEC.lic(d, l)}　联系电话：${MOB(d, l)}`);
  L.push(`法律援助热线：${d.d('hotline', '12348')}`);
  return L.join('\n');
}
function genClaims(d) {
  const reg = pick(REGIONS), debtor = mkCompany(reg), adm = mkFirm(reg), n = rowCount(), rows = [];
  for (let i = 0; i < n; i++) {
    const co = chance(0.3), emp = !co && chance(0.5);
    const r = co ? { cr: mkCompany(pick(REGIONS)) } : { cr: mkPerson() };
    if (co) r.cr.contact = mkPerson();
    r.kind = co ? pick(['普通债权', '有财产担保债权', '普通债权']) : emp ? '职工债权' : pick(['普通债权', '普通债权', '购房户债权']);
    r.a = emp ? ri(3000, 98000) : amount(); rows.push(r);
  }
  const cols = [
    { h: ['序号', '编号'], req: true, first: true, get: (d, r, i) => i + 1 },
    { h: ['申报编号', '债权编号'], p: 0.4, get: (d, r, i) => d.d('claim_no', `ZQ${pick(['', '-'])}${pad(i + 1, 3)}`) },
    { h: ['债权人', '债权人名称/姓名', '申报人'], req: true, get: (d, r, i, pd) => (r.cr.isCo ? DEC.co(d, r.cr) : pd ? NMpad(d, r.cr) : NM(d, r.cr)) },
    { h: ['证件号码', '身份证号/统一社会信用代码', '证照号码'], p: 0.8, get: (d, r) => (r.cr.isCo ? USCC(d, r.cr) : IDN(d, r.cr)) },
    { h: ['债权性质', '债权类型'], p: 0.7, get: (d, r) => r.kind },
    { h: ['申报金额', '申报金额（元）', '申报债权额'], req: true, get: (d, r) => DEC.amt(d, r.a, pick([0, 1, 3])) },
    { h: ['开户行', '开户银行', '收款银行'], p: 0.8, get: (d, r) => DEC.branch(d, r.cr.isCo ? r.cr.bank : mkBranch(r.cr.reg, cardOf(r.cr).bank)) },
    { h: ['账号', '银行账号', '收款账号', '卡号/账号'], req: true, get: (d, r) => (r.cr.isCo ? ACCT(d, r.cr) : CARD(d, r.cr, chance(0.6))) },
    { h: ['联系人', '经办人'], p: 0.5, get: (d, r) => NM(d, r.cr.isCo ? r.cr.contact : r.cr) },
    { h: ['联系电话', '电话', '手机'], req: true, get: (d, r) => MOB(d, r.cr.isCo ? r.cr.contact : r.cr, pick([0, 0, 1])) },
    { h: ['电子邮箱', '邮箱', '送达邮箱'], p: 0.45, get: (d, r) => MAIL(d, r.cr.isCo ? r.cr.contact : r.cr) },
    { h: ['管理人确认金额', '审查确认金额', '确认金额（元）'], p: 0.5, get: (d, r) => DEC.amt(d, Math.floor(r.a * (0.6 + 0.4 * rnd())), pick([0, 1])) },
    { h: ['备注', '审查意见'], p: 0.3, get: () => pick(['', '待补充证据', '利息计算至破产受理日', '暂缓确认', '确认']) },
  ];
  const t = buildTable(d, cols, rows);
  return `${DEC.co(d, debtor)}破产清算案\n案号：${DEC.caseNo(d, reg, '破')}\n管理人：${DEC.firm(d, adm)}\n债权申报登记表（截至${DEC.date(d, rdate(2024, 2026))}）\n${t.text}\n管理人联系电话：${TEL(d, adm.tel, 'c')}　管理人邮箱：${d.c('email', `glr@${adm.domain}`)}`;
}
let notaryN = 0;
function genNotary(d) {
  const reg = pick(REGIONS), office = `${reg.city || reg.prov}${pick(['长城', '东方', '正信', '诚信', '中正', '明信'])}公证处`;
  if (notaryN++ % 3 !== 1) { // register extract, possibly archive with legacy IDs
    const old = notaryN % 2 === 1, n = rowCount();
    const data = Array.from({ length: n }, () => ({ p: mkPerson({ y0: 1930, y1: old ? 1980 : 2003 }), y: old ? ri(1996, 2003) : ri(2020, 2026), nt: JUDGE() }));
    const cols = [
      { h: ['公证书编号', '公证书号'], req: true, first: true, get: (d, r) => d.d('notary_no', `（${r.y}）${reg.abbr}${pick(['证', '内民证', '内经证'])}字第${ri(1, 29999)}号`) },
      { h: ['受理日期', '办证日期'], p: 0.7, get: (d, r) => DEC.date(d, rdate(r.y, r.y), pick([0, 2, 3])) },
      { h: ['申请人', '当事人'], req: true, get: (d, r, i, pd) => (pd ? NMpad(d, r.p) : NM(d, r.p)) },
      { h: ['身份证号', '证件号码'], req: true, get: (d, r) => { if (old && r.y < 2000) { const raw = r.p.id.slice(0, 6) + r.p.id.slice(8, 17); const b17 = raw.slice(0, 6) + '19' + raw.slice(6); return d.c('cn_resident_id', b17 + idCheck(b17), raw); } return IDN(d, r.p); } },
      { h: ['联系电话', '电话'], p: 0.6, get: (d, r) => (old && r.y < 2000 ? TEL(d, mkTel(r.p.reg)) : MOB(d, r.p)) },
      { h: ['公证事项', '事项'], req: true, get: () => pick(['委托', '继承', '声明', '遗嘱', '赠与合同', '学历', '无犯罪记录', '亲属关系', '出生']) },
      { h: ['承办公证员', '公证员'], p: 0.6, get: (d, r) => NM(d, r.nt, 'c') },
      { h: ['收费', '公证费'], p: 0.5, get: (d) => DEC.amt(d, ri(1, 40) * 10 * 10, 0) },
    ];
    const t = buildTable(d, cols, data);
    return `${d.d('notary_office', office)}${old ? '档案卷宗目录（扫描件识别）' : '公证业务登记簿摘录'}\n${t.text}`;
  }
  const A = mkPerson({ y0: 1940, y1: 2000, reg }), B = mkPerson({ reg }), y = ri(2021, 2026);
  const L = ['公 证 书', d.d('notary_no', `（${y}）${reg.abbr}${reg.dist[0]}${pick(['内民证', '证', '内经证'])}字第${ri(1, 29999)}号`)];
  L.push(partyBlock(d, '申请人', A, { noTel: chance(0.5) }));
  const passport = chance(0.3);
  L.push(`受托人：${NM(d, B)}，${B.gender}，${B.birth.y}年${B.birth.m}月${B.birth.d}日出生，${passport ? `现居${pick(['加拿大', '澳大利亚', '新加坡', '美国'])}，护照号码：${d.e('cn_passport', ppOf(B))}` : `公民身份号码：${IDN(d, B)}`}。`);
  L.push(`公证事项：${pick(['委托', '声明', '继承权'])}`);
  L.push(`兹证明${NM(d, A)}于${DEC.date(d, rdate(y, y), 5)}来到我处，在本公证员面前，在前面的《委托书》上签名，并表示知悉委托的法律意义和法律后果。${A.name}的委托行为符合《中华人民共和国民法典》${d.d('statute', pick(['第一百四十三条', '第一百六十五条']))}的规定。`);
  L.push(`委托事项：代为办理位于${A.addr}房产的出售、过户及收取房款事宜，房款请存入${NM(d, A)}名下${cardOf(A).bank[3]}账户${CARD(d, A)}。`);
  L.push(d.d('notary_office', `${reg.prov}${office.startsWith(reg.prov) ? office.slice(reg.prov.length) : office}`), `公证员　${NM(d, JUDGE(), 'c')}`, DEC.date(d, rdate(y, y), 5));
  return L.join('\n');
}
function genWechat(d) {
  const reg = pick(REGIONS), firm = mkFirm(reg), L = mkLawyer(firm), C = mkPerson(), O = mkPerson(), co = chance(0.25) ? mkCompany(reg) : null;
  const Ld = chance(0.5) ? `${NM(d, L)}律师` : NM(d, L), Cd = NM(d, C);
  let t = { y: ri(2023, 2026), m: ri(1, 12), d: ri(1, 28) }, h = ri(8, 20), mi = ri(0, 50);
  const msgs = [];
  const say = (who, s) => { mi += ri(1, 25); if (mi >= 60) { h++; mi -= 60; } if (h > 23) h = 23; msgs.push(pick([`${who} ${pad(h, 2)}:${pad(mi, 2)}`, `${who}  ${t.y}-${pad(t.m, 2)}-${pad(t.d, 2)} ${pad(h, 2)}:${pad(mi, 2)}`, `[${pad(h, 2)}:${pad(mi, 2)}] ${who}`]) + '\n' + s); };
  const addr = C.sur ? d.d('surname_title', C.sur + pick(['总', '先生', '女士', '老师'])) : '您';
  const lt = d.d('surname_title', L.sur + '律师');
  say(Ld, `${addr}您好，我是${DEC.firm(d, firm)}的${L.name}，${pick(['您朋友介绍过来的那个案子', '关于您咨询的借款纠纷', '昨天电话里说的劳动仲裁'])}，麻烦把您的身份信息发我一下，起诉要用。`);
  say(Cd, `${lt}好，我的身份证号${IDN(d, C)}，${pick(['手机就是这个号', '电话', '手机号'])}${MOB(d, C)}`);
  if (chance(0.5)) say(Cd, pick(['[图片]', '[图片] 身份证正反面', '[文件] 借条.pdf']));
  say(Ld, `收到。对方的信息您有吗？${pick(['姓名、电话、身份证号都行', '有身份证号最好'])}`);
  const oi = chance(0.6) ? `身份证号${IDN(d, O)}` : `身份证只知道${d.d('masked_id', maskId(O.id))}`;
  say(Cd, `对方叫${NM(d, O)}，电话${MOB(d, O)}，${oi}`);
  if (chance(0.4)) say(Cd, `他之前还用过一个号码${d.d('masked_mobile', maskMob(mkMobile()))}，现在打不通了`);
  if (chance(0.75)) say(Cd, `钱是从我${cardOf(C).bank[3]}卡转给他的，我的卡号${CARD(d, C)}，转到他的${CARD(d, O)}，一共${DEC.amt(d, amount(), pick([0, 6]))}`);
  say(Ld, `好的。起诉状我${pick(['今晚', '明天上午', '周末'])}起草好发您邮箱，您邮箱是？`);
  say(Cd, MAIL(d, C));
  if (co) say(Cd, `对了，担保的是${DEC.co(d, co)}，信用代码${USCC(d, co)}，法人${NM(d, co.rep)}`);
  if (chance(0.6)) say(Ld, `已立案，案号${DEC.caseNo(d, reg, '民初')}，${DEC.court(d, reg)}，开庭定在${DEC.date(d, rdate(t.y, t.y + 1), 0)}上午9:30，${pick(['请您准时到庭', '到时候我们在法院门口见'])}。`);
  if (chance(0.5)) say(Ld, `律师费${DEC.amt(d, ri(5, 60) * 1000, 0)}，请转至我所对公账户：户名${firm.name}，开户行${DEC.branch(d, firm.bank)}，账号${ACCT(d, firm)}，备注您的名字即可。`);
  if (chance(0.5)) say(Cd, pick(['好的马上转', '收到，马上安排', '好的，谢谢律师', '[转账]已收款']));
  return `${pick(['微信聊天记录', '聊天记录导出', 'WeChat 导出'])} —— 与「${Cd}」\n${DEC.date(d, t, 0)}\n\n${msgs.join('\n\n')}`;
}
function genMail(d) {
  const reg = pick(REGIONS), f1 = mkFirm(reg), f2 = mkFirm(pick(REGIONS)), A = mkLawyer(f1), B = mkLawyer(f2), C = mkPerson(), O = chance(0.3) ? mkCompany(reg) : mkPerson();
  const cn = caseNo(reg, pick(['民初', '民终', '执']));
  const hdr = (l) => { const r = rnd(); return r < 0.45 ? `${NM(d, l)} <${MAIL(d, l)}>` : r < 0.75 ? `"${NM(d, l)}" <${MAIL(d, l)}>` : MAIL(d, l); };
  const L = [`From: ${hdr(A)}`, `To: ${hdr(B)}`];
  if (chance(0.5)) L.push(`Cc: ${MAIL(d, C)}${chance(0.3) ? `; ${d.c('email', `info@${f1.domain}`)}` : ''}`);
  const dt = rdate(2023, 2026);
  L.push(`Date: ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()]}, ${dt.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.m - 1]} ${dt.y} ${pad(ri(8, 21), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)} +0800`);
  L.push(`Subject: ${pick(['关于', '回复：关于', 'RE: 关于', '转发：'])}${d.d('case_no', cn)}案件${pick(['和解方案', '证据交换', '调解款支付', '开庭安排'])}`);
  L.push(`Message-ID: <${d.d('message_id', `${txnNo()}.${digits(5)}@mail.${f1.domain}`)}>`, '');
  L.push(`${d.d('surname_title', B.sur + '律师')}：`, '您好！');
  const a = amount();
  L.push(`就${cn}一案，我方当事人${NM(d, C)}${chance(0.5) ? `（身份证号${IDN(d, C)}）` : ''}经慎重考虑，同意以${DEC.amt(d, a)}一次性和解，请贵方当事人${O.isCo ? DEC.co(d, O) : NM(d, O)}于${DEC.date(d, rdate(dt.y, dt.y + 1), 0)}前支付。`);
  L.push(`和解款请支付至以下账户：户名${C.name}，开户行${DEC.branch(d, mkBranch(C.reg, cardOf(C).bank))}，${pick(['账号', '卡号'])}${CARD(d, C)}。`);
  if (chance(0.5)) L.push(`另，${pick(['庭审中', '证据交换时'])}贵方提交的证据${d.d('evidence_no', `${pick(['证据', '第'])}${ri(1, 15)}${pick(['号', '组'])}`)}中，${C.name}的手机号码被误写为${d.d('masked_mobile', maskMob(C.mobile))}，实际应为${MOB(d, C)}，请予更正。`);
  if (O.isCo && chance(0.6)) L.push(`贵方当事人的统一社会信用代码为${USCC(d, O)}，法定代表人${NM(d, O.rep)}，请确认和解协议落款信息。`);
  L.push('如有疑问请随时联系。', '', '顺颂商祺', '', signBlock(d, f1, A));
  if (chance(0.4)) L.push(`[${d.d('image_file', pick(['logo@2x.png', 'image001@2x.png', 'sig-logo@3x.png']))}]`);
  L.push('本邮件及其附件含有保密信息，仅供指定收件人使用。如您误收本邮件，请立即删除并通知发件人。');
  if (chance(0.5)) L.push('', `-----原始邮件-----`, `发件人：${NM(d, B)} <${MAIL(d, B)}>`, `发送时间：${DEC.date(d, dt, 0)}`, `${d.d('surname_title', A.sur + '律师')}，我方当事人需要与${NM(d, O.isCo ? O.rep : O)}沟通后答复，谢谢。`);
  return L.join('\n');
}
function genLabor(d) {
  const reg = pick(REGIONS), co = mkCompany(reg), firm = mkFirm(reg), n = rowCount(), y = ri(2022, 2026);
  const ws = Array.from({ length: n }, () => mkPerson({ y0: 1962, y1: 2006 }));
  const L = [pick(['劳动人事争议仲裁申请书', '劳动仲裁申请书（集体争议）']), `${reg.abbr}${reg.dist[0]}劳人仲字${pick(['〔', '['])}${y}${pick(['〕', ']'])}第${ri(1, 9999)}号`];
  d.d('arbitration_no', L[1]);
  if (n === 1) L.push(partyBlock(d, '申请人', ws[0]));
  else { L.push(`申请人：${NM(d, ws[0])}等${n}人（详见附表）`); L.push(`代表人：${NM(d, ws[0])}，联系电话：${MOB(d, ws[0])}`); }
  if (chance(0.6)) L.push(lawyerLine(d, '委托代理人', mkLawyer(firm)));
  L.push(companyBlock(d, '被申请人', co));
  L.push('仲裁请求：', `1. 裁决被申请人支付申请人拖欠的工资共计${DEC.amt(d, ri(20, 900) * 1000)}；`, `2. 裁决被申请人支付解除劳动合同经济补偿金；`, `3. 裁决被申请人为申请人补缴社会保险。`);
  L.push(`事实与理由：申请人均系被申请人员工，被申请人自${DEC.date(d, rdate(y - 1, y))}起停发工资。根据《中华人民共和国劳动合同法》${DEC.stat(d, 'labor')}、${DEC.stat(d, 'labor')}之规定，提出上述请求。`);
  L.push('此致', d.d('org', `${reg.city || reg.prov}${reg.dist}劳动人事争议仲裁委员会`), '');
  if (n > 1) {
    const cols = [
      { h: ['序号'], req: true, first: true, get: (d, r, i) => i + 1 },
      { h: ['姓名', '申请人姓名'], req: true, get: (d, r, i, pd) => (pd ? NMpad(d, r) : NM(d, r)) },
      { h: ['性别'], p: 0.5, get: (d, r) => r.gender },
      { h: ['身份证号码', '公民身份号码', '身份证号'], req: true, get: (d, r) => IDN(d, r) },
      { h: ['入职时间', '入职日期'], p: 0.6, get: (d) => DEC.date(d, rdate(2012, y), pick([2, 3, 4])) },
      { h: ['岗位', '工种'], p: 0.6, get: () => pick(JOBS) },
      { h: ['拖欠工资（元）', '欠薪金额', '请求金额'], req: true, get: (d) => DEC.amt(d, ri(2000, 60000), pick([0, 1])) },
      { h: ['工资卡号', '银行卡号', '收款卡号'], p: 0.75, get: (d, r) => CARD(d, r, chance(0.7)) },
      { h: ['开户行'], p: 0.4, get: (d, r) => DEC.branch(d, mkBranch(reg, cardOf(r).bank)) },
      { h: ['联系电话', '手机号码'], p: 0.85, get: (d, r) => MOB(d, r, pick([0, 0, 1])) },
      { h: ['签名'], p: 0.3, get: (d, r) => NM(d, r) },
    ];
    L.push('附表：申请人名单', buildTable(d, cols, ws).text);
  }
  L.push(`申请人（代表人）：${NM(d, ws[0])}`, DEC.date(d, rdate(y, y)));
  return L.join('\n');
}
function genEvidence(d) {
  const reg = pick(REGIONS), P = mkPerson(), D = mkPerson(), firm = mkFirm(reg), l = mkLawyer(firm), n = ri(3, 14);
  const items = [
    () => [`${P.name === D.name ? '' : ''}身份证复印件`, `证明原告${NM(d, P)}（${IDN(d, P)}）的诉讼主体资格`],
    () => ['被告人口信息', `证明被告${NM(d, D)}的身份信息，身份证号${d.d('masked_id', maskId(D.id))}`],
    () => ['借条原件', `证明被告于${DEC.date(d, rdate(2020, 2024))}向原告借款${DEC.amt(d, amount())}`],
    () => ['银行转账凭证', `证明原告通过${CARD(d, P)}向被告账户${d.d('masked_card', maskCard(cardOf(D).no))}转账`],
    () => ['微信聊天记录截图', `证明被告${NM(d, D)}（微信绑定手机${MOB(d, D)}）认可欠款事实`],
    () => ['催款函及EMS回执', `证明原告已催告，邮件号${d.d('tracking_no', trackNo())}`],
    () => ['通话录音及文字整理', `证明原告于${DEC.date(d, rdate(2023, 2025))}致电被告${MOB(d, D)}催款`],
    () => ['交易明细', `流水号${d.d('txn_no', txnNo())}，证明款项已实际交付`],
    () => ['证人证言', `证人${NM(d, mkPerson())}，证明借款交付过程`],
  ];
  const cols = [
    { h: ['序号', '证据编号', '编号'], req: true, first: true, get: (d, r, i) => d.d('evidence_no', pick([`证据${i + 1}`, `${i + 1}`, `ZJ-${pad(i + 1, 3)}`, `证据${cnNum(i + 1)}`]).replace(/^\d+$/, (x) => `证据${x}`)) },
    { h: ['证据名称', '名称'], req: true, get: (d, r) => r[0] },
    { h: ['证明目的', '证明内容', '证明对象'], req: true, get: (d, r) => r[1] },
    { h: ['页码', '页数'], p: 0.6, get: () => `${ri(1, 40)}` },
    { h: ['原件/复印件', '来源'], p: 0.5, get: () => pick(['原件', '复印件', '打印件']) },
  ];
  const data = Array.from({ length: n }, (_, i) => items[i < items.length ? i : ri(0, items.length - 1)]());
  const t = buildTable(d, cols, data, pick(['md', 'tsv', 'kv', 'pipe', 'fixed']));
  return `${pick(['证据目录', '原告证据清单', '证 据 目 录'])}\n案号：${DEC.caseNo(d, reg, '民初')}\n提交人：原告${NM(d, P)}\n${t.text}\n提交人（签名）：${NM(d, P)}　代理人：${NM(d, l)}（${DEC.firm(d, firm)}）\n${DEC.date(d, rdate(2024, 2026))}`;
}
function genPoa(d) {
  const reg = pick(REGIONS), firm = mkFirm(reg), A = chance(0.25) ? mkCompany(reg) : mkPerson(), ls = [mkLawyer(firm)];
  if (chance(0.4)) ls.push(mkLawyer(firm));
  const L = [pick(['授权委托书', '授 权 委 托 书'])];
  let An;
  if (A.isCo) { L.push(companyBlock(d, '委托人', A)); An = A.name; } else { L.push(partyBlock(d, '委托人', A)); An = A.name; }
  ls.forEach((l, i) => {
    L.push(`受托人${ls.length > 1 ? '一二'[i] : ''}：${NM(d, l)}，${DEC.firm(d, firm)}律师，执业证号：${DEC.lic(d, l)}，联系电话：${MOB(d, l)}${chance(0.4) ? `，电子邮箱：${MAIL(d, l)}` : ''}。`);
  });
  if (chance(0.2)) { const rel = mkPerson({ reg }); L.push(`受托人：${NM(d, rel)}，系委托人之${pick(['配偶', '儿子', '女儿', '兄弟'])}，身份证号码：${IDN(d, rel)}，联系电话：${MOB(d, rel)}。`); }
  const cn = chance(0.6) ? DEC.caseNo(d, reg, pick(['民初', '民终', '执'])) : '';
  L.push(`现委托上列受托人在${cn ? `${cn}` : ''}我方与${chance(0.3) ? DEC.co(d, mkCompany(reg)) : NM(d, mkPerson())}${pick(CAUSES)}一案中，作为我方的诉讼代理人。`);
  L.push(`代理权限：${pick(['特别授权：代为起诉、应诉，代为承认、放弃、变更诉讼请求，进行和解、调解，提起反诉或上诉，代为签收法律文书，代为申请执行及领取执行款', '一般授权', '特别授权（含代收执行款）'])}。`);
  if (chance(0.4) && !A.isCo) L.push(`执行款请汇入委托人本人账户：${CARD(d, A)}（${cardOf(A).bank[3]}）。`);
  L.push(`委托人：${A.isCo ? An + '（盖章）' : NM(d, A) + '（签名）'}`, DEC.date(d, rdate(2023, 2026)));
  return L.join('\n');
}

// ---------------------------------------------------------------- self-check helpers
function normalize(det, raw) {
  const h = toHalf(raw);
  switch (det) {
    case 'cn_resident_id': { const s = h.replace(/[\s-]/g, '').toUpperCase(); if (/^\d{15}$/.test(s)) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); } return s; }
    case 'cn_mobile': { let s = h.replace(/\D/g, ''); if (s.length === 15 && s.startsWith('0086')) s = s.slice(4); else if (s.length === 13 && s.startsWith('86')) s = s.slice(2); else if (s.length === 12 && s.startsWith('0')) s = s.slice(1); return s; }
    case 'cn_landline': { let s = h.replace(/\D/g, ''); if (/^\s*(\+86|0086)/.test(h)) s = '0' + s.replace(/^(0086|86)/, ''); return s; }
    case 'email': return h.toLowerCase();
    case 'bank_card': return h.replace(/\D/g, '');
    case 'cn_uscc': return h.replace(/[\s-]/g, '').toUpperCase();
    case 'cn_passport': return h.toUpperCase();
    case 'person_name_zh': return raw.replace(/[\s\u3000]+/g, '');
    default: return h;
  }
}
const ALLOC = /^1(3\d|4[57]|5[0-35-9]|6[2567]|7[0-35-8]|8\d|9[0-35-9])\d{8}$/;
function validValue(det, v, isEntity) {
  switch (det) {
    case 'cn_resident_id': { if (!/^\d{17}[\dX]$/.test(v) || idCheck(v.slice(0, 17)) !== v[17]) return false; const y = +v.slice(6, 10), m = +v.slice(10, 12), dd = +v.slice(12, 14); return y >= 1900 && y <= 2026 && realDate(y, m, dd) && /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5])/.test(v); }
    case 'cn_mobile': return ALLOC.test(v) && !DEMO_MOBILES.has(v);
    case 'cn_landline': return /^0\d{9,11}$/.test(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'bank_card': return isEntity ? /^\d{16,19}$/.test(v) && luhnOk(v) : /^\d{10,30}$/.test(v);
    case 'cn_uscc': return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16];
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·•．]{2,16}$/.test(v) && !/某/.test(v);
    default: return false;
  }
}
function checkDoc(doc, text) {
  const errs = [];
  const all = [...[...doc.E.values()].map((x) => [x, true]), ...[...doc.C.values()].map((x) => [x, false])];
  for (const [x, ent] of all) {
    if (!validValue(x.detector, x.value, ent)) errs.push(`invalid ${x.detector} value ${x.value}`);
    for (const raw of x.raws) {
      if (!text.includes(raw)) errs.push(`raw not in text: ${x.detector} ${raw}`);
      if (normalize(x.detector, raw) !== x.value) errs.push(`raw ${raw} does not normalise to ${x.value}`);
    }
  }
  for (const k of doc.E.keys()) if (doc.C.has(k)) errs.push(`entity and dontCare overlap: ${k}`);
  const vals = all.map(([x]) => x.value);
  for (const dc of doc.D.values()) {
    if (!text.includes(dc.text)) errs.push(`decoy not in text: ${dc.text}`);
    for (const v of vals) if (dc.text === v || dc.text.includes(v) || dc.text.toLowerCase().includes(v)) errs.push(`decoy ${dc.kind} "${dc.text}" contains labelled value ${v}`);
    for (const [x] of all) for (const raw of x.raws) if (dc.text.includes(raw)) errs.push(`decoy "${dc.text}" contains raw ${raw}`);
  }
  return errs;
}

// ---------------------------------------------------------------- main
const PLAN = [
  ['complaint', genComplaint, 28], ['defense', genDefense, 14], ['judgment', genJudgment, 16], ['judgment_pub', genJudgmentPub, 12],
  ['ruling', genRuling, 12], ['lawyer_letter', genLetter, 16], ['service', genService, 16], ['mediation', genMediation, 14],
  ['intake', genIntake, 26], ['exec_list', genExecList, 14], ['dishonest', genDishonest, 12], ['legal_aid', genLegalAid, 14],
  ['claims', genClaims, 20], ['notary', genNotary, 14], ['wechat', genWechat, 22], ['counsel_mail', genMail, 24],
  ['labor_arb', genLabor, 12], ['evidence', genEvidence, 10], ['poa', genPoa, 12],
];
const out = process.argv[2] || './legal.jsonl';
const docs = []; let retries = 0; const retryWhy = {};
for (const [kind, fn, count] of PLAN) {
  for (let n = 1; n <= count; n++) {
    let ok = false;
    for (let attempt = 0; attempt < 30 && !ok; attempt++) {
      const d = new Doc(kind);
      const text = kind === 'intake' && n <= 2 ? genIntake(d, n === 1 ? 1 : 80) : fn(d);
      const errs = checkDoc(d, text);
      if (errs.length) { if (process.env.DBG) console.error(kind, errs.slice(0,3)); retries++; const w = errs[0].replace(/[:"].*$/, ''); retryWhy[w] = (retryWhy[w] || 0) + 1; if (attempt === 29) { console.error(`cannot build ${kind}-${n}:`, errs.slice(0, 5)); process.exit(1); } continue; }
      docs.push({ id: `lw-${kind}-${n}`, kind, text, doc: d }); ok = true;
    }
  }
}
// final self-check over everything that is written
const errors = [], perKind = {}, perDet = {}, perDc = {}, perDecoy = {}; let nE = 0, nD = 0;
const ids = new Set();
for (const r of docs) {
  if (ids.has(r.id)) errors.push('duplicate id ' + r.id); ids.add(r.id);
  for (const e of checkDoc(r.doc, r.text)) errors.push(`${r.id}: ${e}`);
  perKind[r.kind] = (perKind[r.kind] || 0) + 1;
  const seen = new Set();
  for (const x of r.doc.E.values()) { const k = x.detector + ' ' + x.value; if (seen.has(k)) errors.push(`${r.id}: duplicate entity ${k}`); seen.add(k); perDet[x.detector] = (perDet[x.detector] || 0) + 1; nE++; }
  for (const x of r.doc.C.values()) perDc[x.detector] = (perDc[x.detector] || 0) + 1;
  for (const x of r.doc.D.values()) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nD++; }
}
if (docs.length < 250) errors.push(`only ${docs.length} documents`);
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 300) errors.push(`only ${perDet[det] || 0} entity labels for ${det}`);
if (nD < nE) errors.push(`decoys (${nD}) fewer than entities (${nE})`);
const lines = docs.map((r) => JSON.stringify({
  id: r.id, kind: r.kind, text: r.text,
  entities: [...r.doc.E.values()].map((x) => ({ detector: x.detector, value: x.value })),
  dontCare: [...r.doc.C.values()].map((x) => ({ detector: x.detector, value: x.value })),
  decoys: [...r.doc.D.values()].map((x) => ({ kind: x.kind, text: x.text })),
}));
writeFileSync(out, lines.join('\n') + '\n');
const sortObj = (o) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));
console.log(`wrote ${docs.length} documents to ${out}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entity labels per detector:', JSON.stringify(sortObj(perDet)), 'total', nE);
console.log('dontCare labels per detector:', JSON.stringify(sortObj(perDc)));
console.log('decoys per kind:', JSON.stringify(sortObj(perDecoy)), 'total', nD);
console.log(`regenerated documents during generation: ${retries}`, JSON.stringify(retryWhy));
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):`); for (const e of errors.slice(0, 30)) console.error('  ' + e); process.exit(1); }
console.log('self-check passed');
