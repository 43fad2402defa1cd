#!/usr/bin/env node
/*
 * logistics.mjs — independent labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: logistics / express delivery (id prefix "lg"). Customer data as it shows up in
 * 快递面单 OCR text, 批量下单 CSV/TSV exports (菜鸟/顺丰/京东/中通 style), 派件清单,
 * 退货/售后 logs, 到付/代收货款 settlement sheets, 驿站 pickup SMS, lost-parcel
 * customer-service chats, 冷链/大件 appointment sheets (实名寄递), 跨境电商 清关 lists,
 * complaint e-mails, 网点 courier payroll sheets and 理赔 claim forms.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 *
 * Usage:   node logistics.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"lg-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported under any detector
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (legacy 15-digit numbers
 *   upgraded to 18); cn_mobile 11 digits (no +86 / 0086 / 86 / trunk 0, no separators);
 *   cn_landline all digits incl. the leading 0 and area code (+86 forms get the 0 back,
 *   extensions dropped); email lower-case (full-width ＠ folded); bank_card digits only;
 *   cn_passport and cn_uscc upper-case; person_name_zh as written without spaces/titles.
 * Decoys carry their exact text as written in the document.
 *
 * Deterministic: own PRNG (mulberry32) with a fixed seed; all data synthetic
 * (GB 11643 MOD 11-2 IDs with real dates and county codes, Luhn-valid cards with
 * real-looking IINs, GB 32100 + GB 11714 valid USCCs, allocated mobile prefixes).
 * A self-check runs at the end and exits 1 on failure.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node logistics.mjs OUT.jsonl'); process.exit(2); }

// ───────────────────────── PRNG and helpers ─────────────────────────
let _s = 0x25114c47 >>> 0;
function rnd() {
  _s = (_s + 0x6D2B79F5) >>> 0; let t = _s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const pad = (n, w) => String(n).padStart(w, '0');
function wpick(pairs) { let t = 0; for (const p of pairs) t += p[1]; let r = rnd() * t; for (const p of pairs) { if ((r -= p[1]) < 0) return p[0]; } return pairs[pairs.length - 1][0]; }
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const fw = (s) => s.replace(/[0-9A-Za-z@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
const money = () => (chance(0.5) ? ri(10, 3000) + '.' + pad(ri(0, 99), 2) : String(ri(5, 900)) + '.00');
function nRows() { return wpick([[() => 1, 8], [() => ri(2, 5), 28], [() => ri(6, 20), 36], [() => ri(21, 50), 20], [() => ri(51, 80), 8]])(); }
const col = () => pick(['：', ':', '：', ': ', '： ']);

// ───────────────────────── check algorithms ─────────────────────────
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOk(d) { let s = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let n = +d[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } s += n; alt = !alt; } return s % 10 === 0; }
function luhnComplete(p) { for (let c = 0; c < 10; c++) if (luhnOk(p + c)) return p + c; throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function gb11714(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const r = 11 - (s % 11); return r === 10 ? 'X' : r === 11 ? '0' : String(r); }
function s10(prefix) { const b = digits(8); const W = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * W[i]; let c = 11 - (s % 11); if (c === 10) c = 0; if (c === 11) c = 5; return prefix + b + c + 'CN'; }
function ean13(p12) { let s = 0; for (let i = 0; i < 12; i++) s += +p12[i] * (i % 2 ? 3 : 1); return p12 + ((10 - (s % 10)) % 10); }
const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
function dateOk(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; const n = m === 2 && leap(y) ? 29 : DIM[m - 1]; return d <= n; }
function randDate(y1, y2) { const y = ri(y1, y2), m = ri(1, 12); const n = m === 2 && leap(y) ? 29 : DIM[m - 1]; return { y, m, d: ri(1, n) }; }

// ───────────────────────── reference tables ─────────────────────────
// [county code, province, prefecture (''=municipality), county ('' for 东莞), addressable]
const COUNTIES = [
  ['110101', '北京市', '', '东城区', 1], ['110102', '北京市', '', '西城区', 1], ['110105', '北京市', '', '朝阳区', 1], ['110106', '北京市', '', '丰台区', 1],
  ['110108', '北京市', '', '海淀区', 1], ['110103', '北京市', '', '崇文区', 0], ['110104', '北京市', '', '宣武区', 0],
  ['120101', '天津市', '', '和平区', 1], ['120104', '天津市', '', '南开区', 1], ['130102', '河北省', '石家庄市', '长安区', 1], ['130104', '河北省', '石家庄市', '桥西区', 1],
  ['140105', '山西省', '太原市', '小店区', 1], ['150102', '内蒙古自治区', '呼和浩特市', '新城区', 1], ['150203', '内蒙古自治区', '包头市', '昆都仑区', 1],
  ['210102', '辽宁省', '沈阳市', '和平区', 1], ['210202', '辽宁省', '大连市', '中山区', 1], ['220102', '吉林省', '长春市', '南关区', 1], ['230102', '黑龙江省', '哈尔滨市', '道里区', 1],
  ['310101', '上海市', '', '黄浦区', 1], ['310104', '上海市', '', '徐汇区', 1], ['310105', '上海市', '', '长宁区', 1], ['310107', '上海市', '', '普陀区', 1],
  ['310112', '上海市', '', '闵行区', 1], ['310115', '上海市', '', '浦东新区', 1], ['320102', '江苏省', '南京市', '玄武区', 1], ['320106', '江苏省', '南京市', '鼓楼区', 1],
  ['320506', '江苏省', '苏州市', '吴中区', 1], ['320583', '江苏省', '苏州市', '昆山市', 1], ['330102', '浙江省', '杭州市', '上城区', 1], ['330106', '浙江省', '杭州市', '西湖区', 1],
  ['330110', '浙江省', '杭州市', '余杭区', 1], ['330302', '浙江省', '温州市', '鹿城区', 1], ['330782', '浙江省', '金华市', '义乌市', 1], ['340104', '安徽省', '合肥市', '蜀山区', 1],
  ['350102', '福建省', '福州市', '鼓楼区', 1], ['350203', '福建省', '厦门市', '思明区', 1], ['360102', '江西省', '南昌市', '东湖区', 1], ['370102', '山东省', '济南市', '历下区', 1],
  ['370202', '山东省', '青岛市', '市南区', 1], ['410105', '河南省', '郑州市', '金水区', 1], ['420102', '湖北省', '武汉市', '江岸区', 1], ['420106', '湖北省', '武汉市', '武昌区', 1],
  ['430102', '湖南省', '长沙市', '芙蓉区', 1], ['430104', '湖南省', '长沙市', '岳麓区', 1], ['440103', '广东省', '广州市', '荔湾区', 1], ['440106', '广东省', '广州市', '天河区', 1],
  ['440303', '广东省', '深圳市', '罗湖区', 1], ['440305', '广东省', '深圳市', '南山区', 1], ['440306', '广东省', '深圳市', '宝安区', 1], ['441900', '广东省', '东莞市', '', 1],
  ['450103', '广西壮族自治区', '南宁市', '青秀区', 1], ['460105', '海南省', '海口市', '秀英区', 1], ['500103', '重庆市', '', '渝中区', 1], ['500112', '重庆市', '', '渝北区', 1],
  ['510104', '四川省', '成都市', '锦江区', 1], ['510107', '四川省', '成都市', '武侯区', 1], ['520102', '贵州省', '贵阳市', '南明区', 1], ['530102', '云南省', '昆明市', '五华区', 1],
  ['540102', '西藏自治区', '拉萨市', '城关区', 1], ['610103', '陕西省', '西安市', '碑林区', 1], ['610113', '陕西省', '西安市', '雁塔区', 1], ['620102', '甘肃省', '兰州市', '城关区', 1],
  ['630102', '青海省', '西宁市', '城东区', 1], ['640104', '宁夏回族自治区', '银川市', '兴庆区', 1], ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', 1],
  ['650104', '新疆维吾尔自治区', '乌鲁木齐市', '新市区', 1], ['652901', '新疆维吾尔自治区', '阿克苏地区', '阿克苏市', 1], ['653101', '新疆维吾尔自治区', '喀什地区', '喀什市', 1],
];
const COUNTY_SET = new Set(COUNTIES.map((c) => c[0]));
const PROV2 = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
const XJ = COUNTIES.filter((c) => c[0].startsWith('65'));
const TIBET = COUNTIES.filter((c) => c[0].startsWith('54'));
const NMG = COUNTIES.filter((c) => c[0].startsWith('15'));
const ADDRABLE = COUNTIES.filter((c) => c[4]);

const SURN = [['王', 'wang', 30], ['李', 'li', 30], ['张', 'zhang', 28], ['刘', 'liu', 24], ['陈', 'chen', 24], ['杨', 'yang', 14], ['黄', 'huang', 13], ['赵', 'zhao', 12], ['吴', 'wu', 11], ['周', 'zhou', 11],
  ['徐', 'xu', 8], ['孙', 'sun', 8], ['马', 'ma', 7], ['朱', 'zhu', 7], ['胡', 'hu', 7], ['郭', 'guo', 7], ['何', 'he', 6], ['高', 'gao', 6], ['林', 'lin', 6], ['罗', 'luo', 6], ['郑', 'zheng', 5], ['梁', 'liang', 5],
  ['谢', 'xie', 4], ['宋', 'song', 4], ['唐', 'tang', 4], ['许', 'xu', 4], ['韩', 'han', 4], ['冯', 'feng', 4], ['邓', 'deng', 4], ['曹', 'cao', 4], ['彭', 'peng', 3], ['曾', 'zeng', 3], ['肖', 'xiao', 3],
  ['田', 'tian', 3], ['董', 'dong', 3], ['袁', 'yuan', 3], ['潘', 'pan', 3], ['于', 'yu', 3], ['蒋', 'jiang', 3], ['蔡', 'cai', 3], ['余', 'yu', 3], ['杜', 'du', 3], ['叶', 'ye', 3], ['程', 'cheng', 3],
  ['苏', 'su', 2], ['魏', 'wei', 2], ['吕', 'lv', 2], ['丁', 'ding', 2], ['任', 'ren', 2], ['沈', 'shen', 2], ['姚', 'yao', 2], ['卢', 'lu', 2], ['姜', 'jiang', 2], ['崔', 'cui', 2], ['钟', 'zhong', 2],
  ['谭', 'tan', 2], ['陆', 'lu', 2], ['汪', 'wang', 2], ['范', 'fan', 2], ['金', 'jin', 2], ['石', 'shi', 2], ['廖', 'liao', 2], ['贾', 'jia', 2], ['夏', 'xia', 2], ['韦', 'wei', 2], ['付', 'fu', 2],
  ['方', 'fang', 2], ['白', 'bai', 2], ['邹', 'zou', 2], ['孟', 'meng', 2], ['熊', 'xiong', 2], ['秦', 'qin', 2], ['邱', 'qiu', 2], ['江', 'jiang', 2], ['尹', 'yin', 2], ['薛', 'xue', 1], ['闫', 'yan', 1],
  ['段', 'duan', 1], ['雷', 'lei', 1], ['侯', 'hou', 1], ['龙', 'long', 1], ['史', 'shi', 1], ['陶', 'tao', 1], ['黎', 'li', 1], ['贺', 'he', 1], ['顾', 'gu', 1], ['毛', 'mao', 1], ['郝', 'hao', 1],
  ['龚', 'gong', 1], ['邵', 'shao', 1], ['万', 'wan', 1], ['钱', 'qian', 1], ['严', 'yan', 1], ['覃', 'qin', 1], ['武', 'wu', 1], ['戴', 'dai', 1], ['莫', 'mo', 1], ['孔', 'kong', 1], ['向', 'xiang', 1],
  ['常', 'chang', 1], ['易', 'yi', 1], ['关', 'guan', 1], ['安', 'an', 1], ['文', 'wen', 1], ['时', 'shi', 1], ['费', 'fei', 1]];
const SURN2 = [['欧阳', 'ouyang', 10], ['上官', 'shangguan', 2], ['皇甫', 'huangfu', 2], ['令狐', 'linghu', 1], ['诸葛', 'zhuge', 1], ['司徒', 'situ', 1], ['司马', 'sima', 1], ['申屠', 'shentu', 1],
  ['夏侯', 'xiahou', 1], ['慕容', 'murong', 1], ['尉迟', 'yuchi', 1], ['长孙', 'zhangsun', 1], ['东方', 'dongfang', 1], ['公孙', 'gongsun', 1], ['端木', 'duanmu', 1], ['呼延', 'huyan', 1], ['钟离', 'zhongli', 1]];
const GIVEN = Object.entries({ 伟: 'wei', 芳: 'fang', 娜: 'na', 敏: 'min', 静: 'jing', 丽: 'li', 强: 'qiang', 磊: 'lei', 军: 'jun', 洋: 'yang', 勇: 'yong', 艳: 'yan', 杰: 'jie', 娟: 'juan', 涛: 'tao',
  明: 'ming', 超: 'chao', 秀: 'xiu', 霞: 'xia', 平: 'ping', 刚: 'gang', 桂: 'gui', 英: 'ying', 华: 'hua', 玉: 'yu', 萍: 'ping', 红: 'hong', 鹏: 'peng', 辉: 'hui', 建: 'jian', 国: 'guo', 亮: 'liang',
  婷: 'ting', 宇: 'yu', 浩: 'hao', 欣: 'xin', 雪: 'xue', 梅: 'mei', 琳: 'lin', 晨: 'chen', 晓: 'xiao', 海: 'hai', 波: 'bo', 宁: 'ning', 佳: 'jia', 思: 'si', 子: 'zi', 轩: 'xuan', 怡: 'yi', 涵: 'han',
  博: 'bo', 雨: 'yu', 瑶: 'yao', 嘉: 'jia', 俊: 'jun', 峰: 'feng', 倩: 'qian', 颖: 'ying', 慧: 'hui', 凯: 'kai', 琪: 'qi', 璐: 'lu', 悦: 'yue', 然: 'ran', 睿: 'rui', 楠: 'nan', 航: 'hang', 彤: 'tong',
  志: 'zhi', 永: 'yong', 春: 'chun', 秋: 'qiu', 兰: 'lan', 凤: 'feng', 燕: 'yan', 斌: 'bin', 飞: 'fei', 昊: 'hao', 鑫: 'xin', 蕾: 'lei', 薇: 'wei', 晶: 'jing', 帆: 'fan', 立: 'li', 新: 'xin',
  一: 'yi', 梓: 'zi', 诗: 'shi', 泽: 'ze', 铭: 'ming', 瑞: 'rui', 文: 'wen', 德: 'de', 振: 'zhen', 淑: 'shu', 秀: 'xiu', 少: 'shao', 奕: 'yi', 晗: 'han', 沛: 'pei', 婧: 'jing' });
const UY1 = [['买买提', 'maimaiti'], ['阿依古丽', 'ayiguli'], ['艾尔肯', 'aierken'], ['古丽娜尔', 'gulinaer'], ['热依拉', 'reyila'], ['努尔艾力', 'nuraili'], ['迪丽娜尔', 'dilinaer'],
  ['阿布都热合曼', 'abudureheman'], ['帕提古丽', 'patiguli'], ['吐尔洪', 'tuerhong'], ['米热古丽', 'mireguli'], ['艾合买提', 'aihemaiti']];
const UY2 = [['艾力', 'aili'], ['吐尔逊', 'tuerxun'], ['吾斯曼', 'wusiman'], ['买合木提', 'maihemuti'], ['阿不都拉', 'abudula'], ['库尔班', 'kuerban'], ['托合提', 'tuoheti'], ['司马义', 'simayi'], ['阿木提', 'amuti'], ['依明', 'yiming']];
const TIB = [['扎西顿珠', 'zhaxidunzhu'], ['次仁卓玛', 'cirenzhuoma'], ['格桑拉姆', 'gesanglamu'], ['洛桑旺堆', 'luosangwangdui'], ['达瓦次仁', 'dawaciren'], ['央金卓嘎', 'yangjinzhuoga'], ['尼玛次仁', 'nimaciren'], ['白玛央宗', 'baimayangzong']];
const MNG = [['巴特尔', 'bateer'], ['其其格', 'qiqige'], ['乌兰图雅', 'wulantuya'], ['斯琴高娃', 'siqingaowa'], ['苏和', 'suhe'], ['额尔敦', 'eerdun'], ['图门巴雅尔', 'tumenbayaer']];

// fixed decoy vocabularies (names are never generated inside any of these strings)
const PRODUCTS = ['李宁运动鞋', '张小泉剪刀套装', '周大福黄金手链', '王守义十三香', '张裕解百纳干红', '陈克明挂面', '马应龙八宝眼霜', '周黑鸭卤鸭脖', '王老吉凉茶', '江小白白酒',
  '王小卤虎皮凤爪', '林清轩山茶花精华油', '毛戈平粉膏', '谢馥春鸭蛋粉', '杨国福麻辣烫底料', '孙悟空毛绒玩偶', '黄飞红麻辣花生', '李锦记蚝油', '金龙鱼食用油', '白象方便面', '安慕希酸奶',
  '钟薛高雪糕', '欧阳修文集', '曹操出行礼品卡', '黄天鹅可生食鸡蛋', '马克杯', '石头扫地机器人', '戴森吹风机', '小米手环', '阳澄湖大闸蟹', '五常大米', '智利车厘子', '海南金钻凤梨', '赣南脐橙'];
const CB_PRODUCTS = ['Swisse钙维生素D片', 'a2白金版婴儿奶粉3段', '爱他美奶粉1段', 'Blackmores深海鱼油', '雅诗兰黛小棕瓶精华', '资生堂红腰子精华', 'SK-II神仙水', '兰蔻粉水',
  'Moony纸尿裤L码', '花王纸尿裤M码', 'Costco坚果混合装', 'CPB隔离霜', '汤姆福特口红', '科颜氏高保湿面霜', '贝亲奶瓶', '雅培菁智奶粉'];
const PLACES = ['张家港分拨中心', '王府井营业部', '周浦转运中心', '金华转运中心', '高新区营业点', '黄山路菜鸟驿站', '马家堡站', '石家庄转运中心', '关林网点', '江北驿站', '余杭区仓',
  '何家村驿站', '林和西网点', '曹杨新村营业部', '常熟转运中心', '任丘网点', '安亭分拨中心', '万州转运场', '武昌营业部', '韩城网点', '龙华驿站', '宋庄站点', '钱塘区中转场', '贺兰山路营业点',
  '史家胡同驿站', '田林路营业部', '谢家湾网点', '孟村集散点', '秦皇岛转运中心', '向阳门店'];
const TRAP_ROADS = ['张江路', '黄山路', '金桥路', '马当路', '林和西路', '石龙路', '王府井大街', '何家湾路', '江宁路', '曹杨路', '余杭塘路', '常德路', '关山大道', '高新南九道', '周家嘴路', '宋园路'];
const ROADS = ['人民路', '解放路', '中山路', '建设路', '新华路', '和平路', '胜利路', '文化路', '长江路', '黄河路', '建国路', '友谊路', '滨江大道', '科技园路', '学府路', '迎宾大道', '光明街', '工业大道'];
const COMMS = ['阳光花园', '锦绣家园', '碧桂园', '万科城', '绿地世纪城', '金色家园', '翠湖苑', '幸福里小区', '华府公寓', '天一大厦', '国贸中心', '软件园', '龙湖天街', '保利香槟国际', '融创壹号院'];
const WORDS = ['余额不足', '付款方式', '周一至周五', '周末不在家', '马上派送', '高速滞留', '金额有误', '关于丢件', '方便时送', '任务已完成', '程序异常', '时间改约', '安全送达', '常温运输', '向前台咨询'];
const COMPANIES = ['顺丰速运有限公司', '中通快递股份有限公司', '上海韵达货运有限公司', '圆通速递有限公司', '京东物流集团', '杭州欧阳贸易有限公司', '义乌市司马家日用品商行', '深圳市华强北电子商行',
  '李宁官方旗舰店', '周大福珠宝旗舰店', '王小卤食品旗舰店', '陈记土特产专营店', '欧阳家居旗舰店', '马氏海鲜水产店', '黄家食品有限公司', '东方甄选自营店', '三只松鼠旗舰店', '良品铺子旗舰店', '百草味官方店'];
const CS_NICKS = ['小美', '小顺', '小韵', '小兔', '小圆', '阿秀', '小蓝', '京小智', '小桃', '晓晓'];
const BANKS = [['中国工商银行', '622202', 19], ['中国工商银行', '621226', 19], ['中国农业银行', '622848', 19], ['中国建设银行', '621700', 19], ['中国建设银行', '436742', 19], ['中国银行', '621661', 19],
  ['中国银行', '601382', 19], ['招商银行', '622588', 16], ['招商银行', '621483', 16], ['交通银行', '622262', 19], ['兴业银行', '622909', 18], ['中国邮政储蓄银行', '621799', 19], ['中国邮政储蓄银行', '622188', 19],
  ['浦发银行', '622521', 16], ['招商银行信用卡', '439188', 16], ['中信银行信用卡', '518212', 16], ['中国建设银行', '623668', 19], ['平安银行', '623058', 19]];
const BRANCHES = ['张江支行', '高新支行', '城西支行', '人民路支行', '科技园支行', '西湖支行', '营业部', '滨江支行', '开发区支行', '新城支行'];
const NAME_BLOCK = [...PRODUCTS, ...CB_PRODUCTS, ...PLACES, ...TRAP_ROADS, ...ROADS, ...COMMS, ...WORDS, ...COMPANIES, ...CS_NICKS, ...BRANCHES, '张师傅', '王府井', '张家口', '高新区'];

const CARRIERS = [
  { n: '顺丰速运', s: '顺丰', hot: '95338', no: () => 'SF' + ri(1, 4) + digits(12), site: () => pick(['755', '021', '010', '571', '020', '028']) + pick(['WA', 'AL', 'BF', 'DK', 'TQ', 'HX']), emp: () => pad(ri(1, 999999), 6) },
  { n: '中通快递', s: '中通', hot: '95311', no: () => pick(['75', '73', '78']) + digits(12), site: () => String(ri(10000, 89999)), emp: () => 'ZT' + digits(7) },
  { n: '圆通速递', s: '圆通', hot: '95554', no: () => 'YT' + ri(1, 9) + digits(12), site: () => String(ri(200000, 899999)), emp: () => 'YT' + digits(6) },
  { n: '韵达快递', s: '韵达', hot: '95546', no: () => pick(['43', '46', '31']) + digits(11), site: () => String(ri(100000, 899999)), emp: () => 'YD' + digits(6) },
  { n: '申通快递', s: '申通', hot: '95543', no: () => '77' + digits(13), site: () => String(ri(200000, 899999)), emp: () => 'ST' + digits(5) },
  { n: '京东物流', s: '京东', hot: '950616', no: () => 'JD' + pad(ri(1, 99), 2) + digits(11), site: () => '京东' + pick(['朝阳', '浦东', '天河', '西湖', '武侯']) + '营业部', emp: () => 'jd' + pick(['wuliu', 'ps', 'xsd']) + digits(4) },
  { n: '极兔速递', s: '极兔', hot: '956025', no: () => 'JT' + ri(1, 9) + digits(12), site: () => String(ri(100, 999)) + pad(ri(1, 99), 3), emp: () => 'JT' + digits(6) },
  { n: '中国邮政EMS', s: 'EMS', hot: '11183', no: () => (chance(0.5) ? '1' + ri(0, 2) + digits(11) : s10('E' + pick(['A', 'B', 'C', 'M']))), site: () => String(ri(100000, 899999)), emp: () => digits(8) },
  { n: '德邦快递', s: '德邦', hot: '95353', no: () => 'DPK' + digits(12), site: () => 'DB' + digits(5), emp: () => digits(6) },
];

// ───────────────────────── synthetic personal data ─────────────────────────
const ALLOC = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '191', '193', '195', '196', '197', '198', '199'];
const ALLOC_CHECK = new Set([...ALLOC, '162', '165', '167', '170', '171', '172', '190', '192']);
const DEMO = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { for (;;) { const m = pick(ALLOC) + digits(8); if (!DEMO.has(m)) return m; } }
const blocked = (n) => NAME_BLOCK.some((w) => w.includes(n));
function genName(o = {}) {
  const eth = o.eth || 'han';
  if (eth === 'uy') { const a = pick(UY1), b = pick(UY2); return { name: a[0] + '·' + b[0], py: [a[1], b[1]] }; }
  if (eth === 'ti') { const a = pick(TIB); return { name: a[0], py: [a[1], ''] }; }
  if (eth === 'mn') { const a = pick(MNG); return { name: a[0], py: [a[1], ''] }; }
  for (;;) {
    const s = chance(0.04) ? wpick(SURN2.map((x) => [x, x[2]])) : wpick(SURN.map((x) => [x, x[2]]));
    const k = chance(0.3) ? 1 : 2; let g = '', gp = '';
    for (let i = 0; i < k; i++) { const c = pick(GIVEN); g += c[0]; gp += c[1]; }
    const name = s[0] + g;
    if (!blocked(name) && !(k === 2 && g[0] === g[1] && chance(0.5))) return { name, py: [s[1], gp] };
  }
}
function genId(county, y1 = 1950, y2 = 2006) {
  const dt = randDate(y1, y2);
  const body = county + dt.y + pad(dt.m, 2) + pad(dt.d, 2) + digits(3);
  return { value: body + idCheck(body), dt };
}
function genLegacyId(county) { // 15 digits, born 19xx, upgraded value
  const dt = randDate(1935, 1984);
  const seq = digits(3);
  const raw = county + String(dt.y).slice(2) + pad(dt.m, 2) + pad(dt.d, 2) + seq;
  const body = county + dt.y + pad(dt.m, 2) + pad(dt.d, 2) + seq;
  return { raw, value: body + idCheck(body) };
}
function genCard(bank) { const b = bank || pick(BANKS); return { bank: b[0], value: luhnComplete(b[1] + digits(b[2] - b[1].length - 1)) }; }
function genUscc(kind) {
  const t = kind || wpick([['91', 70], ['92', 15], ['12', 5], ['93', 3], ['52', 3], ['31', 2]]);
  const c = pick(ADDRABLE)[0]; const reg = chance(0.4) ? c.slice(0, 4) + '00' : chance(0.2) ? c.slice(0, 2) + '0000' : c;
  let org;
  if (chance(0.6)) { org = 'MA'; for (let i = 0; i < 6; i++) org += pick(UA.split('')); } else org = digits(8);
  const b17 = t + reg + org + gb11714(org);
  return b17 + usccCheck(b17);
}
function genPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7); }
const AREA8 = ['010', '020', '021', '022', '023', '024', '025', '027', '028', '029', '0755', '0571', '0512', '0532', '0731', '0591', '0371', '0551', '0757', '0769', '0574'];
function genLandline() { if (chance(0.07)) return { area: '0931', sub: ri(2, 8) + digits(6) }; return { area: pick(AREA8), sub: ri(2, 8) + digits(7) }; }
const EMAIL_DOM = [['qq.com', 22], ['163.com', 18], ['126.com', 8], ['foxmail.com', 5], ['sina.com', 4], ['sina.cn', 2], ['sohu.com', 2], ['yeah.net', 2], ['aliyun.com', 2], ['139.com', 3], ['189.cn', 2],
  ['outlook.com', 4], ['gmail.com', 4], ['hotmail.com', 3], ['icloud.com', 3]];
function genEmail(p) {
  const dom = wpick(EMAIL_DOM); const a = p.py[0], b = p.py[1] || p.py[0].slice(0, 4); const yy = String(p.birthY || ri(1970, 2004));
  if ((dom === 'qq.com' || dom === 'foxmail.com') && chance(0.5)) return { value: ri(1, 9) + digits(ri(4, 9)) + '@' + dom };
  if ((dom === '139.com' || dom === '189.cn') && chance(0.6)) return { value: p.mobile + '@' + dom, inner: p.mobile };
  const ini = a[0] + (b ? b[0] : '');
  const local = wpick([[a + b, 5], [a + '.' + b, 3], [b + a, 2], [a + b + yy, 4], [a + b + yy.slice(2), 3], [a + '_' + b, 2], [ini + digits(ri(3, 6)), 3], [b + '_' + ri(1, 999), 2], [pick(['lucky', 'sunny', 'happy', 'tiger', 'panda', 'mumu', 'xiaoyu']) + ri(10, 9999), 2]]);
  return { value: (local || 'user' + digits(5)) + '@' + dom };
}
function person(o = {}) {
  const eth = o.eth || wpick([['han', 90], ['uy', 5], ['ti', 2], ['mn', 3]]);
  const nm = genName({ eth });
  const county = eth === 'uy' ? pick(XJ)[0] : eth === 'ti' ? pick(TIBET)[0] : eth === 'mn' ? pick(NMG)[0] : pick(COUNTIES)[0];
  const id = genId(county, o.y1 || 1952, o.y2 || 2006);
  const p = { name: nm.name, py: nm.py, mobile: genMobile(), id: id.value, birthY: id.dt.y, county };
  p.email = genEmail(p); p.card = genCard();
  return p;
}
function address(o = {}) {
  const c = o.county ? COUNTIES.find((x) => x[0] === o.county && x[4]) || pick(ADDRABLE) : pick(ADDRABLE);
  const trap = chance(0.25) ? pick(TRAP_ROADS) : null;
  const road = trap || pick(ROADS);
  const sp = o.spaced ? ' ' : '';
  const parts = [];
  if (!(o.short && chance(0.5))) parts.push(c[1]);
  if (c[2]) parts.push(c[2]);
  if (c[3]) parts.push(c[3]);
  let tail = road + ri(1, 1999) + '号';
  if (chance(0.7)) tail += sp + pick(COMMS) + ri(1, 30) + pick(['栋', '幢', '号楼']) + (chance(0.5) ? ri(1, 6) + '单元' : '') + ri(1, 32) + pad(ri(1, 12), 2) + pick(['室', '室', '']);
  else tail += sp + pick(['', '', ri(1, 20) + '楼', 'B座' + ri(1, 28) + pad(ri(1, 20), 2)]);
  return { text: parts.join(sp) + sp + tail, prov: c[1], city: c[2] || c[1], dist: c[3] || '', detail: tail, trap };
}

// ───────────────────────── value writers (raw forms) ─────────────────────────
function fMobile(m, st = {}) {
  const k = wpick([['bare', 70], ['dash', 7], ['sp', st.noSpace ? 0 : 7], ['p86sp', st.noSpace ? 0 : 4], ['p86', 3], ['p86d', 2], ['86', 2], ['par', 2], ['0086', st.noSpace ? 0 : 2], ['fw', 1]]);
  const g = m.slice(0, 3) + '%' + m.slice(3, 7) + '%' + m.slice(7);
  switch (k) {
    case 'dash': return g.replace(/%/g, '-'); case 'sp': return g.replace(/%/g, ' ');
    case 'p86sp': return '+86 ' + g.replace(/%/g, ' '); case 'p86': return '+86' + m; case 'p86d': return '+86-' + m;
    case '86': return '86' + m; case 'par': return '(+86)' + m; case '0086': return '0086 ' + m; case 'fw': return fw(m);
    default: return m;
  }
}
function fId(id, st = {}) {
  let s = id;
  if (s.endsWith('X') && chance(0.4)) s = s.slice(0, 17) + 'x';
  const k = wpick([['bare', 92], ['sp', st.noSpace ? 0 : 3], ['fw', 1]]);
  if (k === 'sp') return s.slice(0, 6) + ' ' + s.slice(6, 14) + ' ' + s.slice(14);
  if (k === 'fw') return fw(s);
  return s;
}
function fCard(c, st = {}) {
  const k = wpick([['bare', 62], ['sp', st.noSpace ? 0 : 30], ['dash', 4]]);
  if (k === 'bare') return c; return c.replace(/(\d{4})(?=\d)/g, k === 'sp' ? '$1 ' : '$1-');
}
function fLand(l, st = {}) {
  const a = l.area, s = l.sub, a0 = a.slice(1);
  const k = wpick([['dash', 50], ['par', 12], ['fwpar', 4], ['sp', st.noSpace ? 0 : 10], ['bare', 10], ['p86', st.noSpace ? 0 : 5], ['p86d', 5]]);
  switch (k) {
    case 'par': return '(' + a + ')' + s; case 'fwpar': return '（' + a + '）' + s;
    case 'sp': return a + ' ' + s.slice(0, s.length - 4) + ' ' + s.slice(-4); case 'bare': return a + s;
    case 'p86': return '+86 ' + a0 + ' ' + s; case 'p86d': return '+86-' + a0 + '-' + s;
    default: return a + '-' + s;
  }
}
function fEmail(e) { let s = e; if (chance(0.08)) s = s.replace(/^[a-z]/, (c) => c.toUpperCase()); if (chance(0.03)) s = s.toUpperCase(); if (chance(0.015)) s = s.replace('@', '＠'); return s; }
const maskMobile = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), '*******' + m.slice(7)]);
const surnameOf = (n) => (SURN2.some((x) => n.startsWith(x[0])) ? n.slice(0, 2) : n.includes('·') ? n.split('·')[0] : n[0]);
const maskName = (n) => { const s = surnameOf(n); return pick([s + '*', s + '**', s + '某', s + '某某', s + '*'.repeat(Math.max(1, n.length - s.length))]); };
const titleName = (n) => (n.includes('·') || !SURN.some((x) => x[0] === n[0]) && !SURN2.some((x) => n.startsWith(x[0])) ? null : surnameOf(n) + pick(['先生', '女士', '小姐', '师傅', '老师', '女士', '先生']));
const maskId = (id) => pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14), id.slice(0, 3) + '*'.repeat(11) + id.slice(14)]);
const maskCard = (c) => pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '******' + c.slice(-4), '尾号' + c.slice(-4)]);
const maskEmail = (e) => { const [l, d] = e.split('@'); return l.slice(0, 2) + '***@' + d; };

// ───────────────────────── decoy generators ─────────────────────────
const ts = (y = 2024) => { const d = randDate(y, y); return `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)} ${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`; };
const tsShort = () => { const d = randDate(2024, 2025); return pick([`${d.y}/${d.m}/${d.d} ${ri(7, 22)}:${pad(ri(0, 59), 2)}`, `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)} ${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}`]); };
const ts14 = () => { const d = randDate(2024, 2025); return `${d.y}${pad(d.m, 2)}${pad(d.d, 2)}${pad(ri(7, 22), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`; };
const epochMs = () => String(ri(1704067200, 1767225599)) + digits(3);
const orderNo = () => wpick([[() => ri(1, 3) + digits(18), 4], [() => { const d = randDate(2024, 2025); return `${d.y}${pad(d.m, 2)}${pad(d.d, 2)}` + digits(10); }, 4],
  [() => ri(2, 3) + digits(11), 2], [() => { const d = randDate(2024, 2025); return `${String(d.y).slice(2)}${pad(d.m, 2)}${pad(d.d, 2)}-` + digits(15); }, 2], [() => '69' + digits(17), 1]])();
const pickupCode = () => wpick([[() => `${ri(1, 30)}-${ri(1, 6)}-${ri(1001, 6099)}`, 6], [() => `${pick('ABCDEFGH'.split(''))}${ri(1, 20)}-${ri(1, 5)}-${pad(ri(1, 9999), 4)}`, 2], [() => String(ri(10000000, 99999999)), 2], [() => String(ri(100000, 999999)), 1]])();
const bagNo = () => pick([() => 'BG' + ts14().slice(2, 8) + digits(4), () => '袋' + digits(10), () => 'CN' + pick(['SHA', 'CAN', 'HGH', 'PEK', 'SZX']) + ts14().slice(0, 8) + 'B' + digits(4)])();
const postcode = () => String(ri(10, 85)) + digits(4);
const hot400 = () => pick([`400-${ri(600, 899)}-${digits(4)}`, `400${ri(600, 899)}${digits(4)}`, `400 ${ri(600, 899)} ${digits(4)}`]);
const weight = () => pick([(ri(1, 300) / 10).toFixed(1) + 'kg', (ri(5, 3000) / 100).toFixed(2) + 'KG', ri(1, 30) + '公斤']);
const hsCode = () => pick(['3304990099', '0402291000', '2106909090', '1901101000', '9619001100', '3304100091', '2936290090', '1517909090']);
const mawb = () => { const ser = digits(7); return pick(['784', '999', '781', '880', '112']) + '-' + ser + (+ser % 7); };
const invListNo = () => pick(['2233', '5165', '2244', '0102', '4612']) + ri(2024, 2025) + 'I' + digits(9);
const customsCode = () => digits(4) + pick(['96', '98', '94']) + digits(3) + pick(['A', 'B', '0', '1', 'Z']);
const virtualNo = () => pick(['170', '171']) + digits(8);
const ext4 = () => String(ri(1000, 9999));
const monthAcct = () => pick(['755', '021', '010', '571', '020', '769']) + digits(7);
const workOrder = (p) => p + ts14().slice(0, 8) + digits(ri(4, 6));
const OPC = ['鑫源', '顺达', '通达', '宏远', '安捷', '恒通', '捷运', '诚信', '众邦', '瑞丰'];
const opCompany = (c, t) => pick(['杭州', '昆山', '义乌', '东莞', '临沂', '成都', '武汉', '郑州']) + pick(OPC) + (c ? c.s : '') + (t === '92' ? pick(['快递服务部', '快递经营部']) : pick(['快递服务有限公司', '物流有限公司', '供应链管理有限公司']));
const cbCompany = () => pick(['杭州', '宁波', '广州', '郑州', '上海']) + pick(['海淘优选', '环球优品', '万国购', '跨境通', '全球仓']) + pick(['跨境电子商务有限公司', '国际贸易有限公司']);
const sci = (v) => { const m = v.slice(1, 6).replace(/0+$/, ''); return v[0] + (m ? '.' + m : '') + 'E+' + (v.length - 1); };

// ───────────────────────── document model ─────────────────────────
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); }
  _put(map, det, raw, value) { const k = det + '\u0000' + value; if (!map.has(k)) map.set(k, { detector: det, value, raws: new Set() }); map.get(k).raws.add(raw); return raw; }
  e(det, raw, value) { return this._put(this.E, det, raw, value); }
  d(det, raw, value) { return this._put(this.D, det, raw, value); }
  x(kind, text) { if (!this.X.has(text)) this.X.set(text, kind); return text; }
  // convenience writers that register labels
  name(p, st = {}) { let raw = p.name; if (st.ocr && chance(0.15) && !p.name.includes('·')) raw = p.name[0] + ' ' + p.name.slice(1); return this.e('person_name_zh', raw, p.name); }
  mob(m, st) { return this.e('cn_mobile', fMobile(m, st), m); }
  id(v, st) { return this.e('cn_resident_id', fId(v, st), v); }
  card(v, st) { return this.e('bank_card', fCard(v, st), v); }
  land(l, st, org = false) { const raw = fLand(l, st); return org ? this.d('cn_landline', raw, l.area + l.sub) : this.e('cn_landline', raw, l.area + l.sub); }
  mail(em, role = false) { const raw = role ? em.value : fEmail(em.value); if (em.inner) this.e('cn_mobile', em.inner, em.inner); return role ? this.d('email', raw, em.value) : this.e('email', raw, em.value); }
  uscc(v) { return this.e('cn_uscc', chance(0.05) ? v.toLowerCase() : v, v); }
  pass(v) { return this.e('cn_passport', v, v); }
  virt(v) { return this.d('cn_mobile', v, v); }
  // decoys
  mm(m) { return this.x('masked_phone', maskMobile(m)); }
  mn(n) { return this.x('masked_name', maskName(n)); }
  tn(n) { const t = titleName(n); return t ? this.x('surname_title', t) : this.mn(n); }
  way(c) { return this.x('tracking_no', c.no()); }
  ord() { return this.x('order_no', orderNo()); }
  t(f = ts) { return this.x('timestamp', f()); }
  prod() { return this.x('product', pick(PRODUCTS)); }
  place() { return this.x('place', pick(PLACES)); }
  comp() { return this.x('company', pick(COMPANIES)); }
  addr(o) { const a = address(o); if (a.trap) this.x('place', a.trap); return a; }
}
const ST = (sk) => ({ noSpace: sk === 'space' });
const SEPK = [['comma', 28], ['tab', 24], ['pipe', 10], ['pipesp', 8], ['fwcomma', 6], ['fwpipe', 4], ['space', 12], ['md', 5], ['csvq', 6], ['semicolon', 3]];
function dw(s) { let w = 0; for (const ch of s) w += /[\u1100-\uffff]/.test(ch) && ch !== '·' ? 2 : 1; return w; }
function renderTable(head, rows, sk) {
  const all = [head, ...rows];
  switch (sk) {
    case 'space': {
      const w = head.map((_, i) => Math.max(...all.map((r) => dw(r[i] || '-'))));
      return all.map((r) => r.map((c, i) => { c = c || '-'; return c + ' '.repeat(w[i] - dw(c) + 2); }).join('').trimEnd()).join('\n');
    }
    case 'md': return ['| ' + head.join(' | ') + ' |', '|' + head.map(() => '---').join('|') + '|', ...rows.map((r) => '| ' + r.join(' | ') + ' |')].join('\n');
    case 'csvq': return all.map((r) => r.map((c) => '"' + String(c).replace(/"/g, '""') + '"').join(',')).join('\n');
    default: {
      const sep = { comma: ',', tab: '\t', pipe: '|', pipesp: ' | ', fwcomma: '，', fwpipe: '｜', semicolon: ';' }[sk];
      return all.map((r) => r.join(sep)).join('\n');
    }
  }
}

// ───────────────────────── document kinds ─────────────────────────
// 1. 快递面单 OCR
function kWaybill(doc) {
  const c = pick(CARRIERS); const L = [];
  const C = () => pick(['：', ':', ' ', '：']);
  L.push(pick([`${c.n}  ${pick(['标准快递', '特快', '标快', '电商标快', '冷运到家', '大件快递'])}`, `${c.s} ${pick(['EXPRESS', '快递', '速运'])}`, `■ ${c.n} ■`]));
  const wb = doc.way(c);
  L.push(pick(['运单号', '单号', '运单编号']) + C() + wb);
  if (chance(0.5)) L.push(doc.x('barcode_text', wb.replace(/(\w{4})(?=\w)/g, '$1 ')));
  if (chance(0.5)) L.push(pick(['三段码', '大头笔', '目的地']) + C() + doc.x('sort_code', `${ri(100, 999)}${pick(['', '-'])}${pick('ABCDEFGHJKLMN'.split(''))}${ri(1, 30)}${pick(['', '-' + pad(ri(1, 99), 2)])}`));
  const R = person(); const a = address({ spaced: chance(0.3) });
  const mode = wpick([['full', 45], ['priv', 27], ['title', 12], ['virt', 16]]);
  const st = { ocr: true };
  let rn, rp;
  if (mode === 'full') { rn = doc.name(R, st); rp = doc.mob(R.mobile, st); }
  else if (mode === 'priv') { rn = doc.mn(R.name); rp = doc.mm(R.mobile); }
  else if (mode === 'title') { rn = doc.tn(R.name); rp = doc.mob(R.mobile, st); }
  else { rn = chance(0.5) ? doc.mn(R.name) : doc.tn(R.name); const v = virtualNo(), e = ext4(); doc.virt(v); rp = pick([`${v}转${e}`, `${v}-${e}`, `${v} 转 ${e}`, `${v},,${e}`]); }
  L.push(pick([`收件人${C()}${rn}  ${pick(['电话', '手机', 'Tel', ''])}${C()}${rp}`, `收 ${rn} ${rp}`, `收件${C()}${rn}\n${rp}`]));
  if (mode !== 'priv' && chance(0.15)) { L.push('座机' + C() + doc.land(genLandline(), st)); }
  if ((mode === 'priv' || mode === 'title') && chance(0.6)) L.push(`隐私面单 | 联系收件人请拨 ${doc.x('service_relay', c.hot + '转' + ext4())}`);
  L.push(mode === 'priv' ? a.prov + a.city + a.dist + '***' : a.text);
  if (mode !== 'priv' && a.trap) doc.x('place', a.trap);
  // sender
  const sm = wpick([['person', 40], ['shop', 45], ['masked', 15]]);
  if (sm === 'person') { const S = person(); L.push(`寄件人${C()}${doc.name(S, st)} ${doc.mob(S.mobile, st)}`); L.push(doc.addr({ short: true }).text); }
  else if (sm === 'shop') {
    const shop = doc.comp(); const tel = chance(0.5) ? doc.x('hotline', hot400()) : doc.land(genLandline(), {}, true);
    L.push(`寄件${C()}${shop}  ${tel}`); if (chance(0.3)) L.push(doc.place());
  } else { const S = person(); L.push(`寄 ${doc.mn(S.name)} ${doc.mm(S.mobile)}`); }
  L.push(`${pick(['托寄物', '物品', '内件'])}${C()}${chance(0.6) ? doc.prod() : pick(['服装', '文件', '日用品', '食品', '电子产品'])}  ${pick(['计费重量', '重量', '实际重量'])}${C()}${doc.x('weight', weight())}  件数${C()}${ri(1, 3)}`);
  if (chance(0.5)) L.push(`付款方式${C()}${pick(['寄付月结', '到付', '寄付现结'])}` + (chance(0.6) ? `  月结账号${C()}${doc.x('account_code', monthAcct())}` : ''));
  if (chance(0.35)) L.push(`代收货款${C()}¥${money()}   保价${C()}¥${ri(1, 50) * 100}`);
  if (chance(0.5)) L.push(`${pick(['收派员', '快递员', '揽收员'])}${C()}${pick(['工号', ''])}${doc.x('employee_no', c.emp())}  ${pick(['网点', '始发网点'])}${C()}${doc.x('site_code', c.site())}`);
  if (chance(0.3)) L.push(`邮编${C()}${doc.x('postcode', postcode())}`);
  L.push(`${pick(['打印时间', '寄件时间', '揽收时间'])}${C()}${doc.t(pick([ts, tsShort]))}`);
  if (chance(0.4)) L.push(`${pick(['条码', '商品条码'])} ${doc.x('barcode', ean13('69' + digits(10)))}`);
  L.push(`签收人/时间：__________   客服热线 ${doc.x('hotline', c.hot)}`);
  // OCR noise: random extra spaces/line artefacts, never inside values
  const ocr = (l) => (chance(0.08) ? l.replace('收件人', '收件入').replace('寄件人', '寄仵人').replace('电话', '电活') : l);
  return L.map((l) => ocr(chance(0.2) ? l.replace(/：/g, pick([':', ' : ', '：'])) : l) + (chance(0.1) ? ' |' : '')).join('\n');
}

// 2. 批量下单 export
function kBatch(doc) {
  const sys = pick(['菜鸟', '顺丰', '京东', '中通', '拼多多', '抖店', '快递管家']); const c = pick(CARRIERS);
  const sk = wpick(SEPK); const st = ST(sk); const n = nRows();
  const masked = chance(0.12), withEmail = chance(0.45), withId = chance(0.18), split = chance(0.3), withTel = chance(0.25);
  const senderCols = chance(0.4); const S = person(); const apos = ['comma', 'csvq', 'tab'].includes(sk) && chance(0.12);
  const cols = [];
  if (chance(0.7)) cols.push({ h: pick(['序号', '#', 'No.', '行号']), g: (r, i) => String(i + 1) });
  if (chance(0.8)) cols.push({ h: pick(['订单号', '商家订单号', '平台订单号', '外部订单号', '订单编号']), g: () => doc.ord() });
  if (chance(0.7)) cols.push({ h: pick(['运单号', '快递单号', '物流单号', '面单号']), g: () => (chance(0.1) ? '' : doc.way(c)) });
  const core = [];
  core.push({ h: pick(['收件人姓名', '收件人', '收货人', '收货人姓名', '联系人', '收方姓名', '收件人名称', 'Consignee', 'Receiver Name']), g: (r) => (masked ? doc.mn(r.P.name) : r.title ? doc.tn(r.P.name) : doc.name(r.P)) });
  core.push({ h: pick(['收件人手机', '收件人电话', '收货人手机', '手机号', '联系电话', '收方手机', '收件人手机号码', 'Consignee Tel', 'Receiver Mobile']), g: (r) => {
    if (masked) return doc.mm(r.P.mobile);
    if (r.virt) { const v = virtualNo(); doc.virt(v); return `${v}${pick(['转', '-', '_'])}${ext4()}`; }
    let s = (apos ? "'" : '') + doc.mob(r.P.mobile, st); if (chance(0.05)) { const m2 = genMobile(); s += '/' + doc.mob(m2, st); } return s; } });
  if (withTel) core.push({ h: pick(['收件人座机', '固定电话', '收方电话', '备用电话']), g: (r) => (masked || chance(0.5) ? '' : doc.land(genLandline(), st)) });
  if (split) {
    core.push({ h: pick(['省', '收件省', '省份']), g: (r) => r.a.prov }); core.push({ h: pick(['市', '收件市', '城市']), g: (r) => r.a.city });
    core.push({ h: pick(['区', '区/县', '收件区县']), g: (r) => r.a.dist || '-' }); core.push({ h: pick(['详细地址', '街道地址']), g: (r) => (masked ? '***' : r.a.detail) });
  } else core.push({ h: pick(['收件地址', '收货地址', '详细地址', '收件人地址', '收方地址', 'Address']), g: (r) => (masked ? r.a.prov + r.a.city + '****' : r.a.text) });
  if (withEmail) core.push({ h: pick(['收件人邮箱', '邮箱', 'Email', '电子邮箱', 'E-mail', '通知邮箱']), g: (r) => (masked ? doc.x('masked_email', maskEmail(r.P.email.value)) : chance(0.15) ? '' : doc.mail(r.P.email)) });
  if (withId) core.push({ h: pick(['收件人身份证', '身份证号', '证件号码', '收件人证件号']), g: (r) => (masked ? doc.x('masked_id', maskId(r.P.id)) : chance(0.04) ? doc.x('excel_sci', sci(r.P.id)) : (apos ? "'" : '') + doc.id(r.P.id, st)) });
  if (chance(0.6)) core.push({ h: pick(['物品', '物品名称', '托寄物', '商品名称', '货物名称', '内件品名']), g: () => (chance(0.5) ? doc.prod() : pick(['衣服', '鞋子', '文件', '化妆品', '零食', '数码配件'])) });
  if (chance(0.5)) core.push({ h: pick(['重量', '重量(kg)', '重量（KG）', '计费重量']), g: () => (ri(1, 200) / 10).toFixed(1) });
  if (chance(0.3)) core.push({ h: pick(['邮编', '收件邮编']), g: () => doc.x('postcode', postcode()) });
  if (chance(0.3)) core.push({ h: pick(['代收货款', '代收金额', 'COD金额']), g: () => (chance(0.5) ? '0' : money()) });
  if (chance(0.3)) core.push({ h: pick(['备注', '留言', '买家留言']), g: () => (chance(0.5) ? '' : doc.x('word', pick(WORDS))) });
  if (chance(0.3)) core.push({ h: pick(['付款方式', '结算方式']), g: () => pick(['寄付月结', '到付', '寄付现结', '第三方付']) });
  if (senderCols) {
    core.push({ h: pick(['寄件人', '寄件人姓名', '发件人']), g: () => doc.name(S) });
    core.push({ h: pick(['寄件人手机', '寄件人电话', '发件人电话']), g: () => doc.mob(S.mobile, st) });
  }
  if (chance(0.4)) core.push({ h: pick(['下单时间', '创建时间', '打单时间']), g: () => doc.t(pick([ts, tsShort])) });
  if (chance(0.4)) shuffle(core);
  cols.push(...core);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const P = person(); const r = { P, a: masked ? address({}) : doc.addr({}), title: chance(0.06), virt: chance(0.05) };
    rows.push(cols.map((cd) => cd.g(r, i)));
  }
  const L = [];
  if (chance(0.4)) L.push(`${sys}批量下单导出  导出时间${col()}${doc.t()}  操作员${col()}${doc.x('employee_no', 'OP' + digits(5))}`);
  if (!senderCols && chance(0.4)) L.push(`默认寄件人${col()}${doc.name(S)}  ${doc.mob(S.mobile)}  ${doc.addr({}).text}`);
  L.push(renderTable(cols.map((x) => x.h), rows, sk));
  if (chance(0.3)) L.push(`共 ${n} 条记录`);
  return L.join('\n');
}

// 3. 派件清单
function kDispatch(doc) {
  const c = pick(CARRIERS); const sk = wpick(SEPK.filter((x) => x[0] !== 'csvq')); const st = ST(sk); const n = nRows();
  const K = person(); const L = [];
  const site = doc.place();
  L.push(`${c.n} ${site} 派件清单`);
  L.push(`派件员${col()}${doc.name(K)}  工号${col()}${doc.x('employee_no', c.emp())}  手机${col()}${doc.mob(K.mobile)}  日期${col()}${doc.t(tsShort)}`);
  if (chance(0.5)) L.push(`袋号${col()}${doc.x('bag_no', bagNo())}  车签号${col()}${doc.x('seal_no', 'CQ' + digits(9))}`);
  const phoneMode = wpick([['full', 55], ['mask', 30], ['mix', 15]]);
  const head = ['序号', pick(['运单号', '单号']), pick(['收件人', '收货人', '客户']), pick(['电话', '手机', '联系方式']), pick(['地址', '派送地址', '收件地址'])];
  const extra = [];
  if (chance(0.5)) extra.push([pick(['取件码', '货架号']), () => doc.x('pickup_code', pickupCode())]);
  if (chance(0.4)) extra.push([pick(['到付', '到付金额']), () => (chance(0.7) ? '0' : money())]);
  if (chance(0.4)) extra.push([pick(['签收', '状态']), () => pick(['已签收', '未签收', '驿站代收', '拒收', '滞留'])]);
  if (chance(0.3)) extra.push(['备注', () => (chance(0.6) ? '' : doc.x('word', pick(WORDS)))]);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const P = person(); const a = doc.addr({ short: true }); const mode = phoneMode === 'mix' ? pick(['full', 'mask', 'virt']) : phoneMode;
    let nm, ph;
    if (mode === 'full') { nm = chance(0.85) ? doc.name(P) : doc.tn(P.name); ph = doc.mob(P.mobile, st); }
    else if (mode === 'mask') { nm = doc.mn(P.name); ph = doc.mm(P.mobile); }
    else { nm = doc.mn(P.name); const v = virtualNo(); doc.virt(v); ph = v + '转' + ext4(); }
    rows.push([String(i + 1), doc.way(c), nm, ph, a.text, ...extra.map((e) => e[1]())]);
  }
  L.push(renderTable([...head, ...extra.map((e) => e[0])], rows, sk));
  L.push(`合计${col()}${n} 件   网点电话${col()}${doc.land(genLandline(), {}, true)}   客服 ${doc.x('hotline', c.hot)}`);
  return L.join('\n');
}

// 4. 退货/售后 log
function kReturn(doc) {
  const c = pick(CARRIERS); const n = nRows(); const L = [];
  const asTable = chance(0.45);
  const reasons = ['尺码偏小', '质量问题', '发错货', '七天无理由', '外包装破损', '少件', '不想要了', '与描述不符'];
  if (asTable) {
    const sk = wpick(SEPK); const st = ST(sk);
    const head = [pick(['售后单号', '退货单号', '工单号']), pick(['原订单号', '订单号']), pick(['退回运单号', '退货快递单号']), pick(['客户姓名', '买家姓名', '联系人']), pick(['联系电话', '手机']), pick(['退货原因', '原因']), pick(['退款金额', '金额']), pick(['退款方式', '退款账户']), pick(['处理时间', '申请时间'])];
    const rows = [];
    for (let i = 0; i < n; i++) {
      const P = person(); const refund = wpick([['orig', 60], ['card', 20], ['mask', 15], ['alipay', 5]]);
      let rf;
      if (refund === 'orig') rf = pick(['原路退回', '原路返回', '退回余额']);
      else if (refund === 'card') rf = `${P.card.bank}${st.noSpace ? '' : ' '}${doc.card(P.card.value, st)}`;
      else if (refund === 'mask') rf = doc.x('masked_card', maskCard(P.card.value));
      else rf = '支付宝' + (chance(0.5) ? doc.mob(P.mobile, st) : doc.mail(P.email));
      rows.push([doc.x('work_order', workOrder('SH')), doc.ord(), doc.way(c), chance(0.8) ? doc.name(P) : doc.mn(P.name), chance(0.75) ? doc.mob(P.mobile, st) : doc.mm(P.mobile), pick(reasons), money(), rf, doc.t()]);
    }
    L.push(renderTable(head, rows, sk));
  } else {
    for (let i = 0; i < n; i++) {
      const P = person(); const t = doc.t();
      const ev = wpick([['apply', 30], ['recv', 25], ['refund', 25], ['note', 20]]);
      const wo = doc.x('work_order', workOrder(pick(['SH', 'TH', 'AS'])));
      if (ev === 'apply') L.push(`${t} [售后] 工单 ${wo} 客户 ${doc.name(P)}(${doc.mob(P.mobile)}) 申请退货，订单 ${doc.ord()}，原因：${pick(reasons)}`);
      else if (ev === 'recv') L.push(`${t} [仓库] ${wo} 退件已签收，运单 ${doc.way(c)}，寄件人 ${chance(0.6) ? doc.name(P) : doc.tn(P.name)} ${chance(0.5) ? doc.mm(P.mobile) : doc.mob(P.mobile)}`);
      else if (ev === 'refund') {
        if (chance(0.5)) L.push(`${t} [财务] ${wo} 线下退款 ¥${money()} 至 ${P.card.bank} 户名 ${doc.name(P)} 卡号 ${doc.card(P.card.value)}`);
        else L.push(`${t} [财务] ${wo} 已原路退款 ¥${money()}，尾号 ${doc.x('masked_card', P.card.value.slice(-4))}，通知邮件已发送至 ${doc.mail(P.email)}`);
      } else L.push(`${t} [客服${doc.x('cs_nickname', pick(CS_NICKS))}] ${wo} 已电话联系 ${doc.tn(P.name)}（${doc.mm(P.mobile)}），${doc.x('word', pick(WORDS))}`);
    }
  }
  if (chance(0.3)) L.unshift(`${pick(['售后处理记录', '退货登记表', '逆向物流日志'])}  导出于 ${doc.t(ts14)}`);
  return L.join('\n');
}

// 5. 到付/代收货款 settlement
function kCod(doc) {
  const c = pick(CARRIERS); const sk = wpick(SEPK); const st = ST(sk); const n = nRows(); const L = [];
  L.push(`${c.n}${doc.place()} ${pick(['代收货款结算单', '到付款结算明细', 'COD回款明细'])}`);
  L.push(`结算批次${col()}${doc.x('batch_no', 'JS' + ts14().slice(0, 8) + '-' + pad(ri(1, 999), 4))}  结算周期${col()}${doc.t(tsShort)} 至 ${doc.t(tsShort)}`);
  if (chance(0.7)) L.push(`结算方${col()}${doc.x('company', opCompany(c, '91'))}  统一社会信用代码${col()}${doc.uscc(genUscc('91'))}`);
  if (chance(0.6)) L.push(`财务联系${col()}${doc.mail({ value: pick(['caiwu', 'finance', 'cod', 'jiesuan']) + '@' + pick(['zto-site.cn', 'sfwl.com.cn', 'ydkd.net', 'jtexpress-site.cn']) }, true)}`);
  const cols = [
    ['商户编号', () => doc.x('merchant_no', 'M' + digits(8))],
    [pick(['商户名称', '店铺名称', '寄件商户']), (r) => r.shopName],
    [pick(['收款户名', '户名', '收款人']), (r) => (r.corp ? r.shopName : doc.name(r.P))],
    [pick(['开户行', '开户银行']), (r) => r.bank + (st.noSpace ? '' : '') + pick(BRANCHES)],
    [pick(['收款账号', '银行卡号', '收款卡号', '账号']), (r) => (r.corp ? doc.d('bank_card', r.acct, r.acct) : doc.card(r.P.card.value, st))],
  ];
  if (chance(0.6)) cols.push([pick(['身份证号', '法人身份证', '收款人身份证']), (r) => (r.corp ? '-' : doc.id(r.P.id, st))]);
  if (chance(0.5)) cols.push([pick(['统一社会信用代码', '信用代码', '营业执照号']), (r) => doc.uscc(r.uscc)]);
  cols.push([pick(['联系手机', '手机', '联系电话']), (r) => doc.mob(r.P.mobile, st)]);
  if (chance(0.65)) cols.push([pick(['邮箱', '联系邮箱', '对账邮箱']), (r) => (r.corp && chance(0.5) ? doc.mail({ value: pick(['duizhang', 'service', 'kefu']) + ri(1, 99) + '@' + pick(['163.com', 'qq.com']) }, true) : doc.mail(r.P.email))]);
  cols.push([pick(['代收件数', '票数']), () => String(ri(1, 300))]);
  cols.push([pick(['代收金额', '回款金额']), () => money()]);
  if (chance(0.5)) cols.push([pick(['手续费', '服务费']), () => (ri(1, 300) / 10).toFixed(2)]);
  cols.push([pick(['应结金额', '实付金额']), () => money()]);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const P = person({ y1: 1960, y2: 2003 }); const corp = chance(0.15);
    const shopName = corp ? pick(COMPANIES) : (chance(0.5) ? '' : pick(['义乌', '广州', '临沂', '杭州', '泉州'])) + pick(['小美', '鑫源', '好运来', '优品', '晨光', '聚福']) + pick(['百货', '服饰', '食品', '数码']) + pick(['店', '商行', '工作室']);
    doc.x('company', shopName);
    rows.push(((r) => cols.map((cd) => cd[1](r)))({ P, corp, shopName, bank: corp ? pick(BANKS)[0] : P.card.bank, acct: pick(['1001', '3105', '4420', '1218', '3100']) + digits(ri(13, 16)), uscc: genUscc(corp ? '91' : '92') }));
  }
  L.push(renderTable(cols.map((x) => x[0]), rows, sk));
  L.push(`制表${col()}${chance(0.5) ? doc.name(person()) : doc.x('job_title', '网点财务')}   审核${col()}${doc.x('job_title', pick(['站长', '网点负责人', '财务主管']))}`);
  return L.join('\n');
}

// 6. 驿站 / 快递柜 pickup SMS
function kSms(doc) {
  const n = wpick([[1, 35], [ri(2, 8), 40], [ri(9, 40), 25]]); const L = [];
  const logMode = n > 1 && chance(0.6);
  const station = pick(['菜鸟驿站', '妈妈驿站', '兔喜生活', '丰巢', '京东自提点', '中邮驿站']);
  const sm = genMobile();
  const stPhone = chance(0.5) ? doc.land(genLandline(), {}, true) : doc.d('cn_mobile', sm, sm); // station's published number
  if (logMode) L.push(`${station}短信发送记录  ${doc.place()}  导出${col()}${doc.t()}`);
  for (let i = 0; i < n; i++) {
    const P = person(); const c = pick(CARRIERS); const code = doc.x('pickup_code', pickupCode());
    const body = wpick([
      [() => `【${station}】您的${c.s}包裹已到${pick(COMMS)}${pick(['东门', '南门', '北门', '1号楼底商'])}${station}，请凭取件码${code}于${ri(18, 21)}:00前领取，电话${stPhone}。`, 5],
      [() => `【${station}】取件码${code}，您的${c.s}快递（单号尾号${doc.x('tail_no', c.no().slice(-4))}）已入柜，请及时取件。`, 3],
      [() => { const K = person(); return `【${c.s}】您好，我是${c.s}快递员${doc.name(K)}，电话${doc.mob(K.mobile)}，您的快递${doc.way(c)}已放${pick(['门卫', '驿站', '快递柜', '前台'])}，取件码${code}。`; }, 2],
      [() => `【${station}】${chance(0.5) ? doc.tn(P.name) : doc.name(P)}您好，您的${c.s}大件包裹需本人持身份证领取，取件码${code}，营业时间 ${pick(['8:00-21:00', '9:00-20:30'])}。`, 1],
    ]);
    const msg = body();
    if (logMode) {
      const to = chance(0.7) ? doc.mob(P.mobile) : doc.mm(P.mobile);
      L.push(`${doc.t()}\t${to}\t${msg}\t${pick(['发送成功', '已送达', '发送失败'])}`);
    } else {
      L.push(`发送至 ${chance(0.5) ? doc.mm(P.mobile) : doc.x('masked_phone', '尾号' + P.mobile.slice(-4))}`);
      L.push(msg);
    }
  }
  if (!logMode && chance(0.5)) L.push(`退订回T  客服${doc.x('hotline', pick(['95338', '95311', '95554', '956025', hot400()]))}`);
  return L.join('\n');
}

// 7. customer-service chat about a lost parcel
function kChat(doc) {
  const c = pick(CARRIERS); const P = person(); const L = []; const nick = doc.x('cs_nickname', pick(CS_NICKS));
  const agent = `客服${nick}(${pick(['工号', 'ID'])}${doc.x('employee_no', String(ri(1000, 99999)))})`;
  const cust = pick(['客户', '用户', '买家', '访客']);
  let tm = ri(8 * 60, 20 * 60); const T = () => { tm += ri(0, 3); return `${pad(Math.floor(tm / 60) % 24, 2)}:${pad(tm % 60, 2)}`; };
  const say = (who, s) => L.push(`${chance(0.5) ? '[' + T() + '] ' : T() + ' '}${who}${col()}${s}`);
  L.push(`会话记录 ${doc.x('session_id', 'S' + ts14() + digits(3))}  渠道${col()}${pick(['APP在线客服', '微信公众号', '电话转在线', '淘宝旺旺'])}`);
  const wb = doc.way(c);
  say(agent, `您好，${c.n}在线客服${nick}为您服务，请问有什么可以帮您？`);
  say(cust, `我的快递${wb}显示${pick(['已签收', '派送中', '在' + doc.place() + '停了好几天'])}，但是我根本没收到${pick(['！！', '，怎么回事', ''])}`);
  say(agent, '非常抱歉给您带来不便，请提供收件人姓名和手机号码，我帮您核实一下。');
  const form = pick([0, 1, 2]);
  if (form === 0) say(cust, `${doc.name(P)}，${doc.mob(P.mobile)}`);
  else if (form === 1) say(cust, `收件人${doc.name(P)} 电话${doc.mob(P.mobile)} 地址${doc.addr({}).text}`);
  else { say(cust, `我叫${doc.name(P)}`); say(cust, doc.mob(P.mobile)); }
  say(agent, `核实到收件人${doc.mn(P.name)}，手机${doc.mm(P.mobile)}，${pick(['签收记录显示由驿站代收', '包裹在中转时异常', '派件员反馈放在门口'])}，已为您登记工单${doc.x('work_order', workOrder('GD'))}。`);
  if (chance(0.5)) { const K = person(); say(agent, `派件员是${doc.name(K)}，您也可以直接联系他：${doc.mob(K.mobile)}`); }
  if (chance(0.6)) {
    say(agent, `如确认丢失可申请理赔，请提供${pick(['身份证号码', '本人身份证号'])}以及收款银行卡号、开户行。`);
    say(cust, `身份证${doc.id(P.id)}`);
    say(cust, `${P.card.bank}，卡号${doc.card(P.card.value)}${chance(0.3) ? '，户名就是我本人' : ''}`);
    if (chance(0.3)) { const F = person(); say(cust, `或者打到我老公的卡：${doc.name(F)} ${doc.card(F.card.value)}`); }
  }
  if (chance(0.6)) { say(agent, '请把商品照片和购买凭证发送至我们的理赔邮箱，或留下您的邮箱我们发送表格。'); say(cust, `发我邮箱吧 ${doc.mail(P.email)}`); }
  if (chance(0.4)) say(agent, `理赔邮箱：${doc.mail({ value: pick(['lipei', 'claims', 'kefu', 'service']) + '@' + pick(['sf-express.com', 'zto.com', 'yundaex.com', 'jtexpress.com.cn']) }, true)}`);
  if (chance(0.5)) say(cust, `${pick(['@', '＠'])}${doc.x('mention', pick(['客服主管', '投诉组', '派件组', '站长']))} 请尽快处理，${doc.x('word', pick(WORDS))}`);
  if (chance(0.5)) say(agent, `已为您加急，预计${ri(1, 3)}个工作日内回复，如有疑问可拨打${doc.x('hotline', chance(0.5) ? c.hot : hot400())}。`);
  if (chance(0.3)) say(agent, `温馨提示：此会话于 ${doc.t(epochMs)} 创建（系统时间戳）。`);
  return L.join('\n');
}

// 8. 冷链/大件 appointment sheet (实名寄递)
function kAppoint(doc) {
  const c = pick(CARRIERS); const n = nRows(); const L = []; const cold = chance(0.5);
  L.push(`${c.n} ${cold ? '冷链配送预约单' : '大件送装预约表'}  ${doc.place()}  打印${col()}${doc.t()}`);
  const blocks = chance(0.35);
  const sk = wpick(SEPK); const st = ST(sk);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const P = person();
    const dtype = wpick([['身份证', 85], ['旧身份证', 6], ['护照', 6], ['无', 3]]);
    let tyText = dtype === '旧身份证' ? '身份证(一代)' : dtype, idText;
    if (dtype === '身份证') idText = doc.id(P.id, st);
    else if (dtype === '旧身份证') { const lg = genLegacyId(P.county); idText = doc.e('cn_resident_id', lg.raw, lg.value); }
    else if (dtype === '护照') idText = doc.pass(genPassport());
    else { idText = doc.x('masked_id', maskId(P.id)); tyText = '身份证(已脱敏)'; }
    const tel2 = chance(0.3) ? (chance(0.5) ? doc.land(genLandline(), st) : doc.mob(genMobile(), st)) : '';
    const slot = (() => { const d = randDate(2024, 2025); return doc.x('appointment_slot', `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)} ${pick(['09:00-12:00', '13:00-18:00', '18:00-21:00'])}`); })();
    const goods = cold ? pick(['阳澄湖大闸蟹', '智利车厘子', '冷冻牛排', '鲜活海鲜', '疫苗冷藏箱', '冰淇淋']) : pick(['冰箱', '洗衣机', '沙发', '床垫', '跑步机', '空调外机']);
    if (goods === '阳澄湖大闸蟹' || goods === '智利车厘子') doc.x('product', goods);
    const r = { no: doc.x('appointment_no', 'YY' + ts14().slice(2, 8) + digits(5)), wb: doc.way(c), nm: doc.name(P), ty: tyText, idt: idText, mob: doc.mob(P.mobile, st), tel2, addr: doc.addr({}).text, slot, goods,
      temp: cold ? pick(['冷冻-18℃', '冷藏2-8℃', '常温']) : pick(['需安装', '无需安装', '上楼费另计']) };
    if (blocks) {
      L.push(`【${i + 1}】预约单号 ${r.no}  运单 ${r.wb}`);
      L.push(`  客户${col()}${r.nm}  ${r.ty}${col()}${r.idt}`);
      L.push(`  电话${col()}${r.mob}${r.tel2 ? '  备用' + col() + r.tel2 : ''}`);
      L.push(`  地址${col()}${r.addr}`);
      L.push(`  时段${col()}${r.slot}  货品${col()}${r.goods}  ${r.temp}  实名核验${col()}${pick(['已核验', '已核验', '待核验'])}`);
    } else rows.push([r.no, r.wb, r.nm, r.ty, r.idt, r.mob, r.tel2 || '-', r.addr, r.slot, r.goods, r.temp]);
  }
  if (!blocks) L.push(renderTable([pick(['预约单号', '预约号']), pick(['运单号', '单号']), pick(['客户姓名', '收件人', '姓名']), '证件类型', pick(['证件号码', '证件号', '身份证号']), pick(['手机', '联系电话']), pick(['备用电话', '其他联系方式']), pick(['地址', '送货地址']), pick(['预约时段', '配送时间']), pick(['货品', '物品']), cold ? '温层' : '服务'], rows, sk));
  L.push(`注：根据实名收寄制度，寄递${cold ? '冷链' : '大件'}物品须登记有效身份证件。监督电话 ${doc.x('hotline', c.hot)}`);
  return L.join('\n');
}

// 9. 跨境电商 清关 list
function kCustoms(doc) {
  const sk = wpick(SEPK); const st = ST(sk); const n = nRows(); const L = [];
  L.push(`${pick(['跨境电商进口申报清单', '进口清单申报明细', '保税备货清关明细'])}（${pick(['浦东机场', '白云机场', '杭州萧山', '郑州新郑', '宁波栎社'])}海关）`);
  L.push(`总运单号${col()}${doc.x('mawb', mawb())}  航班${col()}${doc.x('flight_no', pick(['CZ', 'CA', 'MU', 'HU']) + ri(301, 8999))}  申报日期${col()}${doc.t(tsShort)}`);
  L.push(`电商企业${col()}${doc.x('company', cbCompany())}  统一社会信用代码${col()}${doc.uscc(genUscc('91'))}  海关编码${col()}${doc.x('customs_code', customsCode())}`);
  if (chance(0.7)) L.push(`物流企业${col()}${doc.x('company', pick(['顺丰速运有限公司', '中国邮政速递物流', '菜鸟供应链', '京东物流集团']))}  信用代码${col()}${doc.uscc(genUscc('91'))}`);
  if (chance(0.4)) L.push(`申报联系人${col()}${doc.name(person())}  电话${col()}${doc.land(genLandline(), {}, true)}  邮箱${col()}${doc.mail({ value: pick(['customs', 'baoguan', 'clearance']) + '@' + pick(['cnbroker.com', 'kj-express.cn']) }, true)}`);
  const withEmail = chance(0.35), sepRecv = chance(0.5);
  const head = ['序号', pick(['订单编号', '订单号']), pick(['物流运单编号', '运单号']), '清单编号', pick(['订购人姓名', '订购人']), '证件类型', pick(['订购人证件号码', '证件号码', '身份证号']), pick(['订购人电话', '订购人手机'])];
  if (withEmail) head.push(pick(['订购人邮箱', '邮箱']));
  if (sepRecv) head.push(pick(['收件人', '收货人']), pick(['收件人电话', '收货人电话']));
  head.push(pick(['收件地址', '收货地址']), '商品名称', 'HS编码', '数量', pick(['申报总价', '总价(元)']), pick(['毛重(kg)', '毛重']), '袋号');
  const rows = [];
  const bag = doc.x('bag_no', bagNo());
  for (let i = 0; i < n; i++) {
    const P = person({ y1: 1960, y2: 2006 });
    const r = [String(i + 1), doc.x('order_no', pick(['JD', 'TM', 'KL', 'XHS']) + ts14().slice(0, 8) + digits(8)), doc.way(pick(CARRIERS)), doc.x('inventory_no', invListNo()), doc.name(P), pick(['1', '身份证', '居民身份证']), doc.id(P.id, st), doc.mob(P.mobile, st)];
    if (withEmail) r.push(chance(0.85) ? doc.mail(P.email) : '');
    if (sepRecv) { if (chance(0.7)) { r.push(doc.name(P), doc.mob(P.mobile, st)); } else { const Q = person(); r.push(doc.name(Q), doc.mob(Q.mobile, st)); } }
    r.push(doc.addr({}).text, doc.x('product', pick(CB_PRODUCTS)), doc.x('hs_code', hsCode()), String(ri(1, 6)), money(), (ri(2, 80) / 10).toFixed(2), bag);
    rows.push(r);
  }
  L.push(renderTable(head, rows, sk));
  return L.join('\n');
}

// 10. complaint e-mail
function kComplaint(doc) {
  const c = pick(CARRIERS); const P = person(); const L = [];
  const domain = pick(['sf-express.com', 'zto.com', 'yto.net.cn', 'yundaex.com', 'sto.cn', 'jdl.com', 'jtexpress.com.cn', 'ems.com.cn']);
  const role = doc.mail({ value: pick(['kefu', 'tousu', 'service', 'cs']) + '@' + domain }, true);
  const from = doc.mail(P.email);
  L.push(`From: ${chance(0.6) ? '"' + doc.name(P) + '" ' : ''}<${from}>`);
  L.push(`To: ${role}`);
  if (chance(0.3)) { const F = person(); L.push(`Cc: ${doc.mail(F.email)}`); }
  L.push(`Date: ${pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, ${ri(1, 28)} ${pick(['Jan', 'Mar', 'May', 'Jul', 'Sep', 'Nov'])} 2024 ${pad(ri(8, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)} +0800`);
  L.push(`Message-ID: <${doc.x('message_id', ts14() + '.' + digits(6) + '@' + pick(['mail.163.com', 'qq.com', 'smtp.sina.com', 'mx.126.com']))}>`);
  const wb = doc.way(c);
  L.push(`Subject: ${pick(['投诉', '【投诉】', '关于丢件的投诉', '快递丢失，要求赔偿'])} 运单号${wb}`);
  L.push('');
  L.push(`${pick(['您好', '贵公司客服你好', 'To whom it may concern'])}：`);
  L.push(`本人${doc.name(P)}，${pick(['于', '在'])}${doc.t(tsShort)}通过贵公司寄出/收取包裹（运单号${wb}），物品为${doc.prod()}，保价${ri(5, 50) * 100}元。` +
    `物流显示在${doc.place()}之后就没有更新，${pick(['快递员电话一直打不通', '客服只会说在核实', '显示已签收但我并没有收到'])}。`);
  if (chance(0.5)) { const K = person(); L.push(`当时的派件员是${doc.name(K)}（电话${doc.mob(K.mobile)}），他说已经放在${pick(['快递柜', '门口', '驿站'])}，但监控里根本没有。`); }
  L.push(`收件地址：${doc.addr({}).text}`);
  if (chance(0.6)) {
    L.push(`请尽快按保价金额赔偿，赔款请打入：${P.card.bank}${pick(BRANCHES)}，户名${doc.name(P)}，卡号${doc.card(P.card.value)}。`);
    if (chance(0.6)) L.push(`如需核实身份，我的身份证号码是${doc.id(P.id)}。`);
  }
  if (chance(0.3)) L.push(`附件：${doc.x('attachment', pick(['IMG_' + digits(4) + '.jpg', '签收截图.png', '购买凭证.pdf']))}  [cid:${doc.x('content_id', 'image00' + ri(1, 9) + '.png@01DA' + digits(4) + '.' + digits(8))}]`);
  L.push('');
  L.push(pick(['此致', '谢谢', '盼复']));
  L.push(doc.name(P));
  L.push(`${pick(['手机', 'Mobile', '电话', 'Tel'])}${col()}${doc.mob(P.mobile)}`);
  if (chance(0.4)) L.push(`${pick(['座机', '办公电话', 'Tel'])}${col()}${doc.land(genLandline(), {})}`);
  if (chance(0.5)) {
    L.push(''); L.push(`-----${pick(['原始邮件', 'Original Message', '回复'])}-----`);
    L.push(`${doc.tn(P.name)}您好，您反馈的运单${wb}已转${doc.x('department', pick(['理赔组', '投诉处理中心', '客户体验部']))}处理，工单号${doc.x('work_order', workOrder('TS'))}。`);
    L.push(`客服专员 ${doc.x('cs_nickname', pick(CS_NICKS))} 工号${doc.x('employee_no', String(ri(10000, 99999)))}  全国客服热线${doc.x('hotline', c.hot)} / ${doc.x('hotline', hot400())}`);
    if (chance(0.4)) L.push(`${doc.x('company', pick(COMPANIES.slice(0, 5)))} 总机${col()}${doc.land(genLandline(), {}, true)}`);
  }
  return L.join('\n');
}

// 11. 网点 courier payroll / 派费结算
function kPayroll(doc) {
  const c = pick(CARRIERS); const sk = wpick(SEPK); const st = ST(sk); const n = nRows(); const L = [];
  const site = doc.place();
  L.push(`${c.n}${site} ${ri(1, 12)}月${pick(['派费结算表', '快递员工资表', '承包区派费明细'])}`);
  const ut = pick(['91', '92']);
  if (chance(0.6)) L.push(`网点经营主体${col()}${doc.x('company', opCompany(c, ut))}  统一社会信用代码${col()}${doc.uscc(genUscc(ut))}`);
  const M = person(); if (chance(0.6)) L.push(`网点负责人${col()}${doc.name(M)}  ${doc.mob(M.mobile)}`);
  const maskIds = chance(0.12);
  const head = [pick(['工号', '员工编号']), '姓名', pick(['身份证号', '身份证号码', '证件号']), pick(['手机号', '联系电话']), pick(['开户行', '开户银行']), pick(['工资卡号', '银行卡号', '收款账号']), pick(['派件量', '派件票数']), pick(['派费', '派费(元)']), pick(['扣款', '罚款']), pick(['实发', '实发金额'])];
  const withMail = chance(0.25); if (withMail) head.splice(4, 0, pick(['邮箱', '电子邮箱']));
  const rows = [];
  for (let i = 0; i < n; i++) {
    const P = person({ y1: 1965, y2: 2004 });
    const r = [doc.x('employee_no', c.emp()), doc.name(P), maskIds ? doc.x('masked_id', maskId(P.id)) : doc.id(P.id, st), doc.mob(P.mobile, st)];
    if (withMail) r.push(doc.mail(P.email));
    r.push(P.card.bank, maskIds ? doc.x('masked_card', maskCard(P.card.value)) : chance(0.04) ? doc.x('excel_sci', sci(P.card.value)) : doc.card(P.card.value, st), String(ri(200, 4000)), money(), String(ri(0, 300)), money());
    rows.push(r);
  }
  L.push(renderTable(head, rows, sk));
  L.push(`制表${col()}${doc.x('job_title', '网点财务')}  日期${col()}${doc.t(tsShort)}`);
  return L.join('\n');
}

// 12. 理赔 claim form (key: value)
function kClaim(doc) {
  const c = pick(CARRIERS); const P = person(); const L = []; const K = (k, v) => L.push(`${k}${col()}${v}`);
  L.push(pick(['快递丢失/损坏理赔申请表', '理赔申请书', '丢件赔付申请']));
  K('理赔编号', doc.x('claim_no', 'LP' + ts14().slice(0, 8) + digits(5)));
  K(pick(['运单号', '快递单号']), doc.way(c));
  K(pick(['申请人', '申请人姓名', '姓名']), doc.name(P));
  if (chance(0.85)) K(pick(['身份证号码', '身份证号', '证件号码']), doc.id(P.id)); else { const lg = genLegacyId(P.county); K('身份证号码(旧)', doc.e('cn_resident_id', lg.raw, lg.value)); }
  K(pick(['联系手机', '手机号码', '联系电话']), doc.mob(P.mobile));
  if (chance(0.4)) K('固定电话', doc.land(genLandline(), {}));
  if (chance(0.8)) K(pick(['电子邮箱', '邮箱', 'E-mail']), doc.mail(P.email));
  K('联系地址', doc.addr({}).text);
  const payee = chance(0.2) ? person() : P;
  K(pick(['收款户名', '收款人']), doc.name(payee));
  K('开户银行', payee.card.bank + pick(BRANCHES));
  K(pick(['银行卡号', '收款卡号', '收款账号']), doc.card(payee.card.value));
  if (payee !== P) K('收款人身份证', doc.id(payee.id));
  K('托寄物', chance(0.5) ? doc.prod() : pick(['手机', '笔记本电脑', '衣物', '茶叶']));
  K('保价金额', '¥' + ri(5, 50) * 100); K('申请赔偿金额', '¥' + money());
  K('事情经过', `${doc.t(tsShort)}寄出，途经${doc.place()}后无物流更新，${doc.x('word', pick(WORDS))}。`);
  K('申请日期', doc.t(tsShort));
  if (chance(0.4)) K('受理人', `${doc.x('cs_nickname', pick(CS_NICKS))}（工号${doc.x('employee_no', c.emp())}）`);
  if (chance(0.4)) K('备注', `原寄件人${doc.mn(person().name)}，电话${doc.mm(genMobile())}，${doc.x('masked_card', maskCard(genCard().value))}`);
  return L.join('\n');
}

const KINDS = [['waybill', kWaybill, 48], ['batch_order', kBatch, 44], ['dispatch_list', kDispatch, 28], ['return_log', kReturn, 26], ['cod_settlement', kCod, 30], ['pickup_sms', kSms, 26],
  ['cs_chat', kChat, 30], ['appointment', kAppoint, 24], ['customs_list', kCustoms, 28], ['complaint_email', kComplaint, 30], ['courier_payroll', kPayroll, 16], ['claim_form', kClaim, 22]];

// ───────────────────────── self-check ─────────────────────────
const NFKC = (s) => s.normalize('NFKC');
function norm(det, raw) {
  const s = NFKC(raw);
  switch (det) {
    case 'cn_mobile': { let d = s.replace(/\D/g, ''); if (d.startsWith('0086')) d = d.slice(4); else if (d.length === 13 && d.startsWith('86')) d = d.slice(2); else if (d.length === 12 && d.startsWith('0')) d = d.slice(1); return d; }
    case 'cn_landline': { let d = s.replace(/\D/g, ''); if (/^\s*\+86/.test(s)) d = '0' + d.slice(2); else if (d.startsWith('0086')) d = '0' + d.slice(4); return d; }
    case 'cn_resident_id': { let d = s.replace(/[\s-]/g, '').toUpperCase(); if (/^\d{15}$/.test(d)) { const b = d.slice(0, 6) + '19' + d.slice(6); d = b + idCheck(b); } return d; }
    case 'bank_card': return s.replace(/\D/g, '');
    case 'email': return s.trim().toLowerCase();
    case 'person_name_zh': return s.replace(/\s+/g, '');
    default: return s.replace(/[\s-]/g, '').toUpperCase();
  }
}
function idValid(v, strictCounty = true) {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (strictCounty ? !COUNTY_SET.has(v.slice(0, 6)) : !PROV2.has(v.slice(0, 2))) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  if (y < 1900 || y > 2024 || !dateOk(y, m, d)) return false;
  return idCheck(v.slice(0, 17)) === v[17];
}
function usccValid(v) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && gb11714(v.slice(8, 16)) === v[16]; }
function valueOk(det, v, isDc) {
  switch (det) {
    case 'cn_mobile': return /^1[3-9]\d{9}$/.test(v) && ALLOC_CHECK.has(v.slice(0, 3));
    case 'cn_landline': return /^0(10|2[0-57-9])[2-8]\d{7}$/.test(v) || /^0[3-9]\d{2}[2-8]\d{6,7}$/.test(v);
    case 'cn_resident_id': return idValid(v);
    case 'bank_card': return isDc ? /^\d{10,30}$/.test(v) : /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v);
    case 'cn_uscc': return usccValid(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5]+(·[\u4e00-\u9fa5]+)*$/.test(v) && v.replace('·', '').length >= 2 && v.length <= 16;
    default: return false;
  }
}
function checkDoc(doc, text) {
  const errs = []; const labels = [...doc.E.values(), ...doc.D.values()];
  const keysE = new Set(doc.E.keys());
  for (const k of doc.D.keys()) if (keysE.has(k)) errs.push('entity and dontCare overlap: ' + k);
  for (const L of labels) {
    if (!valueOk(L.detector, L.value, doc.D.has(L.detector + '\u0000' + L.value))) errs.push(`bad value ${L.detector} ${L.value}`);
    for (const raw of L.raws) {
      if (!text.includes(raw)) errs.push(`raw not in text: ${L.detector} ${raw}`);
      if (norm(L.detector, raw) !== L.value) errs.push(`norm mismatch ${L.detector} ${raw} -> ${norm(L.detector, raw)} != ${L.value}`);
    }
  }
  const vals = labels.map((l) => l.value);
  for (const [t, k] of doc.X) {
    if (!text.includes(t)) errs.push(`decoy not in text: ${k} ${t}`);
    const tn = NFKC(t).toLowerCase();
    for (const l of labels) { if (tn === l.value.toLowerCase() || tn.includes(l.value.toLowerCase())) errs.push(`decoy ${k} "${t}" contains label ${l.detector} ${l.value}`); }
    for (const l of labels) for (const r of l.raws) if (t.includes(r)) errs.push(`decoy ${k} "${t}" contains raw ${r}`);
  }
  // completeness scan: every checksum-valid candidate in the text must be labelled or be part of a decoy
  const has = (det, v) => doc.E.has(det + '\u0000' + v) || doc.D.has(det + '\u0000' + v);
  const nt = NFKC(text);
  for (const m of nt.matchAll(/\d+[Xx]?/g)) {
    const run = m[0].toUpperCase(), dOnly = run.replace('X', '');
    if (run.length === 11 && /^1[3-9]/.test(run) && ALLOC_CHECK.has(run.slice(0, 3)) && !has('cn_mobile', run)) errs.push('unlabelled mobile-like run ' + run);
    if (run.length === 18 && idValid(run, false) && !has('cn_resident_id', run)) errs.push('unlabelled ID-like run ' + run);
    if (dOnly === run && run.length >= 16 && run.length <= 19 && /^(62|4|5|81|60)/.test(run) && luhnOk(run) && !has('bank_card', run)) errs.push('unlabelled card-like run ' + run);
  }
  for (const m of nt.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) {
    const e = m[0].toLowerCase();
    if (!has('email', e) && ![...doc.X.keys()].some((t) => NFKC(t).toLowerCase().includes(e))) errs.push('unlabelled email ' + e);
  }
  return errs;
}

// ───────────────────────── generate ─────────────────────────
const docs = []; let failures = 0;
for (const [kind, fn, count] of KINDS) {
  for (let i = 1; i <= count; i++) {
    let ok = false;
    for (let attempt = 0; attempt < 30 && !ok; attempt++) {
      const doc = new Doc(kind); const text = fn(doc);
      const errs = checkDoc(doc, text);
      if (errs.length === 0) { docs.push({ doc, text, id: `lg-${kind}-${i}` }); ok = true; }
      else if (attempt === 29) { console.error(`cannot build ${kind} ${i}:`, errs.slice(0, 5)); failures++; }
    }
  }
}
const lines = []; const perKind = {}, perDet = {}, perDc = {}, perDecoy = {}; let nE = 0, nX = 0, nD = 0;
for (const { doc, text, id } of docs) {
  const errs = checkDoc(doc, text);
  if (errs.length) { console.error(id, errs.slice(0, 5)); failures++; }
  const entities = [...doc.E.values()].map((l) => ({ detector: l.detector, value: l.value }));
  const dontCare = [...doc.D.values()].map((l) => ({ detector: l.detector, value: l.value }));
  const decoys = [...doc.X].map(([text, kind]) => ({ kind, text }));
  perKind[doc.kind] = (perKind[doc.kind] || 0) + 1;
  for (const e of entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const d of decoys) perDecoy[d.kind] = (perDecoy[d.kind] || 0) + 1;
  nE += entities.length; nD += dontCare.length; nX += decoys.length;
  lines.push(JSON.stringify({ id, kind: doc.kind, text, entities, dontCare, decoys }));
}
writeFileSync(OUT, lines.join('\n') + '\n');
const ids = new Set(docs.map((d) => d.id)); if (ids.size !== docs.length) { console.error('duplicate ids'); failures++; }
if (docs.length < 250) { console.error('fewer than 250 documents'); failures++; }
for (const d of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[d] || 0) < 300) { console.error(`only ${perDet[d] || 0} ${d} entities`); failures++; }
if (nX < nE) { console.error(`decoys ${nX} < entities ${nE}`); failures++; }
console.log(`wrote ${docs.length} documents to ${OUT}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(perDet), 'total', nE);
console.log('dontCare per detector:', JSON.stringify(perDc), 'total', nD);
console.log('decoys per kind:', JSON.stringify(perDecoy), 'total', nX);
if (failures) { console.error(`SELF-CHECK FAILED (${failures})`); process.exit(1); }
console.log('self-check passed');
