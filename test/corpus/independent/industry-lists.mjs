#!/usr/bin/env node
// Independent labeled corpus: Chinese customer data in industry-vertical plain-text documents.
// Usage: node generate.mjs OUT_DIR [LABELS_JSON]
// Deterministic (seeded per document), needs nothing but Node >= 20 (full ICU for GB18030).
// All values are synthetic; every checksum-bearing value is generated valid in code.
import fs from 'node:fs';
import path from 'node:path';

// ===================================================================== PRNG
function hashStr(str) {
  let h = 1779033703 ^ str.length;
  for (let i = 0; i < str.length; i++) { h = Math.imul(h ^ str.charCodeAt(i), 3432918353); h = (h << 13) | (h >>> 19); }
  return () => { h = Math.imul(h ^ (h >>> 16), 2246822507); h = Math.imul(h ^ (h >>> 13), 3266489909); return (h ^= h >>> 16) >>> 0; };
}
function sfc32(a, b, c, d) {
  return () => { a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0; let t = (a + b) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0; c = (c << 21) | (c >>> 11); d = (d + 1) | 0; t = (t + d) | 0; c = (c + t) | 0; return (t >>> 0) / 4294967296; };
}
class Rng {
  constructor(seed) { const h = hashStr(String(seed)); this.f = sfc32(h(), h(), h(), h()); for (let i = 0; i < 12; i++) this.f(); }
  next() { return this.f(); }
  int(a, b) { return a + Math.floor(this.f() * (b - a + 1)); }
  pick(a) { return a[Math.floor(this.f() * a.length)]; }
  chance(p) { return this.f() < p; }
  digits(n) { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(this.f() * 10); return s; }
  nz(n) { return String(this.int(1, 9)) + this.digits(n - 1); }
  shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.f() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let x = this.f() * t; for (const [v, w] of pairs) { if ((x -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
  sample(a, k) { return this.shuffle(a).slice(0, k); }
  amount(a, b, dec = 2) { return (a + this.f() * (b - a)).toFixed(dec); }
}

// ===================================================================== reference data
// [code, province, prefecture, county, landline area code]
const COUNTIES = [
  ['110101', '北京市', '北京市', '东城区', '010'], ['110102', '北京市', '北京市', '西城区', '010'], ['110105', '北京市', '北京市', '朝阳区', '010'],
  ['110106', '北京市', '北京市', '丰台区', '010'], ['110107', '北京市', '北京市', '石景山区', '010'], ['110108', '北京市', '北京市', '海淀区', '010'],
  ['120101', '天津市', '天津市', '和平区', '022'], ['120103', '天津市', '天津市', '河西区', '022'], ['130102', '河北省', '石家庄市', '长安区', '0311'],
  ['130104', '河北省', '石家庄市', '桥西区', '0311'], ['130702', '河北省', '张家口市', '桥东区', null], ['140105', '山西省', '太原市', '小店区', '0351'],
  ['150102', '内蒙古自治区', '呼和浩特市', '新城区', '0471'], ['210102', '辽宁省', '沈阳市', '和平区', '024'], ['210202', '辽宁省', '大连市', '中山区', '0411'],
  ['220102', '吉林省', '长春市', '南关区', '0431'], ['230102', '黑龙江省', '哈尔滨市', '道里区', '0451'], ['310101', '上海市', '上海市', '黄浦区', '021'],
  ['310104', '上海市', '上海市', '徐汇区', '021'], ['310105', '上海市', '上海市', '长宁区', '021'], ['310115', '上海市', '上海市', '浦东新区', '021'],
  ['320102', '江苏省', '南京市', '玄武区', '025'], ['320106', '江苏省', '南京市', '鼓楼区', '025'], ['320505', '江苏省', '苏州市', '虎丘区', '0512'],
  ['330102', '浙江省', '杭州市', '上城区', '0571'], ['330106', '浙江省', '杭州市', '西湖区', '0571'], ['330203', '浙江省', '宁波市', '海曙区', '0574'],
  ['340102', '安徽省', '合肥市', '瑶海区', '0551'], ['341002', '安徽省', '黄山市', '屯溪区', null], ['350102', '福建省', '福州市', '鼓楼区', '0591'],
  ['350203', '福建省', '厦门市', '思明区', '0592'], ['360102', '江西省', '南昌市', '东湖区', '0791'], ['370102', '山东省', '济南市', '历下区', '0531'],
  ['370202', '山东省', '青岛市', '市南区', '0532'], ['410102', '河南省', '郑州市', '中原区', '0371'], ['411602', '河南省', '周口市', '川汇区', null],
  ['420102', '湖北省', '武汉市', '江岸区', '027'], ['420106', '湖北省', '武汉市', '武昌区', '027'], ['430102', '湖南省', '长沙市', '芙蓉区', '0731'],
  ['440103', '广东省', '广州市', '荔湾区', '020'], ['440104', '广东省', '广州市', '越秀区', '020'], ['440106', '广东省', '广州市', '天河区', '020'],
  ['440303', '广东省', '深圳市', '罗湖区', '0755'], ['440304', '广东省', '深圳市', '福田区', '0755'], ['440305', '广东省', '深圳市', '南山区', '0755'],
  ['440604', '广东省', '佛山市', '禅城区', '0757'], ['450102', '广西壮族自治区', '南宁市', '兴宁区', '0771'], ['460105', '海南省', '海口市', '秀英区', '0898'],
  ['500103', '重庆市', '重庆市', '渝中区', '023'], ['510104', '四川省', '成都市', '锦江区', '028'], ['510107', '四川省', '成都市', '武侯区', '028'],
  ['520102', '贵州省', '贵阳市', '南明区', '0851'], ['530102', '云南省', '昆明市', '五华区', '0871'], ['540102', '西藏自治区', '拉萨市', '城关区', '0891'],
  ['610102', '陕西省', '西安市', '新城区', '029'], ['610113', '陕西省', '西安市', '雁塔区', '029'], ['620102', '甘肃省', '兰州市', '城关区', '0931'],
  ['630102', '青海省', '西宁市', '城东区', '0971'], ['640104', '宁夏回族自治区', '银川市', '兴庆区', '0951'], ['650102', '新疆维吾尔自治区', '乌鲁木齐市', '天山区', '0991'],
  ['650104', '新疆维吾尔自治区', '乌鲁木齐市', '新市区', '0991'],
].map(([code, prov, city, dist, area]) => ({ code, prov, city, dist, area }));
// subscriber length per area code (checked against libphonenumber metadata, see selfcheck.mjs)
const AREA_LEN = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8,
  '0731': 8, '0532': 8, '0591': 8, '0871': 8, '0311': 8, '0431': 8, '0451': 8, '0531': 8, '0551': 8, '0371': 8, '0898': 8, '0791': 8, '0574': 8,
  '0757': 8, '0769': 8, '0510': 8, '0516': 8, '0411': 8, '0851': 8, '0931': 7, '0471': 7, '0951': 7, '0351': 7, '0771': 7, '0592': 7, '0991': 7, '0971': 7, '0891': 7 };
const AREAS = Object.keys(AREA_LEN);
const MOBILE_PREFIXES = [
  ...['130', '131', '132', '133', '134', '135', '136', '137', '138', '139'].map((p) => [p, 6]),
  ...['150', '151', '152', '153', '155', '156', '157', '158', '159'].map((p) => [p, 4]),
  ...['180', '181', '182', '183', '184', '185', '186', '187', '188', '189'].map((p) => [p, 4]),
  ...['145', '147', '162', '165', '166', '167', '172', '173', '175', '176', '177', '178'].map((p) => [p, 1.5]),
  ...['190', '191', '192', '193', '195', '196', '197', '198', '199'].map((p) => [p, 2]),
];
const MOBILE_OK = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
  '190', '191', '192', '193', '195', '196', '197', '198', '199']);

function parsePairs(s) { return s.trim().split(/\s+/).map((t) => { const [c, p] = t.split(':'); return { c, p }; }); }
const SUR_COMMON = parsePairs(`王:wang 李:li 张:zhang 刘:liu 陈:chen 杨:yang 黄:huang 赵:zhao 吴:wu 周:zhou 徐:xu 孙:sun 马:ma 朱:zhu 胡:hu 郭:guo 何:he 高:gao 林:lin 罗:luo
 郑:zheng 梁:liang 谢:xie 宋:song 唐:tang 许:xu 韩:han 冯:feng 邓:deng 曹:cao 彭:peng 曾:zeng 肖:xiao 田:tian 董:dong 袁:yuan 潘:pan 于:yu 蒋:jiang 蔡:cai
 余:yu 杜:du 叶:ye 程:cheng 苏:su 魏:wei 吕:lv 丁:ding 任:ren 沈:shen 姚:yao 卢:lu 姜:jiang 崔:cui 钟:zhong 谭:tan 陆:lu 汪:wang 范:fan 金:jin 石:shi 廖:liao
 贾:jia 夏:xia 韦:wei 付:fu 方:fang 白:bai 邹:zou 孟:meng 熊:xiong 秦:qin 邱:qiu 江:jiang 尹:yin 薛:xue 闫:yan 段:duan 雷:lei 侯:hou 龙:long 史:shi 陶:tao
 黎:li 贺:he 顾:gu 毛:mao 郝:hao 龚:gong 邵:shao 万:wan 钱:qian 严:yan 覃:qin 武:wu 戴:dai 莫:mo 孔:kong 向:xiang 汤:tang 常:chang 温:wen 康:kang 施:shi
 文:wen 牛:niu 樊:fan 葛:ge 邢:xing 安:an 齐:qi 易:yi 乔:qiao 伍:wu 庞:pang 颜:yan 倪:ni 庄:zhuang 聂:nie 章:zhang 鲁:lu 岳:yue 翟:zhai 殷:yin 詹:zhan 申:shen
 欧:ou 耿:geng 关:guan 兰:lan 焦:jiao 俞:yu 左:zuo 柳:liu 甘:gan 祝:zhu 包:bao 宁:ning 尚:shang 符:fu 舒:shu 阮:ruan 柯:ke 纪:ji 梅:mei 童:tong 凌:ling
 毕:bi 单:shan 季:ji 裴:pei 霍:huo 涂:tu 成:cheng 苗:miao 谷:gu 盛:sheng 曲:qu 翁:weng 冉:ran 骆:luo 蓝:lan 路:lu 游:you 辛:xin 靳:jin 管:guan 柴:chai
 蒙:meng 鲍:bao 华:hua 喻:yu 祁:qi 蒲:pu 房:fang 滕:teng 屈:qu 饶:rao 解:xie 牟:mou 艾:ai 尤:you 阳:yang 时:shi 穆:mu 农:nong 司:si 卓:zhuo 古:gu
 吉:ji 缪:miao 简:jian 车:che 项:xiang 连:lian 芦:lu 麦:mai 褚:chu 娄:lou 窦:dou 戚:qi 岑:cen 景:jing 党:dang 宫:gong 费:fei 卜:bu 冷:leng 晏:yan 席:xi
 卫:wei 米:mi 柏:bai 宗:zong 瞿:qu 桂:gui 全:quan 佟:tong 应:ying 臧:zang 闵:min 苟:gou 邬:wu 边:bian 卞:bian 姬:ji 师:shi 和:he 仇:qiu 栾:luan 隋:sui
 商:shang 刁:diao 沙:sha 荣:rong 巫:wu 寇:kou 桑:sang 郎:lang 甄:zhen 丛:cong 仲:zhong 虞:yu 敖:ao 巩:gong 明:ming 佘:she 池:chi 查:zha 麻:ma 苑:yuan 迟:chi 邝:kuang`);
const SUR_COMPOUND = parsePairs(`欧阳:ouyang 上官:shangguan 皇甫:huangfu 令狐:linghu 诸葛:zhuge 司徒:situ 司马:sima 申屠:shentu 夏侯:xiahou 慕容:murong 尉迟:yuchi
 东方:dongfang 公孙:gongsun 端木:duanmu 独孤:dugu 南宫:nangong 长孙:zhangsun 宇文:yuwen 轩辕:xuanyuan 呼延:huyan 司空:sikong 闻人:wenren`);
const SUR_RARE = parsePairs(`仉:zhang 訾:zi 冼:xian 亓:qi 禚:zhuo 勾:gou 笪:da 逄:pang 亢:kang 隗:wei 邴:bing 琚:ju 昝:zan 厍:she 蒯:kuai 酆:feng 佴:nai 桓:huan 郦:li 钮:niu`);
const GIVEN_M = parsePairs(`伟:wei 强:qiang 磊:lei 军:jun 洋:yang 勇:yong 杰:jie 涛:tao 明:ming 超:chao 辉:hui 刚:gang 平:ping 鹏:peng 华:hua 飞:fei 斌:bin 宇:yu 浩:hao
 凯:kai 健:jian 俊:jun 帆:fan 旭:xu 宁:ning 龙:long 林:lin 波:bo 晨:chen 建:jian 国:guo 志:zhi 文:wen 海:hai 峰:feng 东:dong 亮:liang 成:cheng 博:bo 轩:xuan
 然:ran 泽:ze 睿:rui 昊:hao 铭:ming 子:zi 梓:zi 航:hang 瑞:rui 嘉:jia 家:jia 振:zhen 德:de 永:yong 庆:qing 江:jiang 春:chun 立:li 新:xin 一:yi 天:tian 思:si
 景:jing 宏:hong 毅:yi 晖:hui 锋:feng 彬:bin 坤:kun 鑫:xin 豪:hao 翔:xiang 耀:yao 荣:rong 桂:gui 忠:zhong 胜:sheng 金:jin 宝:bao 福:fu 祥:xiang 兵:bing`);
const GIVEN_F = parsePairs(`芳:fang 娜:na 敏:min 静:jing 丽:li 艳:yan 娟:juan 霞:xia 秀:xiu 英:ying 玲:ling 桂:gui 丹:dan 萍:ping 红:hong 燕:yan 玉:yu 兰:lan 婷:ting
 雪:xue 琳:lin 晶:jing 颖:ying 倩:qian 欣:xin 怡:yi 梦:meng 雨:yu 佳:jia 慧:hui 琪:qi 涵:han 诗:shi 悦:yue 萱:xuan 璐:lu 彤:tong 薇:wei 洁:jie 莉:li 淑:shu
 梅:mei 凤:feng 月:yue 晓:xiao 小:xiao 思:si 嘉:jia 子:zi 瑶:yao 蕾:lei 妍:yan 婉:wan 宁:ning 琴:qin 素:su 珍:zhen 春:chun 爱:ai 秋:qiu 菊:ju 海:hai`);
// minority names written with a middle dot (U+00B7), and names without a Han surname
const UYGHUR_A = parsePairs(`买买提:maimaiti 艾力:aili 阿不都拉:abudula 吐尔逊:tuerxun 艾合买提:aihemaiti 努尔:nuer 热合曼:rehemanyi 艾尼瓦尔:ainiwaer 吾斯曼:wusiman 玉素甫:yusufu 卡德尔:kadeer 依明:yiming 麦麦提:maimaiti 阿布都:abudu 亚森:yasen 肉孜:rouzi`);
const UYGHUR_F = parsePairs(`阿依古丽:ayiguli 古丽娜尔:gulinaer 热依拉:reyila 帕提古丽:patiguli 米热古丽:mireguli 迪丽努尔:dilinuer 再努尔:zainuer 阿娜尔:anaer 祖丽菲亚:zulifeiya 努尔古丽:nuerguli`);
const TIBETAN = parsePairs(`扎西:zhaxi 顿珠:dunzhu 次仁:ciren 卓玛:zhuoma 央金:yangjin 格桑:gesang 拉姆:lamu 多吉:duoji 平措:pingcuo 旺堆:wangdui 索朗:suolang 德吉:deji`);
const MONGOL = parsePairs(`巴特尔:bateer 其其格:qiqige 斯琴:siqin 图雅:tuya 额尔敦:eerdun 苏日娜:surina 阿拉坦:alatan 那仁:naren`);

const STREETS = ['王府井大街', '中山路', '解放路', '人民路', '建设路', '黄河路', '长江路', '金水路', '马家堡路', '高新大道', '李村路', '何家湾路', '张江路', '周家嘴路',
  '石门一路', '南京西路', '天河北路', '深南大道', '文一西路', '光谷大道', '朝阳北路', '和平里东街', '胜利路', '东风路', '北京路', '花园路', '杨家坪正街', '白马山路', '史家胡同', '钱塘路'];
const COMPOUNDS = ['阳光花园', '金色家园', '万科城', '碧桂园', '保利花园', '龙湖天街', '华润城', '绿地公馆', '幸福里', '翠湖苑', '锦绣江南', '世纪新城', '康桥水乡', '丽景湾', '香榭里', '紫薇小区',
  '王家庄新村', '李家湾小区', '黄金海岸', '高家园', '马连道小区', '周庄社区', '金地格林', '融创壹号院'];
const VILLAGES = ['王家村', '李庄村', '张家寨村', '刘家沟村', '陈家湾村', '杨柳村', '黄土坡村', '赵家庄村', '周家堡村', '高庙村', '马坊村', '石门村', '何家坝村', '林场村'];
const TOWNS = ['城关镇', '新华街道', '高新街道', '马坊镇', '王府井街道', '石桥镇', '黄庄镇', '李集镇', '周店乡', '杨村镇', '张湾镇', '金山街道'];
const BRAND_ORGS = ['李宁体育用品', '周大福珠宝', '王老吉大健康', '陈李济药厂', '张小泉刀剪', '刘一手火锅', '黄记煌餐饮', '马应龙药业', '杨国福麻辣烫', '张亮麻辣烫', '周黑鸭食品', '老凤祥银楼', '王守义十三香',
  '孙二娘酒家', '胡庆余堂', '汤臣倍健', '钱大妈生鲜', '曹操出行', '何氏眼科', '高德地图', '金龙鱼粮油'];
const ORG_WORDS = ['华信', '恒通', '鑫达', '博远', '创新', '宏图', '金桥', '中联', '天成', '鼎盛', '瑞丰', '海纳', '智远', '蓝海', '星辰', '佳和', '长城', '东方', '正泰', '永安', '汇丰源', '新世纪'];
const ORG_TRADES = ['科技', '贸易', '物流', '建材', '餐饮管理', '信息技术', '医疗器械', '商贸', '电子', '文化传媒', '物业管理', '汽车服务', '教育咨询', '食品', '服饰', '置业', '机械设备'];
const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '交通银行', '招商银行', '中国邮政储蓄银行', '兴业银行', '浦发银行', '中信银行', '平安银行', '北京银行', '上海银行', '民生银行'];
const CARD_BINS = [ // [prefix, length]
  ['622202', 19], ['621226', 19], ['621700', 19], ['622700', 19], ['622848', 19], ['621661', 19], ['623668', 19], ['622262', 19], ['621771', 19], ['622609', 19],
  ['622588', 16], ['621483', 16], ['622575', 16], ['625802', 16], ['628262', 16], ['622155', 16], ['623058', 19], ['621785', 19], ['622908', 16]];
const CREDIT_BINS = [['622575', 16], ['625802', 16], ['628262', 16], ['438088', 16], ['524047', 16], ['552599', 16], ['622155', 16], ['625969', 16], ['436742', 16], ['518710', 16]];

// ===================================================================== check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function luhnOK(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let n = +s[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } sum += n; alt = !alt; } return sum % 10 === 0; }
function luhnComplete(body) { for (let d = 0; d < 10; d++) if (luhnOK(body + d)) return body + d; throw new Error('luhn'); }
const USCC_A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_A.indexOf(b17[i]) * USCC_W[i]; return USCC_A[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function validDate(y, m, d) { if (m < 1 || m > 12 || d < 1) return false; const dim = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; return d <= dim[m - 1]; }
const PROV_OK = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83', '91']);
// permissive "could be a real X" oracles (used to keep decoys unambiguous and to catch unlabeled values)
function looksID18(s) { if (!/^\d{17}[\dXx]$/.test(s)) return false; if (!PROV_OK.has(s.slice(0, 2))) return false; const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14); if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false; return idCheck(s.slice(0, 17)) === s[17].toUpperCase(); }
function looksID15(s) { if (!/^\d{15}$/.test(s)) return false; if (!PROV_OK.has(s.slice(0, 2))) return false; return validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function looksMobile(s) { return /^1[3-9]\d{9}$/.test(s) && MOBILE_OK.has(s.slice(0, 3)); }
function looksCard(s) { if (!/^\d{16,19}$/.test(s) || !luhnOK(s)) return false; const p4 = +s.slice(0, 4); return /^(62|81|60|4|5[1-5]|35|9)/.test(s) || (p4 >= 2221 && p4 <= 2720); }
function looksUSCCloose(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17]; }
function looksUSCCstrict(s) { return looksUSCCloose(s) && /^(1[1239]|5[1239]|9[123]|Y1)/.test(s) && orgCheck(s.slice(8, 16)) === s[16]; }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }

// ===================================================================== value generators
function randDate(r, y0, y1) { for (;;) { const y = r.int(y0, y1), m = r.int(1, 12), d = r.int(1, 28 + (r.chance(0.3) ? 3 : 0)); if (validDate(y, m, d)) return { y, m, d }; } }
const p2 = (n) => String(n).padStart(2, '0');
function fmtDate(dt, style = 'iso') {
  const { y, m, d } = dt;
  switch (style) {
    case 'iso': return `${y}-${p2(m)}-${p2(d)}`;
    case 'slash': return `${y}/${m}/${d}`;
    case 'compact': return `${y}${p2(m)}${p2(d)}`;
    case 'cn': return `${y}年${m}月${d}日`;
    case 'dot': return `${y}.${p2(m)}.${p2(d)}`;
    default: return `${y}-${p2(m)}-${p2(d)}`;
  }
}
function genID(r, county, birth, gender) {
  for (;;) {
    let seq = r.int(0, 999); if ((seq % 2 === 1) !== (gender === 'M')) seq = (seq + 1) % 1000;
    const b = county.code + birth.y + p2(birth.m) + p2(birth.d) + String(seq).padStart(3, '0');
    const id = b + idCheck(b);
    if (!looksUSCCloose(id)) return id;
  }
}
function genMobile(r) { for (;;) { const m = r.wpick(MOBILE_PREFIXES) + r.digits(8); if (!/(\d)\1{5}/.test(m) && !['13800138000', '13912345678', '18888888888'].includes(m)) return m; } }
function genLandline(r, area) { area = area || r.pick(AREAS); const len = AREA_LEN[area]; return { area, sub: String(r.int(2, 8)) + r.digits(len - 1) }; }
function genCard(r, bins = CARD_BINS) { const [pre, len] = r.pick(bins); return luhnComplete(pre + r.digits(len - pre.length - 1)); }
function genUSCC(r, county) {
  const [a, t] = r.wpick([[['9', '1'], 70], [['9', '2'], 10], [['9', '3'], 3], [['1', '1'], 3], [['1', '2'], 5], [['5', '1'], 3], [['5', '2'], 4], [['5', '3'], 2]]);
  county = county || r.pick(COUNTIES);
  const region = r.chance(0.7) ? county.code : county.code.slice(0, 4) + '00';
  let body;
  if (a === '9' && r.chance(0.7)) { body = 'MA'; for (let i = 0; i < 6; i++) body += r.chance(0.6) ? String(r.int(0, 9)) : r.pick('ABCDEFGHJKLMNPQRTUWXY'.split('')); }
  else body = r.nz(8);
  const b17 = a + t + region + body + orgCheck(body);
  const u = b17 + usccCheck(b17);
  return looksID18(u) ? genUSCC(r, county) : u;
}
function genPassport(r) { const k = r.wpick([['E8', 5], ['EL', 4], ['G', 1]]); if (k === 'E8') return 'E' + r.nz(8); if (k === 'EL') return 'E' + r.pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + r.digits(7); return 'G' + r.nz(8); }
function genHKMO(r) { return r.chance(0.7) ? 'C' + r.nz(8) : 'C' + r.pick('ABCDEFGHJKLMN'.split('')) + r.digits(7); }

function genName(r, gender, o = {}) {
  const kind = o.kind || r.wpick([['common', 90], ['compound', 4], ['rare', 2.5], ['uyghur', 2], ['tibetan', 0.8], ['mongol', 0.7]]);
  const pool = gender === 'M' ? GIVEN_M : GIVEN_F;
  if (kind === 'uyghur') { const a = r.pick(gender === 'M' ? UYGHUR_A : UYGHUR_F); let b = r.pick(UYGHUR_A); while (b.c === a.c) b = r.pick(UYGHUR_A); return { name: `${a.c}·${b.c}`, sur: null, py: [a.p, b.p], minority: true, nk: 'minority-dot' }; }
  if (kind === 'tibetan') { const a = r.pick(TIBETAN); let b = r.pick(TIBETAN); while (b.c === a.c) b = r.pick(TIBETAN); return { name: a.c + b.c, sur: null, py: [a.p, b.p], minority: true, nk: 'no-han-surname' }; }
  if (kind === 'mongol') { const a = r.pick(MONGOL); return { name: a.c, sur: null, py: [a.p, ''], minority: true, nk: 'no-han-surname' }; }
  let s;
  if (o.sur) s = o.sur;
  else if (kind === 'compound') s = r.pick(SUR_COMPOUND);
  else if (kind === 'rare') s = r.pick(SUR_RARE);
  else { const i = Math.floor(Math.pow(r.next(), 2.2) * SUR_COMMON.length); s = SUR_COMMON[i]; }
  const n = s.c.length === 2 ? (r.chance(0.55) ? 2 : 1) : (r.chance(0.28) ? 1 : 2);
  let g = []; for (let i = 0; i < n; i++) { let c = r.pick(pool); while (g.length && g[0].c === c.c && r.chance(0.7)) c = r.pick(pool); g.push(c); }
  return { name: s.c + g.map((x) => x.c).join(''), sur: s, py: [s.p, g.map((x) => x.p).join('')], given: g.map((x) => x.c).join(''), nk: SUR_COMPOUND.includes(s) ? 'compound-surname' : SUR_RARE.includes(s) ? 'rare-surname' : 'common-surname' };
}

const EMAIL_DOMAINS = [['qq.com', 10], ['163.com', 8], ['126.com', 4], ['sina.com', 2], ['foxmail.com', 2], ['gmail.com', 2], ['outlook.com', 2], ['hotmail.com', 1], ['aliyun.com', 1], ['yeah.net', 1], ['sohu.com', 1], ['139.com', 1]];
function genEmail(r, nm, birth, mobile) {
  const dom = r.wpick(EMAIL_DOMAINS);
  if (dom === 'qq.com' && r.chance(0.7)) return r.nz(r.int(6, 10)) + '@qq.com';
  if (dom === '139.com' && mobile) return mobile + '@139.com';
  const [a, b] = nm.py; const s = r.int(0, 5);
  let local = s === 0 ? a + b : s === 1 ? a + '.' + b : s === 2 ? a + b + birth.y : s === 3 ? (a[0] + b).slice(0, 12) + r.int(1, 999) : s === 4 ? b + '_' + a : a + b + r.int(10, 99);
  local = local.replace(/[^a-z0-9._]/g, '').replace(/^[._]+|[._]+$/g, '').replace(/[._]{2,}/g, '.') || 'user' + r.digits(4);
  return local + '@' + dom;
}
function genAddr(r, county, depth = 'full') {
  const c = county; const head = (c.prov === c.city ? c.prov : c.prov + c.city) + c.dist;
  if (depth === 'short') return head + r.pick(STREETS) + r.int(1, 999) + '号';
  const variant = r.int(0, 3);
  if (variant === 0) return head + r.pick(STREETS) + r.int(1, 888) + '号' + r.pick(COMPOUNDS) + r.int(1, 30) + '栋' + r.int(1, 6) + '单元' + r.int(1, 33) + p2(r.int(1, 8)) + '室';
  if (variant === 1) return head + r.pick(COMPOUNDS) + r.int(1, 20) + '号楼' + r.int(1, 4) + '单元' + r.int(101, 2806);
  if (variant === 2) return head + r.pick(TOWNS) + r.pick(VILLAGES) + r.int(1, 12) + '组' + r.int(1, 99) + '号';
  return head + r.pick(STREETS) + r.int(1, 500) + '弄' + r.int(1, 60) + '号' + r.int(101, 1805) + '室';
}
function genOrg(r, county) { county = county || r.pick(COUNTIES); const city = county.city.replace(/市$/, ''); return r.chance(0.15) ? city + r.pick(BRAND_ORGS) + '有限公司' : (r.chance(0.6) ? county.city : city) + r.pick(ORG_WORDS) + r.pick(ORG_TRADES) + r.pick(['有限公司', '有限责任公司', '股份有限公司', '经营部', '工作室']); }

function makePerson(r, o = {}) {
  const gender = o.gender || (r.chance(0.5) ? 'M' : 'F');
  const nm = genName(r, gender, o);
  const birth = o.birth || randDate(r, o.y0 || 1955, o.y1 || 2003);
  const county = o.county || r.pick(COUNTIES);
  const id = genID(r, county, birth, gender);
  const mobile = genMobile(r);
  return { ...nm, gender, birth, county, id, mobile, email: genEmail(r, nm, birth, mobile), addr: genAddr(r, r.chance(0.6) ? county : r.pick(COUNTIES)), card: genCard(r) };
}
const age = (p) => 2024 - p.birth.y - (p.birth.m > 6 ? 1 : 0);
const genderCN = (p) => (p.gender === 'M' ? '男' : '女');
const NATIONS = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '回族', '满族', '壮族', '土家族', '苗族'];
const nationOf = (p, r) => (p.minority ? (p.py && UYGHUR_A.concat(UYGHUR_F).some((x) => p.name.startsWith(x.c)) ? '维吾尔族' : TIBETAN.some((x) => p.name.startsWith(x.c)) ? '藏族' : '蒙古族') : r.pick(NATIONS));

// ===================================================================== decoy generators (kept unambiguous: never a plausible real value of any detector)
function oracleHits(text) {
  const hits = [];
  for (const m of text.matchAll(/\d+[Xx]?/g)) {
    const s = m[0];
    if (/^\d{17}[\dXx]$/.test(s) && looksID18(s)) hits.push(['cn_resident_id', s.toUpperCase(), m.index]);
    if (/[Xx]$/.test(s)) continue;
    const n = s.length;
    const glued = /[A-Za-z]/.test(text[m.index - 1] || '') || /[A-Za-z]/.test(text[m.index + n] || ''); // digits glued to ASCII letters: part of a code
    if (glued) { let a = m.index, b = m.index + n; while (a > 0 && /[0-9A-Za-z]/.test(text[a - 1])) a--; while (b < text.length && /[0-9A-Za-z]/.test(text[b])) b++; if (looksUSCCstrict(text.slice(a, b).toUpperCase())) continue; }
    if (n === 11 && looksMobile(s)) hits.push(['cn_mobile', s, m.index, glued]);
    if (n === 13 && s.startsWith('86') && looksMobile(s.slice(2))) hits.push(['cn_mobile', s.slice(2), m.index, glued]);
    if (n === 15 && s.startsWith('0086') && looksMobile(s.slice(4))) hits.push(['cn_mobile', s.slice(4), m.index, glued]);
    if (n === 12 && s.startsWith('0') && looksMobile(s.slice(1))) hits.push(['cn_mobile', s.slice(1), m.index, glued]);
    if (n >= 16 && n <= 19 && looksCard(s) && !looksID18(s) && !looksUSCCstrict(s)) hits.push(['bank_card', s, m.index, glued]);
    if (n === 15 && looksID15(s)) hits.push(['cn_resident_id', '15:' + s, m.index, glued]);
  }
  for (const m of text.matchAll(/[0-9A-Za-z]+/g)) if (m[0].length === 18 && looksUSCCstrict(m[0].toUpperCase())) hits.push(['cn_uscc', m[0].toUpperCase(), m.index]);
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g)) hits.push(['email', m[0].toLowerCase(), m.index]);
  return hits;
}
function decoy(fn) {
  for (let i = 0; i < 200; i++) {
    const v = fn();
    const bad = oracleHits(v).length > 0 || [...v.matchAll(/[0-9A-Za-z]+/g)].some((m) => m[0].length === 18 && looksUSCCloose(m[0].toUpperCase()));
    if (!bad) return v;
  }
  throw new Error('decoy generator cannot produce a safe value');
}
const D = {
  policyNo: (r) => decoy(() => r.pick([() => 'P' + r.pick(['DAA', 'DZA', 'ICC', 'LAB']) + '2024' + r.digits(14), () => '8' + r.pick(['6', '8', '0']) + r.digits(18), () => '20' + r.pick(['23', '24']) + r.digits(14),
    () => r.pick(['10', '30', '40', '90']) + r.digits(16), () => 'GZ' + r.digits(4) + '-' + r.digits(8), () => r.pick(['ASHZ', 'ABEJ', 'AGUZ']) + r.digits(2) + 'Y' + r.digits(10)])()),
  claimNo: (r) => decoy(() => r.pick([() => 'RDAA2024' + r.digits(12), () => '9' + r.pick(['0', '1']) + r.digits(20), () => 'LP' + r.digits(16)])()),
  vin(r) {
    const CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'; const TR = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
    const val = (c) => (/\d/.test(c) ? +c : TR[c]);
    const W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
    let v = r.pick(['LSV', 'LFV', 'LGB', 'LVS', 'LHG', 'LBV', 'LSG', 'LGW', 'LDC', 'LZW', 'LVG', 'LNB']);
    for (let i = 0; i < 5; i++) v += r.pick(CH.split(''));
    v += '0' + r.pick('GHJKLMNPR'.split('')) + r.pick('0123456789ABCDEFGHJKLMNPRSTUVWXYZ'.split('')) + r.digits(6);
    let s = 0; for (let i = 0; i < 17; i++) if (i !== 8) s += val(v[i]) * W[i];
    const c = s % 11; return v.slice(0, 8) + (c === 10 ? 'X' : String(c)) + v.slice(9);
  },
  engineNo: (r) => decoy(() => r.pick(['CWV', 'DKV', 'L3G', '4G15', 'G4FC', 'EA211', 'JLH-4G20', 'K12B', 'B48B20A', '1ZR', 'HR15', 'SQR477F']) + r.pick(['', '', ' ', '-']) + r.digits(r.int(6, 7))),
  plate(r) { const pv = r.pick('京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川贵云藏陕甘青宁新'.split('')); const L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'; if (r.chance(0.25)) return pv + r.pick(L.split('')) + r.pick(['D', 'F']) + r.digits(5); let t = ''; for (let i = 0; i < 5; i++) t += r.chance(0.75) ? r.digits(1) : r.pick(L.split('')); return pv + r.pick(L.slice(0, 8).split('')) + (r.chance(0.3) ? '·' : '') + t; },
  iccid: (r) => decoy(() => r.chance(0.6) ? luhnComplete('8986' + r.pick(['00', '01', '03', '06', '11', '15']) + r.digits(13)) : luhnComplete('8986' + r.pick(['00', '01', '03', '11']) + r.digits(12))),
  imsi: (r) => decoy(() => '460' + r.pick(['00', '01', '02', '03', '07', '11', '15']) + r.digits(10)),
  imei: (r) => decoy(() => luhnComplete(r.pick(['86', '86', '35']) + r.digits(12))),
  medRec: (r) => decoy(() => r.pick([() => 'BL' + r.digits(8), () => r.nz(8), () => 'MZ2024' + r.digits(6), () => 'ZY' + r.digits(7)])()),
  clinicNo: (r) => decoy(() => r.pick([() => '00' + r.digits(8), () => '2024' + r.digits(8), () => r.nz(9)])()),
  medCard: (r) => decoy(() => r.pick([() => r.nz(9), () => r.nz(10), () => r.nz(12), () => 'L' + r.digits(8), () => 'YB' + r.digits(10)])()),
  studentNo: (r, year) => decoy(() => String(year || r.int(2015, 2024)) + p2(r.int(1, 30)) + r.digits(4)),
  examNo: (r) => decoy(() => '24' + r.digits(13)),
  deedNo(r, c) { const y = r.int(2005, 2023); return r.pick([() => `${c.prov.slice(0, 2) === '北京' ? '京' : c.prov.slice(0, 2) === '上海' ? '沪' : '粤'}(${y})${c.dist}不动产权第${r.digits(7)}号`, () => `${c.city.replace('市', '')}房权证${c.dist.slice(0, 2)}字第${r.digits(9)}号`, () => `沪房地浦字(${y})第0${r.digits(5)}号`, () => `X京房权证朝字第${r.digits(6)}号`])(); },
  waybill: (r) => decoy(() => r.pick([() => 'SF' + r.nz(12), () => 'SF' + r.nz(13), () => 'YT' + r.nz(13), () => '7' + r.pick(['3', '5', '7']) + r.digits(12), () => '43' + r.digits(11), () => 'JDX' + r.digits(12), () => 'JT' + r.nz(13), () => { const b = r.digits(8); const W = [8, 6, 4, 2, 3, 5, 9, 7]; let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * W[i]; let c = 11 - (s % 11); c = c === 10 ? 0 : c === 11 ? 5 : c; return 'E' + r.pick(['A', 'M', 'Y']) + b + c + 'CN'; }])()),
  txnNo: (r) => decoy(() => '2024' + p2(r.int(1, 12)) + p2(r.int(1, 28)) + r.digits(r.int(10, 16))),
  orderNo: (r) => decoy(() => r.pick([() => r.pick(['30', '31', '32', '33', '34', '36', '37', '38', '39']) + r.digits(17), () => '2' + r.pick(['0', '1']) + r.digits(16), () => '24' + p2(r.int(1, 12)) + p2(r.int(1, 28)) + '-' + r.digits(15), () => r.pick(['2', '3']) + r.digits(11)])()),
  alipayTxn: (r) => decoy(() => '2024' + p2(r.int(1, 12)) + p2(r.int(1, 28)) + '2200' + r.digits(16)),
  fundAcct: (r) => decoy(() => r.pick(['3', '1', '5']) + r.digits(11)),
  shCode: (r) => 'A' + r.digits(9),
  szCode: (r) => '0' + r.digits(9),
  custNo: (r) => decoy(() => r.nz(10)),
  loanContract: (r) => decoy(() => r.pick(['JK', 'GR', 'XF', 'ZH']) + '2024' + r.digits(8)),
  loanDraw: (r) => decoy(() => '2024' + r.digits(r.int(14, 18))),
  corpAcct: (r) => decoy(() => { const v = r.pick([() => '0200' + r.digits(15), () => '4405' + r.digits(16), () => '11' + r.digits(13), () => '3100' + r.digits(11), () => r.nz(12), () => '1109' + r.digits(10) + '0001'])(); return v.length >= 16 && v.length <= 19 && luhnOK(v) ? v.slice(0, -1) + ((+v.slice(-1) + 1) % 10) : v; }),
  permitNo: (r) => 'J' + r.digits(13),
  caseNo(r, c) { const y = r.int(2021, 2024); return `（${y}）${r.pick(['京', '沪', '粤', '浙', '苏'])}${r.digits(4)}${r.pick(['民初', '民终', '执', '刑初', '商初'])}${r.int(100, 39999)}号`; },
  lawyerLic: (r) => decoy(() => '1' + r.pick(['1101', '3101', '4403', '3301']) + r.int(2008, 2021) + '1' + r.digits(7)),
  memberNo: (r) => decoy(() => r.pick([() => r.nz(8), () => 'VIP' + r.digits(7), () => '88' + r.digits(14)])()),
  gateCard: (r) => decoy(() => r.nz(10)),
  batchNo: (r) => decoy(() => r.pick([() => '2024' + r.digits(6), () => 'B' + r.digits(9), () => r.pick(['J', 'H', 'S']) + '2024' + r.digits(5)])()),
  ticketOrder: (r) => 'E' + r.nz(9),
  workOrder: (r) => decoy(() => r.pick(['WO', 'GD', 'RO']) + '2024' + r.digits(8)),
  sku: (r) => decoy(() => r.pick([() => 'E' + r.digits(8), () => 'SKU' + r.digits(9), () => r.nz(13), () => 'G' + r.digits(8)])()),
  ts13: (r) => String(r.int(1704067200000, 1735660000000)),
  ts14: (r) => `2024${p2(r.int(1, 12))}${p2(r.int(1, 28))}${p2(r.int(0, 23))}${p2(r.int(0, 59))}${p2(r.int(0, 59))}`,
  qq: (r) => decoy(() => r.nz(r.int(6, 10))),
};
const maskMobile = (m, r) => (r && r.chance(0.2) ? m.slice(0, 3) + 'xxxx' + m.slice(7) : m.slice(0, 3) + '****' + m.slice(7));
const maskID = (id, r) => (r && r.chance(0.3) ? id.slice(0, 3) + '*'.repeat(11) + id.slice(14) : id.slice(0, 6) + '********' + id.slice(14));
const maskCard = (c, r) => (r && r.chance(0.5) ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4));
const maskName = (p, r) => (p.minority ? p.name.slice(0, 1) + '*' : (p.sur ? p.sur.c : p.name[0]) + (r.chance(0.5) ? '*' : r.chance(0.5) ? '**' : '某'));

// ===================================================================== document model + labeler
class Doc {
  constructor(kind, idx) {
    this.kind = kind; this.idx = idx; this.r = new Rng(`indep5/${kind}/${idx}`);
    this.ents = new Map(); this.raws = []; this.meta = new Map(); this.ctx = null;
    const r = this.r;
    this.st = {
      mob: r.wpick([['plain', 72], ['dash', 8], ['space', 6], ['+86', 5], ['+86sp', 4], ['0086', 1.5], ['(+86)', 2], ['+86-', 1.5]]),
      idSheet: r.wpick([['plain', 76], ['apos', 8], ['tab', 8], ['eq', 8]]),
      cardSheet: r.wpick([['plain', 66], ['space4', 12], ['dash4', 4], ['apos', 6], ['tab', 6], ['eq', 6]]),
      id: 'plain', card: r.chance(0.1) ? 'space4' : 'plain',
      land: r.wpick([['dash', 62], ['paren', 14], ['fparen', 10], ['plain', 9], ['space', 5]]),
      date: r.wpick([['iso', 55], ['slash', 15], ['compact', 10], ['cn', 12], ['dot', 8]]),
      empty: r.pick([0, 0, 0, 0.03, 0.06, 0.1]),
      lowerx: r.chance(0.25),
      colon: r.wpick([['：', 70], [':', 15], [': ', 10], ['\t', 5]]),
    };
  }
  setLayout(layout) {
    this.layout = layout;
    const sheet = layout === 'csv' || layout === 'tsv';
    this.st.id = sheet && !(layout === 'tsv' && this.st.idSheet === 'tab') ? this.st.idSheet : 'plain';
    this.st.card = sheet && !(layout === 'tsv' && this.st.cardSheet === 'tab') ? this.st.cardSheet : ['space4', 'dash4'].includes(this.st.cardSheet) ? this.st.cardSheet : 'plain';
  }
  lab(det, value, raw, dc = false, nk) {
    const key = det + '\u0000' + value; const cur = this.ents.get(key);
    if (!this.meta.has(key) || (this.meta.get(key).dc && !dc)) this.meta.set(key, { ctx: this.ctx ?? null, dc: !!dc, ...(nk ? { nk } : {}) });
    if (!cur || (cur.dontcare && !dc)) this.ents.set(key, { detector: det, value, dontcare: !!dc });
    if (raw != null) this.raws.push([det, value, raw]);
  }
  maybe(fn, p) { return this.r.chance(p ?? this.st.empty) ? '' : fn(); }
  // ---- writers: each returns the text written and records the label
  name(p, o = {}) {
    let title = '';
    if (o.title === true) title = this.r.pick(p.gender === 'M' ? ['先生', '先生', '经理', '总'] : ['女士', '女士', '小姐', '经理']);
    else if (o.title) title = o.title;
    this.lab('person_name_zh', p.name, p.name, o.dc, p.nk);
    return p.name + (o.sep || '') + title;
  }
  staff(p) { return this.name(p, { dc: true }); }
  id(v, o = {}) {
    const style = o.style || this.st.id; let s = v;
    if (this.st.lowerx && s.endsWith('X')) s = s.slice(0, 17) + 'x';
    this.lab('cn_resident_id', v, s, o.dc);
    return style === 'apos' ? "'" + s : style === 'tab' ? '\t' + s : style === 'eq' ? `="${s}"` : s;
  }
  id15(v) { // legacy 15-digit number: genuinely ambiguous normalisation -> dontcare, both forms
    this.lab('cn_resident_id', v, v, true); this.lab('cn_resident_id', upgrade15(v), null, true); return v;
  }
  mob(m, o = {}) {
    const style = o.style || (this.r.chance(0.06) ? this.r.pick(['plain', 'dash', 'space', '+86']) : this.st.mob);
    const s = style === 'plain' ? m : style === 'dash' ? `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}` : style === 'space' ? `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`
      : style === '+86' ? '+86' + m : style === '+86sp' ? '+86 ' + m : style === '0086' ? '0086' + m : style === '(+86)' ? '(+86)' + m : style === '+86-' ? '+86-' + m : style === '86' ? '86' + m : m;
    this.lab('cn_mobile', m, s, o.dc); return s;
  }
  land(l, o = {}) {
    const { area, sub } = l; const style = o.style || this.st.land;
    let s = style === 'dash' ? `${area}-${sub}` : style === 'paren' ? `(${area})${sub}` : style === 'fparen' ? `（${area}）${sub}` : style === 'space' ? `${area} ${sub}` : area + sub;
    this.lab('cn_landline', area + sub, s, o.dc);
    if (o.ext) s += this.r.pick(['-', '转', ' 分机', '-']) + this.r.int(100, 8999);
    return s;
  }
  card(c, o = {}) {
    const style = o.style || this.st.card;
    const s = style === 'space4' ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : style === 'dash4' ? c.replace(/(\d{4})(?=\d)/g, '$1-') : c;
    this.lab('bank_card', c, s, o.dc);
    return style === 'apos' ? "'" + s : style === 'tab' ? '\t' + s : style === 'eq' ? `="${s}"` : s;
  }
  mail(e, o = {}) {
    let s = e; if (this.r.chance(0.08)) s = e.replace(/^[a-z]/, (c) => c.toUpperCase());
    this.lab('email', e.toLowerCase(), s, o.dc);
    if (/^1[3-9]\d{9}@/.test(e)) this.lab('cn_mobile', e.slice(0, 11), null, o.dc);
    return s;
  }
  uscc(u, o = {}) { this.lab('cn_uscc', u, u, o.dc); return u; }
  pass(p, o = {}) { const s = this.r.chance(0.05) ? p.toLowerCase() : p; this.lab('cn_passport', p, s, o.dc); return s; }
  permit(p) { this.lab('cn_passport', p, p, true); return p; } // 港澳通行证 / 回乡证 / 台胞证 numbers: dontcare as cn_passport
  date(dt, style) { return fmtDate(dt, style || this.st.date); }
  person(o) { return makePerson(this.r, o); }
  kv(k, v) { return k + this.st.colon + v; }
}

// ===================================================================== serialisation
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;
function dispW(s) { let w = 0; for (const ch of s) w += WIDE.test(ch) ? 2 : 1; return w; }
function padR(s, w) { return s + ' '.repeat(Math.max(0, w - dispW(s))); }
function csvCell(v, sep) {
  if (v.startsWith('="') && v.endsWith('"')) return v;
  if (v.includes(sep) || v.includes('"') || v.includes('\n')) return '"' + v.replace(/"/g, '""') + '"';
  return v;
}
function uniqKeys(hs) { const seen = {}; return hs.map((h) => { if (seen[h]) { seen[h]++; return h + seen[h]; } seen[h] = 1; return h; }); }
function serTable(d, layout, t) {
  const r = d.r; const { headers, rows } = t; const pre = t.pre || []; const post = t.post || [];
  const clean = (v) => (v.startsWith('="') ? v.slice(2, -1) : v.replace(/^['\t]/, ''));
  if (layout === 'csv' || layout === 'tsv' || layout === 'pipe') {
    const sep = layout === 'csv' ? ',' : layout === 'tsv' ? '\t' : '|';
    const nl = r.chance(0.5) ? '\r\n' : '\n';
    const line = (cells) => cells.map((c) => (layout === 'csv' ? csvCell(c, sep) : c)).join(sep);
    const out = [];
    for (const p of pre) out.push(layout === 'csv' && t.padPre ? line([p, ...Array(headers.length - 1).fill('')]) : p);
    if (t.group) out.push(line(t.group));
    if (!t.noHeader) out.push(line(headers));
    for (const row of rows) out.push(line(row));
    for (const p of post) out.push(layout === 'csv' && t.padPre ? line([p, ...Array(headers.length - 1).fill('')]) : p);
    return out.join(nl) + nl;
  }
  if (layout === 'md') {
    const out = [...pre.map((p, i) => (i === 0 ? '# ' + p : p)), ''];
    out.push('| ' + headers.join(' | ') + ' |', '|' + headers.map(() => ' --- ').join('|') + '|');
    for (const row of rows) out.push('| ' + row.map((c) => clean(c).replace(/\|/g, '/')).join(' | ') + ' |');
    out.push('', ...post);
    return out.join('\n') + '\n';
  }
  if (layout === 'fixed') {
    const all = [headers, ...rows.map((row) => row.map(clean))];
    if (t.group) all.unshift(t.group);
    const w = headers.map((_, j) => Math.max(...all.map((row) => dispW(row[j] || ''))));
    const gap = r.pick(['  ', '   ', ' | ']);
    const out = [...pre, ''];
    all.forEach((row, i) => { out.push(row.map((c, j) => padR(c || '', w[j])).join(gap).replace(/\s+$/, '')); if (i === (t.group ? 1 : 0)) out.push(w.map((x) => '-'.repeat(x)).join(gap)); });
    out.push('', ...post);
    return out.join(r.chance(0.3) ? '\r\n' : '\n') + '\n';
  }
  if (layout === 'json' || layout === 'jsonl') {
    const keys = uniqKeys(t.keys || headers);
    const objs = rows.map((row) => Object.fromEntries(keys.map((k, j) => [k, clean(row[j])])));
    if (layout === 'jsonl') return objs.map((o) => JSON.stringify(o)).join('\n') + '\n';
    const wrapK = r.pick(['plain', 'data', 'result', 'records']);
    const body = wrapK === 'plain' ? objs : wrapK === 'data' ? { code: 0, msg: 'success', data: { total: objs.length, list: objs } } : wrapK === 'result' ? { success: true, result: { pageNo: 1, pageSize: 100, rows: objs } } : { exportTime: `2024-0${r.int(1, 9)}-${p2(r.int(1, 28))} ${p2(r.int(8, 20))}:${p2(r.int(0, 59))}:00`, title: pre[0] || '', records: objs };
    return JSON.stringify(body, null, r.pick([0, 2, 2, 4])) + '\n';
  }
  if (layout === 'kv') {
    const sepStyle = r.pick(['blank', 'dash', 'num', 'bracket', 'eq']);
    const out = [...pre, ''];
    rows.forEach((row, i) => {
      if (sepStyle === 'num') out.push(`${i + 1}.`); else if (sepStyle === 'bracket') out.push(`【${t.recLabel || '记录'}${i + 1}】`); else if (sepStyle === 'eq') out.push(`===== 第${i + 1}条 =====`);
      headers.forEach((h, j) => { const v = clean(row[j]); if (v === '' && r.chance(0.5)) return; out.push((sepStyle === 'num' ? '   ' : '') + d.kv(h, v)); });
      out.push(sepStyle === 'dash' ? '------------------------------' : '');
    });
    out.push(...post);
    return out.join('\n') + '\n';
  }
  throw new Error('layout ' + layout);
}
const EXT = { csv: ['csv'], tsv: ['tsv', 'txt', 'tsv'], pipe: ['txt'], md: ['md'], fixed: ['txt'], json: ['json'], jsonl: ['json', 'log', 'txt'], kv: ['txt', 'md', 'txt'] };
function pickEnc(d, layout, ext) {
  const r = d.r;
  if (layout === 'csv') return r.wpick([['utf8', 55], ['utf8bom', 15], ['gb18030', 30]]);
  if (layout === 'tsv') return r.wpick([['utf8', 65], ['utf16le', 25], ['gb18030', 10]]);
  if (layout === 'fixed' || layout === 'pipe') return r.wpick([['utf8', 75], ['gb18030', 15], ['utf16le', 10]]);
  if (layout === 'kv') return r.wpick([['utf8', 90], ['utf16le', 5], ['gb18030', 5]]);
  return 'utf8';
}
let GBMAP = null;
function gbEncode(text) {
  if (!GBMAP) {
    GBMAP = new Map(); const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) { if (b === 0x7f) continue; const ch = dec.decode(Uint8Array.of(a, b)); if (ch.length === 1 && ch !== '\ufffd' && !GBMAP.has(ch)) GBMAP.set(ch, [a, b]); }
  }
  const out = [];
  for (const ch of text) { const c = ch.codePointAt(0); if (c < 0x80) out.push(c); else { const m = GBMAP.get(ch); if (!m) throw new Error('gb18030 2-byte: ' + ch + ' U+' + c.toString(16)); out.push(m[0], m[1]); } }
  const buf = Buffer.from(out);
  if (new TextDecoder('gb18030').decode(buf) !== text) throw new Error('gb18030 round trip');
  return buf;
}
function encode(text, enc) {
  if (enc === 'utf8') return Buffer.from(text, 'utf8');
  if (enc === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  if (enc === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (enc === 'gb18030') return gbEncode(text);
  throw new Error(enc);
}

// ===================================================================== table-document builder
// col(h, f, o): h = header variants (zh); o.en / o.py = English / pinyin header variants; o.p = inclusion probability; o.req
const col = (h, f, o = {}) => ({ h: Array.isArray(h) ? h : [h], f, ...o });
const SEQ = col(['序号', '序号', '编号', 'No.', '#', '行号'], (x) => String(x.i + 1), { en: ['No.', '#'], py: ['xuhao'], req: true, seq: true });
function pickHeader(d, c, mode) { if (mode === 'en' && c.en) return d.r.pick(c.en); if (mode === 'py' && c.py) return d.r.pick(c.py); return d.r.pick(c.h); }
function buildTable(d, o) {
  const r = d.r;
  const layout = o.layout || r.wpick(o.layouts); d.setLayout(layout);
  let cols = o.cols.filter((c) => c.req || r.chance(c.p ?? 0.85));
  if (o.filler) { const [a, b] = o.filler.n; const k = r.int(a, b); const fill = r.sample(o.filler.pool, Math.min(k, o.filler.pool.length)); for (const f of fill) cols.splice(r.int(Math.min(1, cols.length), cols.length), 0, f); }
  if (r.chance(o.shuffle ?? 0.2)) { const pinned = cols.filter((c) => c.pin); cols = [...pinned, ...r.shuffle(cols.filter((c) => !c.pin))]; }
  if (o.seq !== 0 && r.chance(o.seq ?? 0.45)) cols.unshift(SEQ);
  const mode = o.hmode ? r.wpick(o.hmode) : 'zh';
  const headers = cols.map((c) => pickHeader(d, c, mode));
  const keys = layout === 'json' || layout === 'jsonl' ? (r.chance(0.5) ? cols.map((c, j) => (c.k ? r.pick(c.k) : headers[j])) : headers) : null;
  const n = o.n || r.int(o.rows[0], o.rows[1]);
  const rows = [];
  for (let i = 0; i < n; i++) { const x = o.mkRow(d, i); x.r = d.r; x.date = d.date.bind(d); rows.push(cols.map((c, j) => { d.ctx = keys ? keys[j] : headers[j]; const v = c.f(x, d, i); d.ctx = null; return v; })); }
  let group = null;
  if ((layout === 'csv' || layout === 'tsv' || layout === 'fixed') && cols.some((c) => c.g) && r.chance(o.groupP ?? 0.35)) {
    let last = null; group = cols.map((c) => { const g = c.g || ''; if (g === last) return ''; last = g; return g; });
  }
  const pre = o.pre ? o.pre(d, layout) : []; const post = o.post ? o.post(d, layout, rows) : [];
  const text = serTable(d, layout, { headers, rows, pre, post, group, keys, recLabel: o.recLabel, padPre: r.chance(0.5) });
  const ext = o.ext || r.pick(EXT[layout]);
  return { text, ext, enc: o.enc || pickEnc(d, layout, ext), layout };
}
// frequently used columns
const F = {
  name: (h, who = 'p', o = {}) => col(h, (x, d) => (x[who] ? d.name(x[who], o) : ''), { ...o, req: o.req ?? true }),
  nameT: (h, who = 'p', o = {}) => col(h, (x, d) => (x[who] ? d.name(x[who], { title: d.r.chance(o.tp ?? 0.35) ? true : '' }) : ''), { ...o, req: o.req ?? true }),
  gender: (who = 'p', o = {}) => col(['性别'], (x) => (x[who] ? genderCN(x[who]) : ''), { en: ['Gender', 'Sex'], py: ['xingbie'], k: ['gender', 'sex'], p: 0.7, ...o }),
  age: (who = 'p', o = {}) => col(['年龄'], (x) => (x[who] ? String(age(x[who])) : ''), { en: ['Age'], k: ['age'], p: 0.4, ...o }),
  birth: (h = ['出生日期', '出生年月', '生日'], who = 'p', o = {}) => col(h, (x, d) => (x[who] ? d.date(x[who].birth) : ''), { en: ['Birth Date', 'DOB'], py: ['chushengriqi'], k: ['birthday', 'birthDate'], p: 0.5, ...o }),
  id: (h, who = 'p', o = {}) => col(h, (x, d) => (x[who] ? d.maybe(() => d.id(x[who].id)) : ''), { en: ['ID No.', 'ID Number', 'ID Card'], py: ['shenfenzhenghao', 'sfzh'], k: ['idCard', 'idNo', 'certNo'], p: 0.9, ...o }),
  mob: (h, who = 'p', o = {}) => col(h, (x, d) => (x[who] ? d.maybe(() => d.mob(x[who].mobile)) : ''), { en: ['Mobile', 'Phone', 'Cell'], py: ['shoujihao', 'dianhua'], k: ['mobile', 'phone', 'tel'], p: 0.95, ...o }),
  mail: (h = ['邮箱', '电子邮箱', 'E-mail', '邮件地址'], who = 'p', o = {}) => col(h, (x, d) => (x[who] ? d.maybe(() => d.mail(x[who].email), 0.15) : ''), { en: ['Email', 'E-mail'], py: ['youxiang'], k: ['email', 'mail'], p: 0.4, ...o }),
  addr: (h = ['地址', '家庭住址', '联系地址', '住址'], who = 'p', o = {}) => col(h, (x) => (x[who] ? x[who].addr : ''), { en: ['Address'], py: ['dizhi'], k: ['address', 'addr'], p: 0.5, ...o }),
  card: (h, who = 'p', o = {}) => col(h, (x, d) => (x[who] ? d.maybe(() => d.card(x[who].card), 0.5 * d.st.empty) : ''), { en: ['Card No.', 'Account No.'], py: ['kahao', 'yinhangkahao'], k: ['cardNo', 'bankCard', 'acctNo'], p: 0.9, ...o }),
  fixed: (h, fn, o = {}) => col(h, (x, d) => fn(d, x), { p: 0.6, ...o }),
};
const filler = (h, fn) => col(h, (x, d) => fn(d, x));
const pickF = (arr) => (d) => d.r.pick(arr);
const dateF = (y0 = 2023, y1 = 2024, style) => (d) => d.date(randDate(d.r, y0, y1), style);
const amtF = (a, b, dec = 2) => (d) => d.r.amount(a, b, dec);
const nowStamp = (d) => `2024-${p2(d.r.int(1, 9))}-${p2(d.r.int(1, 28))} ${p2(d.r.int(8, 19))}:${p2(d.r.int(0, 59))}:${p2(d.r.int(0, 59))}`;
function corp(d, county) { const c = county || d.r.pick(COUNTIES); return { name: genOrg(d.r, c), uscc: genUSCC(d.r, c), county: c, land: genLandline(d.r, c.area), addr: genAddr(d.r, c, 'short') }; }

// ===================================================================== industry kinds
const KINDS = {};
const stamp = nowStamp;
const relSpouse = (p) => (p.gender === 'M' ? '妻子' : '丈夫');
function relative(d, p, rel) {
  const r = d.r;
  if (rel === 'spouse') return d.person({ gender: p.gender === 'M' ? 'F' : 'M', y0: p.birth.y - 5, y1: Math.min(2003, p.birth.y + 5) });
  if (rel === 'child') return d.person({ sur: p.gender === 'M' && p.sur ? p.sur : undefined, kind: p.sur ? 'common' : undefined, y0: Math.min(2018, p.birth.y + 22), y1: Math.min(2020, p.birth.y + 35) });
  if (rel === 'parent') return d.person({ sur: p.sur && r.chance(0.5) ? p.sur : undefined, kind: p.sur ? 'common' : undefined, y0: p.birth.y - 35, y1: p.birth.y - 22 });
  return d.person();
}
const BANK_FILL = [
  filler(['币种'], () => '人民币'), filler(['行业投向'], pickF(['批发和零售业', '制造业', '住宿和餐饮业', '居民服务业', '农、林、牧、渔业', '个人消费'])),
  filler(['是否涉农'], pickF(['是', '否', '否'])), filler(['贷款期限(月)', '期限'], pickF(['12', '24', '36', '60', '120', '240', '360'])),
  filler(['利率浮动方式'], pickF(['LPR+50BP', 'LPR+35BP', 'LPR', '固定利率'])), filler(['业务条线'], pickF(['零售', '小微', '消费金融', '普惠金融'])),
  filler(['押品编号'], (d) => 'YP' + d.r.digits(10)), filler(['征信授权'], pickF(['已授权', '已授权', '未授权'])),
  filler(['资金用途'], pickF(['经营周转', '购车', '房屋装修', '教育', '购买原材料', '日常消费'])), filler(['最近还款日'], dateF(2024, 2024)),
  filler(['本期应还(元)'], amtF(300, 15000)), filler(['累计逾期次数'], (d) => String(d.r.int(0, 6))), filler(['是否展期'], pickF(['否', '否', '是'])),
  filler(['审批日期'], dateF(2021, 2024)), filler(['核心客户标识'], pickF(['Y', 'N', 'N'])), filler(['所属支行'], (d) => d.r.pick(COUNTIES).dist + '支行'),
  filler(['风险预警'], pickF(['无', '无', '黄色', '橙色'])), filler(['还款来源'], pickF(['工资收入', '经营收入', '租金收入'])),
];

KINDS.bank_loan_ledger = { n: 12, industry: 'banking', gen(d) {
  const bank = d.r.pick(BANKS); const c = d.r.pick(COUNTIES); const staff = [d.person(), d.person(), d.person()];
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['fixed', 2], ['json', 1]], rows: [8, 45],
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1960, y1: 1998 }), g: d.r.chance(0.6) ? d.person({ y0: 1955, y1: 1995 }) : null, m: d.r.pick(staff) }),
    cols: [
      col(['贷款合同号', '合同编号', '借款合同编号'], (x, d) => D.loanContract(d.r), { k: ['contractNo'], p: 0.9, g: '贷款信息', pin: true }),
      col(['借据号', '借据编号'], (x, d) => D.loanDraw(d.r), { k: ['dueBillNo'], p: 0.6, g: '贷款信息' }),
      col(['客户号', '客户编号'], (x, d) => D.custNo(d.r), { k: ['custNo'], p: 0.6, g: '借款人信息' }),
      F.name(['借款人', '借款人姓名', '客户名称', '客户姓名', '主借款人'], 'p', { k: ['borrowerName', 'custName'], g: '借款人信息' }),
      col(['证件类型'], () => '身份证', { p: 0.4, g: '借款人信息' }),
      F.id(['证件号码', '身份证号', '身份证号码', '借款人证件号码'], 'p', { g: '借款人信息' }),
      F.mob(['手机号码', '联系电话', '手机', '借款人电话'], 'p', { g: '借款人信息' }),
      F.addr(['居住地址', '家庭住址', '通讯地址'], 'p', { p: 0.35, g: '借款人信息' }),
      col(['贷款品种', '产品名称'], pickF(['个人经营贷', '个人消费贷', '个人住房贷款', '个人汽车贷款', '信用快贷', '税易贷']), { g: '贷款信息' }),
      col(['合同金额(元)', '贷款金额', '授信额度'], amtF(20000, 3000000), { g: '贷款信息' }),
      col(['贷款余额', '贷款余额(元)'], amtF(1000, 2500000), { g: '贷款信息' }),
      col(['执行利率(%)', '年利率'], (d) => d.r.amount(3.1, 8.5, 3), { g: '贷款信息' }),
      col(['发放日', '放款日期'], dateF(2019, 2024), { g: '贷款信息' }), col(['到期日'], dateF(2024, 2044), { g: '贷款信息', p: 0.7 }),
      col(['还款方式'], pickF(['等额本息', '等额本金', '按月付息到期还本', '随借随还']), { g: '贷款信息' }),
      col(['五级分类'], pickF(['正常', '正常', '正常', '关注', '次级', '可疑']), { g: '贷款信息' }),
      col(['担保方式'], pickF(['保证', '抵押', '信用', '质押', '保证+抵押']), { g: '担保信息' }),
      F.name(['担保人', '保证人', '担保人姓名'], 'g', { req: false, p: 0.6, g: '担保信息' }),
      F.id(['担保人证件号', '担保人身份证号', '保证人证件号码'], 'g', { p: 0.5, g: '担保信息' }),
      F.mob(['担保人电话', '担保人手机', '保证人联系方式'], 'g', { p: 0.5, g: '担保信息' }),
      F.card(['还款账号', '还款卡号', '扣款账号'], 'p', { p: 0.5, g: '账户信息' }),
      col(['客户经理', '管户经理'], (x, d) => d.staff(x.m), { p: 0.5, g: '管理信息' }),
      col(['经办机构', '放款机构'], () => bank + c.city.replace('市', '') + '分行', { p: 0.6, g: '管理信息' }),
      col(['逾期天数'], (x, d) => String(d.r.chance(0.8) ? 0 : d.r.int(1, 180)), { p: 0.6, g: '管理信息' }),
    ],
    filler: { n: [0, 10], pool: BANK_FILL },
    pre: (d, l) => (l === 'json' ? [] : [`${bank}${c.city}分行个人贷款台账`, `数据日期：2024-0${d.r.int(1, 9)}-${p2(d.r.int(1, 28))}    单位：元    客服热线：${bank === '中国工商银行' ? '95588' : '400-' + d.r.nz(3) + '-' + d.r.digits(4)}`]),
    post: (d, l) => (l === 'json' ? [] : ['合计' + (d.r.chance(0.5) ? '：' + d.r.amount(1e6, 9e7) : ''), '注：本表仅限内部使用，严禁外传。']),
  });
} };

KINDS.bank_cc_installment = { n: 12, industry: 'banking', gen(d) {
  const masked = d.r.chance(0.2);
  return buildTable(d, {
    layouts: [['tsv', 3], ['md', 2], ['json', 2], ['csv', 3], ['jsonl', 1]], rows: [6, 40],
    mkRow: (d, i) => { const p = d.person({ y0: 1965, y1: 2001 }); p.card = genCard(d.r, CREDIT_BINS); return { i, p }; },
    cols: [
      F.name(['持卡人', '持卡人姓名', '客户姓名', '主卡人'], 'p', { k: ['holderName', 'cardHolder', 'custName'], en: ['Cardholder'] }),
      col(['卡号', '信用卡号', '卡号(完整)'], (x, d) => d.card(x.p.card), { k: ['cardNo'], en: ['Card No.'], req: true }),
      col(['卡号后四位'], (x) => x.p.card.slice(-4), { p: 0.2 }),
      col(['分期类型', '分期产品'], pickF(['账单分期', '现金分期', '汽车分期', '家装分期', '单笔消费分期'])),
      col(['分期本金', '分期金额(元)'], amtF(2000, 200000)), col(['期数', '分期期数'], pickF(['3', '6', '12', '24', '36'])),
      col(['手续费率', '每期手续费率'], (d) => d.r.amount(0.45, 0.75, 2) + '%'), col(['每期应还'], amtF(200, 9000), { p: 0.6 }),
      col(['交易流水号', '申请流水号'], (x, d) => D.txnNo(d.r), { k: ['serialNo', 'txnId'] }),
      col(['申请时间', '交易时间'], (x, d) => stamp(d)),
      col(['预留手机', '手机号码', '联系手机'], (x, d) => (masked ? maskMobile(x.p.mobile, d.r) : d.maybe(() => d.mob(x.p.mobile))), { k: ['mobile', 'phone'], p: 0.85 }),
      col(['账单日'], (x, d) => String(d.r.pick([1, 5, 8, 10, 15, 20, 25]))), col(['申请渠道'], pickF(['手机银行', '电话', '网点', '微信银行'])),
      col(['营销人员工号'], (x, d) => 'A' + d.r.digits(6), { p: 0.4 }), col(['时间戳'], (x, d) => D.ts13(d.r), { p: 0.2, k: ['ts'] }),
    ],
    pre: (d, l) => (l.startsWith('json') ? [] : [d.r.pick(BANKS) + '信用卡中心 分期业务客户清单', `导出时间：${stamp(d)}`]),
  });
} };

KINDS.bank_payroll_batch = { n: 12, industry: 'banking', gen(d) {
  const r = d.r; const co = corp(d); const bank = r.pick(BANKS); const month = `2024年${p2(r.int(1, 12))}月`;
  const upload = r.chance(0.4);
  if (upload) {
    d.setLayout('pipe'); const n = r.int(5, 60); const lines = [];
    const showUscc = r.chance(0.6);
    lines.push(`单位名称${d.st.colon}${co.name}`); if (showUscc) lines.push(`统一社会信用代码${d.st.colon}${d.uscc(co.uscc)}`);
    lines.push(`付款账号${d.st.colon}${D.corpAcct(r)}`, `代发月份${d.st.colon}${month}`, `业务类型${d.st.colon}${r.pick(['代发工资', '代发劳务费', '代发奖金'])}`);
    const hdr = r.pick([['序号', '账号', '户名', '金额', '证件号码', '备注'], ['账号', '户名', '金额', '用途'], ['收款账号', '收款户名', '金额', '身份证号', '手机号', '摘要']]);
    lines.push(hdr.join('|'));
    let tot = 0;
    for (let i = 0; i < n; i++) {
      const p = d.person({ y0: 1965, y1: 2003 }); const amt = r.amount(2800, 35000); tot += +amt;
      const cells = hdr.map((h) => h === '序号' ? String(i + 1) : /账号/.test(h) ? d.card(p.card, { style: 'plain' }) : /户名/.test(h) ? d.name(p) : h === '金额' ? amt : /证件|身份证/.test(h) ? d.maybe(() => d.id(p.id, { style: 'plain' })) : h === '手机号' ? d.maybe(() => d.mob(p.mobile)) : r.pick(['工资', month + '工资', '代发', '绩效']));
      lines.push(cells.join('|'));
    }
    lines.push(`合计笔数${d.st.colon}${n}|合计金额${d.st.colon}${tot.toFixed(2)}`);
    return { text: lines.join(r.chance(0.5) ? '\r\n' : '\n') + '\n', ext: 'txt', enc: r.wpick([['utf8', 5], ['gb18030', 4], ['utf16le', 1]]) };
  }
  return buildTable(d, {
    layouts: [['csv', 6], ['tsv', 2], ['fixed', 2]], rows: [5, 60],
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1965, y1: 2003 }) }),
    cols: [
      F.name(['姓名', '户名', '收款人姓名', '员工姓名', '账户名称'], 'p'),
      F.card(['卡号', '银行卡号', '收款账号', '工资卡号', '账号'], 'p', { req: true }),
      col(['开户行', '开户银行'], () => bank, { p: 0.6 }), col(['金额', '实发金额', '代发金额(元)'], amtF(2800, 35000), { req: true }),
      F.id(['身份证号', '证件号码', '身份证号码'], 'p', { p: 0.6 }), F.mob(['手机号', '联系电话'], 'p', { p: 0.3 }),
      col(['部门'], pickF(['财务部', '销售部', '生产部', '行政部', '研发中心', '质检部']), { p: 0.4 }), col(['备注', '用途'], pickF(['工资', '奖金', '加班费', '']), { p: 0.5 }),
    ],
    pre: (d) => [`${co.name} ${month}代发工资清单`, ...(d.r.chance(0.5) ? [`统一社会信用代码${d.st.colon}${d.uscc(co.uscc)}`] : []), `付款账号${d.st.colon}${D.corpAcct(d.r)}  开户行${d.st.colon}${bank}`],
    post: (d) => ['制表：人力资源部', `审核：${d.staff(d.person())}`],
  });
} };

KINDS.bank_corp_account = { n: 12, industry: 'banking', gen(d) {
  const r = d.r; const n = r.int(2, 12); const layout = r.wpick([['kv', 6], ['json', 2], ['csv', 2]]); d.setLayout(layout);
  const recs = [];
  for (let i = 0; i < n; i++) {
    const c = r.pick(COUNTIES); const co = corp(d, c); const lr = d.person({ y0: 1955, y1: 1995 }); const fin = d.person(); const agent = d.person();
    const slug = lr.py[0] + r.pick(['', 'tech', 'trade', 'group']);
    const rec = [];
    rec.push(['单位名称', co.name], ['统一社会信用代码', d.uscc(co.uscc)], ['注册地址', co.addr]);
    if (r.chance(0.7)) rec.push(['注册资本', r.pick(['100', '500', '1000', '3000', '50']) + '万元人民币']);
    rec.push([r.pick(['法定代表人', '法定代表人（单位负责人）', '法人代表', '法人']), d.name(lr)]);
    if (r.chance(0.8)) rec.push([r.pick(['法定代表人证件号码', '法人身份证号', '法定代表人身份证号码']), d.maybe(() => d.id(lr.id, { style: 'plain' }))]);
    if (r.chance(0.7)) rec.push([r.pick(['法定代表人联系电话', '法人手机']), d.maybe(() => d.mob(lr.mobile))]);
    if (r.chance(0.6)) { rec.push(['财务负责人', d.name(fin)]); rec.push(['财务负责人电话', r.chance(0.5) ? d.mob(fin.mobile) : d.land(co.land, { ext: r.chance(0.2) })]); }
    rec.push(['经办人', d.name(agent)]);
    if (r.chance(0.7)) rec.push(['经办人身份证号', d.maybe(() => d.id(agent.id, { style: 'plain' }))]);
    rec.push(['经办人手机', d.maybe(() => d.mob(agent.mobile))]);
    if (r.chance(0.6)) rec.push([r.pick(['单位电话', '办公电话', '联系电话']), d.land(genLandline(r, c.area))]);
    if (r.chance(0.4)) rec.push(['单位邮箱', d.mail(r.pick(['caiwu', 'finance', 'hr', 'admin', 'kefu']) + r.int(1, 99) + '@' + slug + '.com.cn')]);
    rec.push(['账户性质', r.pick(['基本存款账户', '一般存款账户', '专用存款账户'])], ['开户许可证核准号', D.permitNo(r)], ['账号', D.corpAcct(r)], ['开户日期', d.date(randDate(r, 2015, 2024))]);
    if (r.chance(0.5)) rec.push(['客户经理', d.staff(d.person())]);
    if (r.chance(0.4)) rec.push(['受益所有人', d.name(r.chance(0.6) ? lr : d.person())]);
    recs.push(rec);
  }
  let text;
  if (layout === 'kv') {
    const out = [r.pick(['对公客户开户资料汇总', '企业开户登记信息', '单位银行结算账户开立申请信息']), `网点：${r.pick(BANKS)}${r.pick(COUNTIES).dist}支行`, ''];
    recs.forEach((rec, i) => { out.push(r.pick([`【${i + 1}】`, `${i + 1}、`, `----- 客户 ${i + 1} -----`])); for (const [k, v] of rec) if (v !== '') out.push(d.kv(k, v)); out.push(''); });
    text = out.join('\n');
  } else if (layout === 'json') text = JSON.stringify(recs.map((rec) => Object.fromEntries(rec)), null, 2);
  else { const keys = [...new Set(recs.flat().map(([k]) => k))]; text = [keys.join(','), ...recs.map((rec) => { const m = Object.fromEntries(rec); return keys.map((k) => csvCell(m[k] || '', ',')).join(','); })].join('\r\n'); }
  return { text: text + '\n', ext: layout === 'kv' ? r.pick(['txt', 'md']) : layout, enc: layout === 'csv' ? r.pick(['utf8', 'gb18030', 'utf8bom']) : 'utf8' };
} };

KINDS.bank_collections = { n: 12, industry: 'banking', gen(d) {
  const staff = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 3], ['json', 1], ['fixed', 1]], rows: [6, 40],
    mkRow: (d, i) => { const p = d.person({ y0: 1970, y1: 2002 }); const co = corp(d, p.county); return { i, p, e1: d.person(), e2: d.r.chance(0.6) ? d.person() : null, co, m: d.r.pick(staff) }; },
    cols: [
      col(['案件编号', '委案编号'], (x, d) => 'CS' + d.r.digits(10), { pin: true }),
      F.name(['借款人', '客户姓名', '债务人', '姓名'], 'p', { k: ['debtorName', 'name'], g: '借款人' }), F.id(['身份证号', '证件号'], 'p', { g: '借款人' }),
      F.mob(['本人手机', '手机号', '借款人手机'], 'p', { g: '借款人' }), F.addr(['户籍地址', '现住址'], 'p', { p: 0.5, g: '借款人' }),
      col(['单位名称', '工作单位'], (x) => x.co.name, { p: 0.6, g: '工作信息' }),
      col(['单位电话', '单位座机'], (x, d) => d.land(x.co.land, { ext: d.r.chance(0.15) }), { p: 0.5, g: '工作信息' }),
      F.name(['紧急联系人1', '联系人1姓名', '紧急联系人'], 'e1', { g: '紧急联系人' }), col(['关系1', '与本人关系'], pickF(['父亲', '母亲', '配偶', '同事', '朋友', '兄弟', '姐妹']), { g: '紧急联系人' }),
      F.mob(['联系人1电话', '紧急联系人电话'], 'e1', { g: '紧急联系人' }),
      F.name(['紧急联系人2', '联系人2姓名'], 'e2', { req: false, p: 0.6, g: '紧急联系人' }), col(['关系2'], (x, d) => (x.e2 ? d.r.pick(['父亲', '母亲', '配偶', '同事']) : ''), { p: 0.5, g: '紧急联系人' }),
      F.mob(['联系人2电话'], 'e2', { p: 0.6, g: '紧急联系人' }),
      col(['欠款金额', '逾期本金'], amtF(800, 200000), { g: '账务' }), col(['逾期天数'], (x, d) => String(d.r.int(31, 720)), { g: '账务' }),
      col(['最近还款日'], dateF(2022, 2024), { p: 0.6, g: '账务' }), col(['催收员', '作业员'], (x, d) => d.staff(x.m), { p: 0.5, g: '作业' }),
      col(['催记', '最近催记'], pickF(['承诺下周还款', '电话无人接听', '空号', '本人接听，称资金困难', '联系人转告', '关机']), { p: 0.6, g: '作业' }),
    ],
    filler: { n: [0, 6], pool: BANK_FILL },
    pre: (d, l) => (l === 'json' ? [] : ['委外催收案件清单（M2+）', `委案日期：2024-0${d.r.int(1, 9)}-01  委托方：${d.r.pick(BANKS)}`]),
  });
} };


KINDS.bank_sme_clients = { n: 12, industry: 'banking', gen(d) {
  const staff = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['csv', 4], ['tsv', 2], ['json', 2], ['kv', 2]], rows: [4, 35], seq: 0.5, recLabel: '客户',
    mkRow: (d, i) => { const co = corp(d); const lr = d.person({ y0: 1955, y1: 1992 }); return { i, co, lr, ctl: d.r.chance(0.3) ? d.person() : lr, ct: d.r.chance(0.5) ? lr : d.person(), m: d.r.pick(staff) }; },
    cols: [
      col(['客户名称', '企业名称', '单位名称'], (x) => x.co.name, { req: true, pin: true, k: ['corpName'] }), col(['统一社会信用代码', '社会信用代码', '信用代码'], (x, d) => d.uscc(x.co.uscc), { req: true, k: ['uscc', 'creditCode'] }),
      F.name(['法定代表人', '法人代表', '法人'], 'lr', { k: ['legalRep'] }), F.id(['法定代表人身份证号', '法人证件号码'], 'lr', { p: 0.6 }), F.name(['实际控制人'], 'ctl', { req: false, p: 0.4 }),
      F.name(['联系人', '财务联系人'], 'ct', { req: false, p: 0.8 }), F.mob(['联系人手机', '联系电话'], 'ct'), col(['办公电话', '单位电话'], (x, d) => d.land(x.co.land, { ext: d.r.chance(0.1) }), { p: 0.6 }),
      col(['企业邮箱'], (x, d) => d.mail(d.r.pick(['cw', 'finance', 'info', 'service']) + '@' + (x.lr.py[0] || 'corp') + d.r.int(1, 999) + '.cn'), { p: 0.3 }),
      col(['注册地址'], (x) => x.co.addr, { p: 0.5 }), col(['所属行业'], pickF(['制造业', '批发零售', '建筑业', '信息技术', '住宿餐饮', '交通运输'])), col(['授信额度(万元)'], (d) => String(d.r.int(50, 5000))),
      col(['内部评级'], pickF(['AAA', 'AA', 'A', 'BBB', 'BB'])), col(['基本户账号', '结算账号'], (x, d) => D.corpAcct(d.r), { p: 0.5 }), col(['客户经理'], (x, d) => d.staff(x.m), { p: 0.5 }),
    ],
    filler: { n: [0, 5], pool: BANK_FILL },
    pre: (d, l) => (l.startsWith('json') ? [] : ['普惠小微企业客户名单', `报送机构：${d.r.pick(BANKS)}${d.r.pick(COUNTIES).city}分行`]),
  });
} };

// ---------------------------------------------------------------- insurance
KINDS.ins_policy_list = { n: 12, industry: 'insurance', gen(d) {
  const agents = [d.person(), d.person(), d.person()];
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['json', 2], ['md', 1]], rows: [5, 35],
    mkRow: (d, i) => {
      const h = d.person({ y0: 1960, y1: 1998 }); const rel = d.r.wpick([['本人', 3], ['配偶', 2], ['子女', 3], ['父母', 1]]);
      const ins = rel === '本人' ? h : rel === '配偶' ? relative(d, h, 'spouse') : rel === '子女' ? relative(d, h, 'child') : relative(d, h, 'parent');
      const ben = d.r.chance(0.55) ? null : rel === '本人' ? relative(d, h, d.r.pick(['spouse', 'child'])) : h;
      return { i, h, ins, rel, ben, a: d.r.pick(agents) };
    },
    cols: [
      col(['保单号', '保险单号', '保单号码'], (x, d) => D.policyNo(d.r), { k: ['policyNo'], pin: true, req: true }),
      col(['险种名称', '产品名称'], pickF(['尊享e生百万医疗', '金佑人生终身寿险', '少儿重疾险', '意外伤害保险', '年金保险（分红型）', '定期寿险'])),
      F.name(['投保人', '投保人姓名'], 'h', { k: ['holderName', 'applicantName'], g: '投保人' }), F.id(['投保人证件号码', '投保人身份证号'], 'h', { g: '投保人' }),
      F.mob(['投保人电话', '投保人手机', '联系电话'], 'h', { g: '投保人' }),
      F.name(['被保险人', '被保险人姓名', '被保人'], 'ins', { k: ['insuredName'], g: '被保险人' }), col(['与投保人关系', '关系'], (x) => x.rel, { p: 0.7, g: '被保险人' }),
      F.id(['被保险人证件号码', '被保人身份证'], 'ins', { g: '被保险人' }), F.birth(['被保险人出生日期'], 'ins', { g: '被保险人', p: 0.4 }),
      col(['受益人', '身故受益人'], (x, d) => (x.ben ? d.name(x.ben) : '法定'), { p: 0.7, g: '受益人' }), col(['受益比例'], (x) => (x.ben ? '100%' : ''), { p: 0.4, g: '受益人' }),
      col(['年缴保费', '保费(元)'], amtF(300, 60000)), col(['保额', '基本保额(元)'], (d) => String(d.r.pick([10, 20, 50, 100, 300]) * 10000)),
      col(['生效日期', '承保日期'], dateF(2018, 2024)), col(['缴费银行'], (d) => d.r.pick(BANKS), { p: 0.4 }),
      F.card(['缴费账号', '续期扣款账号', '银行账号'], 'h', { p: 0.5 }),
      col(['代理人', '业务员', '服务人员'], (x, d) => d.staff(x.a), { p: 0.5 }), col(['代理人工号'], (x, d) => String(d.r.nz(10)), { p: 0.4 }),
      col(['保单状态'], pickF(['有效', '有效', '有效', '失效', '满期', '退保'])),
    ],
    pre: (d, l) => (l.startsWith('json') ? [] : [`${d.r.pick(['平安', '国寿', '太平洋', '泰康', '新华', '人保'])}人寿 ${d.r.pick(COUNTIES).city}中心支公司 保单清单`]),
  });
} };

KINDS.ins_claims = { n: 12, industry: 'insurance', gen(d) {
  const r = d.r; const layout = r.wpick([['kv', 7], ['md', 2], ['json', 1]]);
  const assessors = [d.person(), d.person()];
  return buildTable(d, {
    layout, rows: [2, 14], seq: 0, recLabel: '案件',
    mkRow: (d, i) => { const p = d.person({ y0: 1950, y1: 2005 }); const payee = d.r.chance(0.75) ? p : relative(d, p, 'spouse'); return { i, p, payee, a: d.r.pick(assessors), c: d.r.pick(COUNTIES) }; },
    cols: [
      col(['报案号'], (x, d) => D.claimNo(d.r), { req: true }), col(['保单号'], (x, d) => D.policyNo(d.r), { req: true }),
      F.name(['出险人', '被保险人', '伤者姓名'], 'p'), F.id(['证件号码', '身份证号'], 'p'), F.mob(['联系电话', '报案人电话', '手机'], 'p'),
      col(['出险时间'], (x, d) => stamp(d), { req: true }), col(['出险地点'], (x, d) => x.c.city + x.c.dist + d.r.pick(STREETS) + d.r.pick(['附近', '路口', '步行街', d.r.int(1, 300) + '号']), { req: true }),
      col(['出险经过', '事故描述'], (x, d) => d.r.pick(['被保险人在王府井步行街行走时摔倒致右腿骨折', '驾车途经黄河路时与前车追尾', '在家中浴室滑倒致腰部受伤', '因急性阑尾炎住院手术治疗', '骑电动车在周口路口被撞']), { p: 0.8 }),
      F.name(['领款人', '收款人', '领款人姓名'], 'payee'), F.card(['领款人账号', '收款账号', '银行卡号'], 'payee'), col(['开户行'], (d) => d.r.pick(BANKS), { p: 0.6 }),
      col(['理赔金额', '赔付金额(元)'], amtF(500, 150000)), col(['查勘员', '理赔专员'], (x, d) => d.staff(x.a), { p: 0.5 }), col(['案件状态'], pickF(['已结案', '审核中', '待补材料', '已赔付'])),
    ],
    pre: () => [r.pick(['理赔案件登记簿', '理赔报案信息导出', '健康险理赔台账']), `导出日期：2024-0${r.int(1, 9)}-${p2(r.int(1, 28))}`],
  });
} };

KINDS.ins_group_members = { n: 12, industry: 'insurance', gen(d) {
  const r = d.r; const co = corp(d);
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 3], ['fixed', 2]], rows: [8, 60], seq: 0.9,
    mkRow: (d, i) => { const p = d.person({ y0: 1962, y1: 2004 }); const t = d.r.wpick([['身份证', 90], ['护照', 6], ['港澳居民来往内地通行证', 2], ['港澳通行证', 2]]); return { i, p, t, doc: t === '护照' ? genPassport(d.r) : t === '身份证' ? null : t === '港澳通行证' ? genHKMO(d.r) : 'H' + d.r.digits(8) }; },
    cols: [
      F.name(['姓名', '被保险人姓名', '员工姓名'], 'p'), F.gender(), col(['证件类型'], (x) => x.t, { req: true }),
      col(['证件号码', '证件号'], (x, d) => (x.t === '身份证' ? d.id(x.p.id) : x.t === '护照' ? d.pass(x.doc) : d.permit(x.doc)), { req: true }),
      F.birth(), col(['职业类别'], pickF(['1类', '2类', '3类', '1类', '4类'])), col(['保险方案', '计划'], pickF(['方案一', '方案二', 'A计划', 'B计划'])),
      F.mob(['手机号', '联系电话'], 'p', { p: 0.5 }), col(['入职日期'], dateF(2010, 2024), { p: 0.4 }), col(['部门'], pickF(['生产部', '销售部', '行政部', '技术部']), { p: 0.4 }),
    ],
    pre: (d) => [`团体保险被保险人清单`, `投保单位：${co.name}`, ...(d.r.chance(0.7) ? [`统一社会信用代码${d.st.colon}${d.uscc(co.uscc)}`] : []), `联系人${d.st.colon}${((p) => d.name(p, { title: d.r.chance(0.4) ? (p.gender === 'M' ? '先生' : '女士') : '' }))(d.person())}  电话${d.st.colon}${d.land(co.land)}`],
    post: () => ['以上人员信息由投保单位提供，投保单位对真实性负责。'],
  });
} };

// ---------------------------------------------------------------- securities
KINDS.sec_account_open = { n: 12, industry: 'securities', gen(d) {
  const staff = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['csv', 4], ['tsv', 2], ['json', 2], ['fixed', 2]], rows: [6, 40], hmode: [['zh', 9], ['en', 1]],
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1955, y1: 2005 }), m: d.r.pick(staff) }),
    cols: [
      col(['资金账号', '资金账户'], (x, d) => D.fundAcct(d.r), { en: ['Fund Account'], k: ['fundAccount'], req: true, pin: true }),
      F.name(['客户姓名', '客户名称', '姓名'], 'p', { en: ['Client Name', 'Name'], k: ['clientName', 'name'] }),
      col(['沪A股东代码', '上海股东账户', '沪市股东代码'], (x, d) => D.shCode(d.r), { en: ['SH Holder Code'], p: 0.8 }),
      col(['深A股东代码', '深圳股东账户', '深市股东代码'], (x, d) => D.szCode(d.r), { en: ['SZ Holder Code'], p: 0.8 }),
      col(['证件类型'], () => '身份证', { p: 0.4 }), F.id(['证件号码', '身份证号码'], 'p'), F.mob(['手机号码', '移动电话'], 'p'), F.mail(),
      col(['风险等级', '风险承受能力'], pickF(['C1', 'C2', 'C3', 'C3', 'C4', 'C5']), { en: ['Risk Level'] }),
      col(['开户营业部'], (d) => d.r.pick(COUNTIES).city + d.r.pick(STREETS) + '证券营业部', { p: 0.6 }), col(['开户日期'], dateF(2008, 2024)),
      col(['存管银行', '三方存管银行'], (d) => d.r.pick(BANKS), { p: 0.6 }), F.card(['银行卡号', '存管银行卡号', '银行账号'], 'p', { p: 0.6 }),
      col(['客户经理', '开发人员'], (x, d) => d.staff(x.m), { p: 0.4 }), col(['总资产(元)'], amtF(1000, 5e6), { p: 0.5 }),
    ],
    pre: (d, l) => (l.startsWith('json') ? [] : ['新开户客户明细', `统计区间：2024-0${d.r.int(1, 4)}-01 至 2024-0${d.r.int(5, 9)}-30`]),
  });
} };

KINDS.sec_fund_clients = { n: 12, industry: 'securities', gen(d) {
  return buildTable(d, {
    layouts: [['json', 4], ['jsonl', 2], ['csv', 3], ['kv', 1]], rows: [5, 30], seq: 0.2,
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1955, y1: 2003 }) }),
    cols: [
      col(['基金账号', 'TA账号'], (x, d) => decoy(() => '1' + d.r.pick(['01', '23', '98']) + d.r.digits(9)), { k: ['fundAcctNo', 'taAccount'], req: true }),
      col(['交易账号'], (x, d) => decoy(() => '8' + d.r.digits(14)), { k: ['tradeAcct'], p: 0.6 }),
      F.name(['投资者姓名', '客户姓名', '持有人'], 'p', { k: ['investorName', 'custName', 'holder'] }), F.id(['证件号码'], 'p', { k: ['certNo', 'idNo'] }),
      F.mob(['手机', '联系手机'], 'p', { k: ['mobile', 'mobileNo'] }), F.mail(['电子邮箱', '邮箱'], 'p', { p: 0.5 }),
      col(['基金代码'], (d) => d.r.pick(['000001', '110022', '161725', '519674', '005827'])), col(['持有份额'], amtF(100, 900000)),
      col(['销售机构'], pickF(['直销中心', '天天基金', '蚂蚁财富', '招商银行'])), F.card(['赎回到账账户', '银行账号'], 'p', { p: 0.5 }), col(['最后交易时间'], (x, d) => stamp(d)),
    ],
    pre: () => ['基金直销客户持有明细'],
  });
} };

// ---------------------------------------------------------------- real estate / property
KINDS.re_owner_register = { n: 12, industry: 'real_estate', gen(d) {
  const c = d.r.pick(COUNTIES); const estate = d.r.pick(COMPOUNDS);
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['fixed', 2], ['md', 1]], rows: [8, 50], seq: 0.6,
    mkRow: (d, i) => { const p = d.person({ y0: 1950, y1: 1998 }); const co = d.r.chance(0.45) ? relative(d, p, 'spouse') : null; return { i, p, co, b: d.r.int(1, 24), u: d.r.int(1, 4), rm: d.r.int(2, 33) * 100 + d.r.int(1, 6) }; },
    cols: [
      col(['楼栋', '栋号'], (x) => x.b + '栋', { pin: true }), col(['单元'], (x) => x.u + '单元', { p: 0.7 }), col(['房号', '室号', '房屋编号'], (x) => `${x.b}-${x.u}-${x.rm}`, { req: true }),
      col(['建筑面积(㎡)', '面积'], amtF(45, 260)), col(['产权证号', '不动产权证号', '房产证号'], (x, d) => D.deedNo(d.r, c), { p: 0.8 }),
      F.name(['业主姓名', '业主', '产权人', '权利人'], 'p'), F.name(['共有人', '共有权人'], 'co', { req: false, p: 0.6 }),
      F.id(['业主身份证号', '身份证号', '证件号码'], 'p', { p: 0.8 }), F.id(['共有人身份证号'], 'co', { p: 0.4 }),
      col(['联系电话', '业主电话', '电话'], (x, d) => d.maybe(() => (d.r.chance(0.85) ? d.mob(x.p.mobile) : d.land(genLandline(d.r, c.area))))),
      col(['交房日期'], dateF(2010, 2024), { p: 0.6 }), col(['备注'], pickF(['', '', '已出租', '空置', '自住', '已办证', '抵押中']), { p: 0.6 }),
    ],
    pre: () => [`${c.city}${c.dist}${estate}业主名册`, `物业服务中心电话：${d.land(genLandline(d.r, c.area))}`],
  });
} };

KINDS.pm_residents = { n: 12, industry: 'property', gen(d) {
  const r = d.r; const c = r.pick(COUNTIES); const estate = r.pick(COMPOUNDS);
  const rows = []; let i = 0;
  return buildTable(d, {
    layouts: [['md', 3], ['csv', 3], ['tsv', 2], ['fixed', 2]], rows: [6, 45], seq: 0.3,
    mkRow: (d) => {
      if (!rows.length || d.r.chance(0.45)) { const o = d.person({ y0: 1950, y1: 1995 }); rows.push({ o, room: `${d.r.int(1, 18)}-${d.r.int(1, 3)}-${d.r.int(1, 30) * 100 + d.r.int(1, 4)}`, plate: D.plate(d.r), slot: 'B' + d.r.int(1, 3) + '-' + d.r.int(1, 400) }); return { i: i++, h: rows[rows.length - 1], p: o, rel: '本人' }; }
      const h = rows[rows.length - 1]; const rel = d.r.pick(['配偶', '子女', '父母', '租户']);
      const p = rel === '配偶' ? relative(d, h.o, 'spouse') : rel === '子女' ? relative(d, h.o, 'child') : rel === '父母' ? relative(d, h.o, 'parent') : d.person();
      return { i: i++, h, p, rel };
    },
    cols: [
      col(['房号', '房屋'], (x) => x.h.room, { req: true, pin: true }), F.name(['业主', '户主'], 'x', { req: false, p: 0.5 }),
      F.name(['住户姓名', '住户', '居住人', '姓名'], 'p'), col(['与业主关系', '关系'], (x) => x.rel, { req: true }),
      F.mob(['手机', '联系电话', '手机号码'], 'p'), col(['车牌号', '车牌'], (x) => (x.rel === '本人' ? x.h.plate : ''), { p: 0.6 }),
      col(['车位号'], (x) => (x.rel === '本人' ? x.h.slot : ''), { p: 0.4 }), col(['门禁卡号'], (x, d) => D.gateCard(d.r), { p: 0.5 }),
      F.id(['身份证号'], 'p', { p: 0.35 }), col(['物业费状态'], pickF(['已缴', '已缴', '欠缴3个月', '已缴']), { p: 0.5 }),
    ].map((cc) => (cc.h[0] === '业主' ? { ...cc, f: (x, d) => d.name(x.h.o) } : cc)),
    pre: () => [`${estate}住户信息登记表`, `${c.city}${c.dist}${r.pick(STREETS)}${r.int(1, 200)}号`],
  });
} };

KINDS.re_sales_leads = { n: 12, industry: 'real_estate', gen(d) {
  const r = d.r; const agents = [d.person(), d.person()];
  const layout = r.wpick([['csv', 4], ['kv', 3], ['md', 2], ['json', 1]]);
  return buildTable(d, {
    layout, rows: [5, 30], seq: 0.5, recLabel: '客户',
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1960, y1: 2000 }), a: d.r.pick(agents) }),
    cols: [
      col(['客户姓名', '客户', '来访客户'], (x, d) => {
        const f = d.r.next();
        if (f < 0.6) return d.name(x.p);
        if (f < 0.85) return d.name(x.p, { title: x.p.gender === 'M' ? '先生' : '女士', sep: d.r.pick(['', ' ']) });
        const t = x.p.gender === 'M' ? '先生' : '女士'; const s = (x.p.sur ? x.p.sur.c : x.p.name[0]) + t;
        d.lab('person_name_zh', s, s, true); d.lab('person_name_zh', s.slice(0, -2), null, true); return s;
      }, { req: true, k: ['customer', 'custName'] }),
      F.mob(['电话', '联系方式', '手机'], 'p'), col(['意向区域'], pickF(['王府井', '黄浦区滨江', '张江', '周口新区', '高新区', '马家堡', '李村', '石景山'])),
      col(['意向户型'], pickF(['两居', '三居', '四居', '复式', '别墅'])), col(['预算(万)'], (d) => String(d.r.int(150, 2000))),
      col(['来访日期', '到访时间'], dateF(2024, 2024)), col(['置业顾问', '经纪人'], (x, d) => d.staff(x.a), { p: 0.7 }),
      col(['客户来源'], pickF(['自然来访', '链家转介', '安居客', '老带新', '电话邀约'])), col(['备注'], pickF(['', '首套', '二套改善', '需贷款', '全款', '已交意向金']), { p: 0.5 }),
    ],
    pre: () => [r.pick(['案场来访客户登记', '二手房客户意向登记表', '看房客户跟进表'])],
  });
} };

// ---------------------------------------------------------------- education
KINDS.edu_student_roster = { n: 12, industry: 'education', gen(d) {
  const r = d.r; const grade = r.int(1, 12); const yr = 2024 - (grade > 9 ? grade - 9 : grade > 6 ? grade - 6 : grade) + 1;
  const teachers = [d.person()];
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['fixed', 2], ['json', 1]], rows: [15, 50], seq: 0.6,
    mkRow: (d, i) => {
      const f = d.person({ gender: 'M', y0: 1975, y1: 1990 }); const m = d.person({ gender: 'F', y0: 1977, y1: 1992 });
      const s = d.person({ sur: f.sur || undefined, kind: f.sur ? 'common' : 'uyghur', y0: 2024 - 6 - grade - 1, y1: 2024 - 6 - grade });
      return { i, f, m, s, t: teachers[0] };
    },
    cols: [
      col(['学号'], (x, d) => D.studentNo(d.r, yr), { req: true, pin: true, k: ['studentNo'] }),
      col(['全国学籍号', '学籍号'], (x, d) => 'G' + (d.lab('cn_resident_id', x.s.id, x.s.id, true), x.s.id), { p: 0.35, k: ['xjh'] }),
      F.name(['姓名', '学生姓名'], 's', { k: ['studentName', 'name'] }), F.gender('s'), F.birth(['出生日期'], 's'),
      F.id(['身份证号', '身份证件号'], 's', { p: 0.6 }), col(['班级'], () => `${grade}年级${r.int(1, 12)}班`, { p: 0.6 }),
      F.name(['父亲姓名', '父亲'], 'f', { g: '家长信息', k: ['fatherName'] }), F.mob(['父亲电话', '父亲手机'], 'f', { g: '家长信息' }),
      F.name(['母亲姓名', '母亲'], 'm', { g: '家长信息', k: ['motherName'] }), F.mob(['母亲电话', '母亲手机'], 'm', { g: '家长信息' }),
      F.addr(['家庭住址', '家庭地址'], 'f', { p: 0.5 }), col(['班主任'], (x, d) => d.staff(x.t), { p: 0.3 }),
      col(['是否住校'], pickF(['是', '否', '否']), { p: 0.3 }), col(['户籍性质'], pickF(['城镇', '农村']), { p: 0.3 }),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${r.pick(COUNTIES).city}第${r.int(1, 80)}中学 ${yr}级学生花名册`]),
  });
} };

KINDS.edu_training_enroll = { n: 12, industry: 'education', gen(d) {
  const advisors = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['json', 3], ['csv', 4], ['jsonl', 1], ['kv', 2]], rows: [5, 35], recLabel: '学员',
    mkRow: (d, i) => { const g = d.person({ y0: 1978, y1: 1994 }); const s = d.person({ sur: g.gender === 'M' && g.sur ? g.sur : undefined, kind: 'common', y0: 2010, y1: 2019 }); return { i, g, s, a: d.r.pick(advisors) }; },
    cols: [
      F.name(['学员姓名', '学生姓名', '孩子姓名'], 's', { k: ['studentName', 'childName'] }), F.age('s', { p: 0.6 }),
      F.name(['家长姓名', '家长', '监护人'], 'g', { k: ['parentName', 'guardian'] }), F.mob(['家长电话', '联系电话', '家长手机'], 'g', { k: ['parentMobile', 'phone'] }),
      col(['课程', '报读课程'], pickF(['少儿编程L2', '英语启蒙', '奥数提高班', '硬笔书法', '钢琴一对一', '美术创意'])), col(['校区'], (d) => d.r.pick(COUNTIES).dist + '校区'),
      col(['缴费金额'], amtF(1800, 24000)), col(['订单号'], (x, d) => D.orderNo(d.r), { p: 0.5, k: ['orderNo'] }), col(['课程顾问'], (x, d) => d.staff(x.a), { p: 0.4 }),
      F.mail(['家长邮箱'], 'g', { p: 0.25 }),
      col(['家长微信', '微信号'], (x, d) => (d.r.chance(0.5) ? d.mob(x.g.mobile, { style: 'plain' }) : 'wx_' + x.g.py.join('').slice(0, 10) + d.r.int(1, 99)), { p: 0.5, k: ['wechat'] }),
    ],
    pre: () => ['暑期班报名名单'],
  });
} };

KINDS.edu_exam_signup = { n: 12, industry: 'education', gen(d) {
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['fixed', 2], ['json', 1]], rows: [10, 60], seq: 0.5, hmode: [['zh', 8], ['py', 1], ['en', 1]],
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1985, y1: 2006 }) }),
    cols: [
      col(['准考证号'], (x, d) => D.examNo(d.r), { en: ['Exam No.'], py: ['zhunkaozhenghao'], req: true, pin: true }),
      F.name(['姓名', '考生姓名'], 'p', { en: ['Name'], py: ['xingming'] }), F.gender(), F.id(['身份证号', '证件号码'], 'p', { req: true }),
      F.mob(['手机号码', '联系电话'], 'p', { req: true }), F.mail(['邮箱'], 'p', { p: 0.5 }),
      col(['报考科目', '报考类别'], pickF(['会计专业技术初级', '教师资格（高中数学）', '英语四级', '普通话水平测试', '计算机二级'])),
      col(['考点'], (d) => d.r.pick(COUNTIES).city + '第' + d.r.int(1, 40) + '中学考点'), col(['考场'], (d) => p2(d.r.int(1, 60))), col(['座位号'], (d) => p2(d.r.int(1, 30))),
    ],
    pre: (d, l) => (l === 'json' ? [] : ['2024年考试报名信息导出']),
  });
} };

// ---------------------------------------------------------------- healthcare
KINDS.med_patient_register = { n: 12, industry: 'healthcare', gen(d) {
  const docs = [d.person(), d.person(), d.person()]; const sscardIsId = d.r.chance(0.4);
  return buildTable(d, {
    layouts: [['csv', 4], ['tsv', 3], ['fixed', 2], ['json', 1]], rows: [8, 50], seq: 0.4,
    mkRow: (d, i) => { const p = d.person({ y0: 1935, y1: 2022 }); const fam = d.r.chance(0.5) ? relative(d, p, d.r.pick(['spouse', 'parent', 'child'])) : null; return { i, p, fam, dr: d.r.pick(docs) }; },
    cols: [
      col(['门诊号', '就诊号'], (x, d) => D.clinicNo(d.r), { req: true, pin: true, k: ['clinicNo'] }), col(['病历号', '病案号'], (x, d) => D.medRec(d.r), { p: 0.7 }),
      F.name(['患者姓名', '就诊人', '姓名', '患者'], 'p', { k: ['patientName', 'name'] }), F.gender(), F.age(), F.id(['身份证号', '证件号码'], 'p', { p: 0.75 }),
      col(sscardIsId ? ['社会保障卡号', '社保卡号'] : ['医保卡号', '医保号'], (x, d) => (sscardIsId ? d.maybe(() => d.id(x.p.id)) : D.medCard(d.r)), { p: 0.6 }),
      F.mob(['联系电话', '手机'], 'p'), F.name(['联系人', '家属姓名', '紧急联系人'], 'fam', { req: false, p: 0.5 }), col(['与患者关系'], (x, d) => (x.fam ? d.r.pick(['配偶', '子女', '父母']) : ''), { p: 0.4 }),
      F.mob(['联系人电话', '家属电话'], 'fam', { p: 0.5 }), col(['就诊科室', '科室'], pickF(['心内科', '呼吸内科', '骨科', '儿科', '消化内科', '内分泌科', '普外科'])),
      col(['接诊医生', '主治医生'], (x, d) => d.staff(x.dr), { p: 0.5 }), col(['初步诊断'], pickF(['上呼吸道感染', '高血压2级', '2型糖尿病', '腰椎间盘突出', '急性胃肠炎', '复查'])),
      col(['挂号时间'], (x, d) => stamp(d)), col(['费别'], pickF(['自费', '职工医保', '居民医保', '新农合']), { p: 0.5 }),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${d.r.pick(COUNTIES).city}第${d.r.int(1, 9)}人民医院 门诊患者登记`]),
  });
} };

KINDS.med_checkup = { n: 12, industry: 'healthcare', gen(d) {
  const co = corp(d);
  return buildTable(d, {
    layouts: [['json', 5], ['jsonl', 2], ['csv', 2], ['kv', 1]], rows: [5, 30], seq: 0, recLabel: '体检人',
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1960, y1: 2002 }) }),
    cols: [
      col(['体检编号'], (x, d) => 'TJ' + d.r.digits(10), { k: ['examId', 'checkupNo'], req: true }), F.name(['体检人', '姓名', '受检者'], 'p', { k: ['name', 'examineeName'] }),
      F.gender('p', { k: ['sex'] }), F.id(['证件号', '身份证号'], 'p', { k: ['idCard', 'certNo'] }), F.mob(['手机', '手机号'], 'p', { k: ['mobile', 'phone'] }),
      col(['单位'], () => co.name, { k: ['company'], p: 0.7 }), col(['套餐'], pickF(['入职体检A', '年度体检（男）', '年度体检（女）', '深度体检套餐']), { k: ['package'] }),
      col(['预约日期'], dateF(2024, 2024), { k: ['appointDate'] }), col(['状态'], pickF(['已预约', '已到检', '报告已出']), { k: ['status'] }),
    ],
  });
} };

KINDS.med_vaccination = { n: 12, industry: 'healthcare', gen(d) {
  const site = d.r.pick(COUNTIES).dist + d.r.pick(['社区卫生服务中心', '预防接种门诊']);
  return buildTable(d, {
    layouts: [['csv', 4], ['tsv', 3], ['md', 2], ['fixed', 1]], rows: [8, 40], seq: 0.5,
    mkRow: (d, i) => { const g = d.person({ y0: 1985, y1: 1998 }); const k = d.person({ sur: g.gender === 'M' && g.sur ? g.sur : undefined, kind: 'common', y0: 2020, y1: 2024 }); return { i, g, k }; },
    cols: [
      col(['儿童编码', '接种证号'], (x, d) => decoy(() => x.k.county.code + d.r.digits(12)), { req: true }),
      F.name(['儿童姓名', '受种者姓名'], 'k'), F.gender('k'), F.birth(['出生日期'], 'k', { p: 1 }),
      F.name(['监护人姓名', '监护人', '家长姓名'], 'g'), F.mob(['监护人电话', '联系电话'], 'g'),
      col(['疫苗名称'], pickF(['乙肝疫苗', '百白破疫苗', '麻腮风疫苗', '脊灰灭活疫苗', '13价肺炎', '流感疫苗'])), col(['疫苗批号', '批号'], (x, d) => D.batchNo(d.r)),
      col(['剂次'], (d) => '第' + d.r.int(1, 4) + '剂'), col(['接种日期'], dateF(2024, 2024)), col(['接种单位'], () => site, { p: 0.5 }),
    ],
    pre: () => [`${site} 接种登记`],
  });
} };

// ---------------------------------------------------------------- telecom
KINDS.tel_account_open = { n: 12, industry: 'telecom', gen(d) {
  const hall = d.r.pick(COUNTIES).dist + d.r.pick(['营业厅', '旗舰店', '合作厅']);
  return buildTable(d, {
    layouts: [['csv', 4], ['tsv', 2], ['json', 2], ['fixed', 2]], rows: [6, 40], seq: 0.3,
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1950, y1: 2006 }), n: genMobile(d.r) }),
    cols: [
      col(['受理流水号', '业务流水号'], (x, d) => D.txnNo(d.r), { k: ['serialNo'], p: 0.7, pin: true }),
      F.name(['机主姓名', '客户名称', '用户姓名', '机主'], 'p', { k: ['custName', 'ownerName'] }), col(['证件类型'], () => '居民身份证', { p: 0.5 }),
      F.id(['证件号码', '证件号'], 'p', { req: true }), col(['新入网号码', '开户号码', '服务号码'], (x, d) => d.mob(x.n, { style: 'plain' }), { req: true, k: ['msisdn', 'serviceNo'] }),
      col(['ICCID', 'SIM卡号', 'USIM卡号'], (x, d) => D.iccid(d.r), { req: true, k: ['iccid'] }), col(['IMSI'], (x, d) => D.imsi(d.r), { p: 0.7, k: ['imsi'] }),
      col(['终端IMEI', 'IMEI'], (x, d) => D.imei(d.r), { p: 0.4 }), col(['套餐', '主套餐'], pickF(['5G畅享129元', '4G全国套餐59元', '大王卡', '冰激凌套餐199元', '副卡'])),
      F.mob(['联系电话', '备用联系电话'], 'p', { p: 0.4 }), F.addr(['联系地址', '证件地址'], 'p', { p: 0.4 }),
      col(['受理工号', '操作员工号'], (x, d) => 'GH' + d.r.digits(6), { p: 0.6 }), col(['营业厅'], () => hall, { p: 0.5 }), col(['受理时间'], (x, d) => stamp(d)),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${hall} 新入网用户登记`]),
  });
} };

KINDS.tel_device_log = { n: 12, industry: 'telecom', gen(d) {
  const r = d.r; const lines = []; const n = r.int(20, 120); const svc = r.pick(['activation-svc', 'crm-order', 'sim-provision', 'mnp-gateway']);
  const style = r.pick(['kv', 'kv', 'json']); const people = Array.from({ length: r.int(4, 20) }, () => d.person());
  let tsec = r.int(1704067200, 1730000000);
  for (let i = 0; i < n; i++) {
    const p = r.pick(people); tsec += r.int(1, 90); const dt = new Date(tsec * 1000).toISOString().replace('T', ' ').replace('Z', '');
    const ev = r.pick(['SIM_ACTIVATE', 'NUMBER_PORT_IN', 'REAL_NAME_CHECK', 'SIM_SWAP', 'PLAN_CHANGE', 'HEARTBEAT']);
    if (ev === 'HEARTBEAT') { lines.push(style === 'json' ? JSON.stringify({ ts: tsec * 1000 + r.int(0, 999), level: 'DEBUG', svc, event: ev, queue: r.int(0, 50) }) : `${dt} DEBUG [${svc}] event=${ev} queue=${r.int(0, 50)} ts=${tsec * 1000 + r.int(0, 999)}`); continue; }
    const masked = r.chance(0.25);
    const msisdnRaw = masked ? maskMobile(p.mobile) : r.chance(0.5) ? d.mob(p.mobile, { style: '86' }) : d.mob(p.mobile, { style: 'plain' });
    const f = { ts: tsec * 1000 + r.int(0, 999), level: r.pick(['INFO', 'INFO', 'WARN']), svc, event: ev, msisdn: msisdnRaw, iccid: D.iccid(r), imsi: D.imsi(r) };
    if (r.chance(0.5)) f.imei = D.imei(r);
    if (ev === 'REAL_NAME_CHECK' || r.chance(0.3)) { f.name = masked ? maskName(p, r) : d.name(p); f.certNo = masked ? maskID(p.id, r) : d.id(p.id, { style: 'plain' }); }
    f.result = r.pick(['0', '0', '0', 'E1021', 'E2003']); f.cost = r.int(3, 900) + 'ms';
    lines.push(style === 'json' ? JSON.stringify(f) : `${dt} ${f.level.padEnd(5)} [${svc}] ` + Object.entries(f).filter(([k]) => !['level', 'svc'].includes(k)).map(([k, v]) => `${k}=${v}`).join(' '));
  }
  return { text: lines.join('\n') + '\n', ext: 'log', enc: 'utf8' };
} };

KINDS.tel_broadband_orders = { n: 12, industry: 'telecom', gen(d) {
  const techs = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['kv', 5], ['csv', 3], ['md', 2]], rows: [3, 25], seq: 0.3, recLabel: '工单',
    mkRow: (d, i) => { const p = d.person({ y0: 1950, y1: 2000 }); return { i, p, land: d.r.chance(0.6) ? genLandline(d.r, p.county.area) : null, t: d.r.pick(techs) }; },
    cols: [
      col(['工单号', '装机工单号'], (x, d) => D.workOrder(d.r), { req: true, pin: true }), F.name(['用户姓名', '客户姓名', '装机联系人', '联系人'], 'p'),
      F.mob(['联系电话', '联系手机'], 'p'), col(['固话号码', '固定电话', '座机'], (x, d) => (x.land ? d.land(x.land) : ''), { p: 0.7 }),
      F.addr(['装机地址', '安装地址'], 'p', { req: true }), col(['宽带账号'], (x, d) => 'KD' + d.r.digits(12), { p: 0.7 }),
      col(['光猫SN', '设备SN'], (x, d) => d.r.pick(['ZTEG', 'HWTC', 'FHTT']) + d.r.digits(8).toUpperCase(), { p: 0.5 }), col(['速率'], pickF(['300M', '500M', '1000M'])),
      col(['预约时间'], (x, d) => stamp(d)), col(['装维人员'], (x, d) => d.staff(x.t), { p: 0.5 }), col(['装维人员电话'], (x, d) => d.mob(x.t.mobile), { p: 0.3 }),
    ],
    pre: () => ['宽带装机工单明细'],
  });
} };

// ---------------------------------------------------------------- automotive
KINDS.auto_owner_info = { n: 12, industry: 'automotive', gen(d) {
  const sales = [d.person(), d.person(), d.person()]; const dealer = d.r.pick(COUNTIES).city + d.r.pick(['一汽大众', '广汽丰田', '比亚迪', '吉利', '东风日产']) + '4S店';
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['json', 2], ['fixed', 1]], rows: [6, 45], seq: 0.5, shuffle: 0.3,
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1955, y1: 2003 }), s: d.r.pick(sales) }),
    cols: [
      F.name(['车主', '车主姓名', '客户姓名'], 'p', { k: ['ownerName'] }), F.id(['身份证号', '车主证件号'], 'p', { p: 0.7 }), F.mob(['手机', '联系电话', '车主电话'], 'p'),
      col(['车牌号', '号牌号码'], (x, d) => D.plate(d.r), { req: true, k: ['plateNo'] }), col(['车架号', 'VIN', '车辆识别代号'], (x, d) => D.vin(d.r), { req: true, k: ['vin'] }),
      col(['发动机号'], (x, d) => D.engineNo(d.r), { p: 0.7, k: ['engineNo'] }), col(['品牌型号', '车型'], pickF(['大众朗逸 1.5L', '丰田卡罗拉 双擎', '比亚迪秦PLUS DM-i', '吉利星越L', '日产轩逸', '特斯拉Model 3'])),
      col(['初登日期', '购车日期'], dateF(2015, 2024)), col(['保险到期日', '商业险到期'], dateF(2024, 2025), { p: 0.6 }), col(['行驶里程(km)'], (d) => String(d.r.int(800, 180000)), { p: 0.5 }),
      col(['销售顾问', '服务顾问'], (x, d) => d.staff(x.s), { p: 0.5 }), F.addr(['地址'], 'p', { p: 0.3 }),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${dealer} 保有客户信息`]),
  });
} };

KINDS.auto_service_orders = { n: 12, industry: 'automotive', gen(d) {
  const advisors = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['kv', 5], ['md', 2], ['json', 2], ['csv', 1]], rows: [2, 16], seq: 0, recLabel: '工单',
    mkRow: (d, i) => ({ i, p: d.person(), a: d.r.pick(advisors) }),
    cols: [
      col(['工单号', '维修单号'], (x, d) => D.workOrder(d.r), { req: true }), F.name(['送修人', '客户姓名', '联系人'], 'p'), F.mob(['联系电话', '送修人电话'], 'p'),
      col(['车牌号'], (x, d) => D.plate(d.r), { req: true }), col(['VIN码', '车架号'], (x, d) => D.vin(d.r), { req: true }), col(['进厂里程'], (d) => d.r.int(1000, 200000) + 'km'),
      col(['维修项目'], pickF(['常规保养（机油机滤）', '更换前刹车片', '空调系统清洗', '钣金喷漆-左前门', '更换轮胎x2', '四轮定位'])), col(['工时费'], amtF(80, 1500)), col(['材料费'], amtF(50, 6000)),
      col(['服务顾问'], (x, d) => d.staff(x.a), { p: 0.6 }), col(['进厂时间'], (x, d) => stamp(d)), col(['结算方式'], pickF(['微信', '支付宝', '刷卡', '保险直赔'])),
    ],
    pre: () => ['售后维修工单'],
  });
} };

// ---------------------------------------------------------------- logistics
KINDS.log_waybill_list = { n: 12, industry: 'logistics', gen(d) {
  const senderCo = d.r.chance(0.5) ? corp(d) : null; const sender = d.person();
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['json', 2], ['fixed', 1]], rows: [8, 60], seq: 0.4, hmode: [['zh', 9], ['en', 1]],
    mkRow: (d, i) => ({ i, s: d.r.chance(0.7) ? sender : d.person(), rc: d.person() }),
    cols: [
      col(['运单号', '快递单号', '面单号'], (x, d) => D.waybill(d.r), { en: ['Waybill No.', 'Tracking No.'], k: ['waybillNo', 'mailNo'], req: true, pin: true }),
      F.name(['寄件人', '寄件人姓名', '发件人'], 's', { en: ['Sender'], k: ['senderName'], g: '寄件信息' }), F.mob(['寄件人电话', '寄件人手机'], 's', { en: ['Sender Phone'], g: '寄件信息' }),
      col(['寄件地址'], (x) => (senderCo && x.s === sender ? senderCo.addr : x.s.addr), { p: 0.6, g: '寄件信息' }),
      F.name(['收件人', '收件人姓名', '收货人'], 'rc', { en: ['Receiver', 'Consignee'], k: ['receiverName', 'consignee'], g: '收件信息' }),
      F.mob(['收件人电话', '收件人手机', '收货人电话'], 'rc', { en: ['Receiver Phone'], g: '收件信息', req: true }), F.addr(['收件地址', '收货地址'], 'rc', { req: true, en: ['Address'], g: '收件信息' }),
      col(['物品名称', '托寄物'], pickF(['文件', '衣服', '李宁运动鞋', '周大福饰品', '电子产品', '食品', '王老吉礼盒']), { g: '货物' }), col(['重量(kg)'], (d) => d.r.amount(0.2, 25, 1), { g: '货物' }),
      col(['运费'], amtF(8, 180), { g: '费用' }), col(['代收货款'], (d) => (d.r.chance(0.8) ? '0' : d.r.amount(50, 3000)), { p: 0.4, g: '费用' }), col(['寄件时间'], (x, d) => stamp(d), { g: '费用' }),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${senderCo ? senderCo.name : ''}发货明细 ${d.r.pick(['顺丰', '中通', '圆通', '京东物流'])}`]),
  });
} };

KINDS.log_courier_log = { n: 12, industry: 'logistics', gen(d) {
  const r = d.r; const n = r.int(25, 140); const lines = []; const couriers = Array.from({ length: 3 }, () => d.person({ gender: 'M' }));
  const style = r.pick(['bracket', 'json', 'pipe']); let t = r.int(1704067200, 1730000000);
  for (let i = 0; i < n; i++) {
    const c = r.pick(couriers); const rc = d.person(); t += r.int(5, 300); const ts = new Date(t * 1000).toISOString().replace('T', ' ').slice(0, 19);
    const wb = D.waybill(r); const st = r.pick(['已揽收', '运输中', '派送中', '派送中', '已签收', '异常-电话无人接听', '异常-地址不详']);
    const mask = r.chance(0.3);
    const rname = mask ? maskName(rc, r) : d.name(rc); const rphone = mask ? maskMobile(rc.mobile, r) : d.mob(rc.mobile, { style: 'plain' });
    const cname = r.chance(0.5) ? d.staff(c) : ((c.sur ? c.sur.c : c.name[0]) + '师傅');
    if (cname.endsWith('师傅')) { d.lab('person_name_zh', cname, cname, true); d.lab('person_name_zh', cname.slice(0, -2), null, true); }
    const cphone = d.mob(c.mobile, { style: 'plain' });
    if (style === 'json') lines.push(JSON.stringify({ time: ts, waybillNo: wb, status: st, receiverName: rname, receiverMobile: rphone, courier: cname, courierPhone: cphone, site: r.pick(COUNTIES).dist + '网点', epoch: t * 1000 }));
    else if (style === 'pipe') lines.push([ts, wb, st, rname, rphone, cname, cphone, r.pick(STREETS)].join(' | '));
    else lines.push(`[${ts}] [INFO] waybill=${wb} status=${st} receiver=${rname} tel=${rphone} courier=${cname}/${cphone} ts=${t * 1000 + r.int(0, 999)}`);
  }
  const hdr = style === 'pipe' ? ['时间 | 运单号 | 状态 | 收件人 | 收件人电话 | 派件员 | 派件员电话 | 派送区域'] : [];
  return { text: [...hdr, ...lines].join('\n') + '\n', ext: style === 'pipe' ? 'txt' : 'log', enc: 'utf8' };
} };

// ---------------------------------------------------------------- e-commerce
const NICKS = ['tb_8823541', 'jd_4f8a2c91', 'momo2019', '爱吃鱼的猫', '小确幸yy', 'sunny_day88', '马到成功', '高山流水', '金玉满堂', '周而复始', '万事如意', '石头记', '林间小鹿', '白开水', '江南烟雨', 't_1499827364', '宝宝的妈咪', 'lucky星'];
const PRODUCTS = ['李宁官方正品男子运动鞋 云五代', '周大福足金转运珠吊坠', '王老吉凉茶310ml*24罐', '马应龙麝香痔疮膏', '张小泉不锈钢厨房刀具套装', '黄记煌三汁焖锅酱料', '汤臣倍健蛋白粉', '老凤祥银手镯', '小米Redmi Note13 8+256G', '三只松鼠坚果礼盒', '华为FreeBuds 5i', '安踏篮球鞋KT9', '金龙鱼食用油5L'];
KINDS.ec_order_export = { n: 12, industry: 'ecommerce', gen(d) {
  return buildTable(d, {
    layouts: [['csv', 7], ['tsv', 2], ['json', 1]], rows: [10, 60], seq: 0,
    mkRow: (d, i) => { const p = d.person({ y0: 1965, y1: 2005 }); const rc = d.r.chance(0.7) ? p : relative(d, p, d.r.pick(['spouse', 'parent'])); return { i, p, rc, nick: d.r.pick(NICKS) }; },
    cols: [
      col(['订单编号', '订单号'], (x, d) => D.orderNo(d.r), { req: true, pin: true, k: ['tid', 'orderId'] }), col(['买家会员名', '买家昵称'], (x) => x.nick, { p: 0.8, k: ['buyerNick'] }),
      col(['买家支付宝账号', '支付宝账号'], (x, d) => { const f = d.r.next(); if (f < 0.45) return d.mob(x.p.mobile, { style: 'plain' }); if (f < 0.8) return d.mail(x.p.email); return d.r.chance(0.5) ? maskMobile(x.p.mobile) : x.p.email.replace(/^(.{3})[^@]*/, '$1***'); }, { p: 0.7, k: ['alipayAccount'] }),
      col(['支付单号', '支付宝交易号'], (x, d) => D.alipayTxn(d.r), { p: 0.6, k: ['payNo'] }), col(['买家应付货款'], amtF(9.9, 3000)), col(['买家实际支付金额', '实付金额'], amtF(9.9, 3000), { req: true }),
      col(['订单状态'], pickF(['交易成功', '卖家已发货，等待买家确认', '买家已付款，等待卖家发货', '交易关闭'])),
      F.name(['收货人姓名', '收货人', '收件人'], 'rc', { k: ['receiverName'] }), F.addr(['收货地址', '收货地址 '], 'rc', { req: true, k: ['receiverAddress'] }),
      col(['联系电话'], (x, d) => (d.r.chance(0.2) ? d.land(genLandline(d.r, x.rc.county.area)) : ''), { p: 0.5 }), F.mob(['联系手机', '收货人手机'], 'rc', { req: true, k: ['receiverMobile'] }),
      col(['订单创建时间'], (x, d) => stamp(d), { req: true }), col(['宝贝标题', '商品名称'], pickF(PRODUCTS), { req: true }), col(['宝贝总数量', '数量'], (d) => String(d.r.int(1, 5))),
      col(['物流单号'], (x, d) => (d.r.chance(0.8) ? D.waybill(d.r) : ''), { p: 0.7 }), col(['物流公司'], pickF(['顺丰速运', '中通快递', '圆通速递', '韵达快递', '京东物流'])),
      col(['订单备注', '买家留言'], pickF(['', '', '', '请尽快发货', '不要放快递柜', '送人的，不要放发票']), { p: 0.6 }),
    ],
  });
} };

KINDS.ec_aftersales = { n: 12, industry: 'ecommerce', gen(d) {
  return buildTable(d, {
    layouts: [['jsonl', 5], ['json', 3], ['csv', 2]], rows: [5, 40], seq: 0,
    mkRow: (d, i) => ({ i, p: d.person(), nick: d.r.pick(NICKS) }),
    cols: [
      col(['退款编号'], (x, d) => D.orderNo(d.r), { k: ['refundId'], req: true }), col(['订单号'], (x, d) => D.orderNo(d.r), { k: ['orderId'], req: true }),
      col(['买家昵称'], (x) => x.nick, { k: ['buyerNick'] }), F.name(['退货人', '联系人', '收货人'], 'p', { k: ['receiverName', 'contactName'] }),
      F.mob(['联系电话', '手机'], 'p', { k: ['receiverMobile', 'contactPhone'] }), col(['退款原因'], pickF(['七天无理由', '尺码不合适', '质量问题', '发错货', '商品与描述不符']), { k: ['reason'] }),
      col(['退款金额'], amtF(9.9, 2999), { k: ['refundFee'] }), col(['申请时间'], (x, d) => D.ts13(d.r), { k: ['created'] }), col(['退货物流单号'], (x, d) => D.waybill(d.r), { p: 0.6, k: ['returnWaybill'] }),
      F.addr(['退货地址', '地址'], 'p', { p: 0.3 }),
    ],
  });
} };

KINDS.ec_member_export = { n: 12, industry: 'ecommerce', gen(d) {
  const store = d.r.pick(['李宁', '周大福', '安踏', '屈臣氏', '名创优品']) + d.r.pick(COUNTIES).city.replace('市', '') + d.r.pick(['万达店', '王府井店', '天街店', '万象城店']);
  return buildTable(d, {
    layouts: [['csv', 6], ['tsv', 2], ['json', 1], ['md', 1]], rows: [10, 60], seq: 0.3, hmode: [['zh', 8], ['en', 2]],
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1960, y1: 2006 }) }),
    cols: [
      col(['会员卡号', '会员编号'], (x, d) => D.memberNo(d.r), { en: ['Member No.'], req: true, pin: true }), F.name(['会员姓名', '姓名', '顾客姓名'], 'p', { en: ['Name', 'Member Name'] }),
      F.mob(['手机号', '会员手机'], 'p', { en: ['Mobile'], req: true }), F.gender(), col(['生日'], (x) => `${p2(x.p.birth.m)}-${p2(x.p.birth.d)}`, { en: ['Birthday'], p: 0.6 }),
      col(['积分', '可用积分'], (d) => String(d.r.int(0, 50000)), { en: ['Points'] }), col(['会员等级'], pickF(['普通', '银卡', '金卡', '钻石卡']), { en: ['Level'] }),
      col(['注册门店'], () => store, { en: ['Store'], p: 0.6 }), F.mail(['邮箱'], 'p', { p: 0.35 }), col(['最近消费'], dateF(2023, 2024), { en: ['Last Visit'] }),
    ],
  });
} };


KINDS.ec_merchant_onboarding = { n: 12, industry: 'ecommerce', gen(d) {
  return buildTable(d, {
    layouts: [['kv', 3], ['json', 3], ['csv', 3], ['jsonl', 1]], rows: [3, 25], seq: 0.2, recLabel: '商家',
    mkRow: (d, i) => { const co = corp(d); const lr = d.person({ y0: 1960, y1: 2000 }); const sole = co.uscc[0] === '9' && co.uscc[1] === '2'; return { i, co, lr, mgr: d.r.chance(0.5) ? lr : d.person(), sole }; },
    cols: [
      col(['店铺名称'], (x, d) => x.lr.name[0] + d.r.pick(['记', '家']) + d.r.pick(['小吃', '茶饮', '服饰', '百货', '数码']) + d.r.pick(['旗舰店', '专营店', '小店']), { req: true, k: ['shopName'] }),
      col(['主体名称', '营业执照名称'], (x) => x.co.name, { req: true, k: ['entityName'] }), col(['统一社会信用代码', '营业执照号'], (x, d) => d.uscc(x.co.uscc), { req: true, k: ['licenseNo', 'uscc'] }),
      F.name(['法人姓名', '法定代表人', '经营者姓名'], 'lr', { k: ['legalPersonName'] }), F.id(['法人身份证号', '经营者身份证号'], 'lr', { k: ['legalPersonIdNo'] }),
      F.name(['店铺负责人', '运营联系人'], 'mgr', { k: ['contactName'] }), F.mob(['负责人手机', '联系手机'], 'mgr', { k: ['contactMobile'] }),
      col(['客服电话'], (x, d) => (d.r.chance(0.5) ? '400-' + d.r.nz(3) + '-' + d.r.digits(4) : d.land(x.co.land)), { p: 0.7, k: ['servicePhone'] }), F.mail(['联系邮箱'], 'mgr', { p: 0.6, k: ['email'] }),
      col(['结算账户'], (x, d) => (x.sole ? d.card(x.lr.card) : D.corpAcct(d.r)), { p: 0.7, k: ['settleAccount'] }), col(['经营类目'], pickF(['食品', '服饰鞋包', '3C数码', '美妆个护', '家居日用'])),
      col(['入驻时间'], (x, d) => stamp(d), { k: ['createdAt'] }), col(['保证金(元)'], (d) => String(d.r.pick([1000, 5000, 10000, 20000]))),
    ],
    pre: () => ['商家入驻资料汇总'],
  });
} };

// ---------------------------------------------------------------- hotels / travel
KINDS.hotel_checkin = { n: 12, industry: 'hotel', gen(d) {
  const hotel = d.r.pick(COUNTIES).city.replace('市', '') + d.r.pick(['王府井', '黄浦江畔', '周庄', '高铁站', '会展中心']) + d.r.pick(['大酒店', '假日酒店', '全季酒店', '亚朵酒店']);
  const mkDoc = (d, p) => { const t = d.r.wpick([['身份证', 80], ['护照', 8], ['港澳通行证', 4], ['台胞证', 3], ['回乡证', 3], ['无', 2]]);
    return { t, v: t === '身份证' ? p.id : t === '护照' ? genPassport(d.r) : t === '港澳通行证' ? genHKMO(d.r) : t === '台胞证' ? d.r.nz(8) : t === '回乡证' ? d.r.pick(['H', 'M']) + d.r.digits(8) + (d.r.chance(0.5) ? d.r.digits(2) : '') : '' }; };
  const write = (d, x) => (x.t === '身份证' ? d.id(x.v) : x.t === '护照' ? d.pass(x.v) : x.t === '无' ? '' : d.permit(x.v));
  return buildTable(d, {
    layouts: [['csv', 4], ['tsv', 3], ['fixed', 2], ['json', 1]], rows: [8, 50], seq: 0.3,
    mkRow: (d, i) => { const p = d.person({ y0: 1950, y1: 2005 }); const c = d.r.chance(0.35) ? d.person() : null; return { i, p, c, dp: mkDoc(d, p), dc: c ? mkDoc(d, c) : null, room: String(d.r.int(2, 28)) + p2(d.r.int(1, 40)) }; },
    cols: [
      col(['房号'], (x) => x.room, { req: true, pin: true }), F.name(['入住人', '宾客姓名', '客人姓名', '住客'], 'p', { k: ['guestName'] }), F.gender('p', { p: 0.4 }),
      col(['证件类型'], (x) => x.dp.t, { req: true }), col(['证件号码', '证件号'], (x, d) => write(d, x.dp), { req: true }),
      F.mob(['手机', '联系电话'], 'p', { p: 0.8 }), col(['入住时间'], (x, d) => stamp(d)), col(['预离时间', '离店时间'], dateF(2024, 2024)),
      col(['房价'], amtF(198, 1288)), F.name(['同住人'], 'c', { req: false, p: 0.7 }), col(['同住人证件号'], (x, d) => (x.c ? write(d, x.dc) : ''), { p: 0.5 }),
      col(['订单来源'], pickF(['携程', '美团', '飞猪', '前台散客', '协议单位'])), col(['渠道订单号'], (x, d) => D.orderNo(d.r), { p: 0.5 }),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${hotel} 在住宾客登记表`, `打印时间：${stamp(d)}`]),
  });
} };

KINDS.travel_tour_group = { n: 12, industry: 'travel', gen(d) {
  const dest = d.r.pick(['日本', '泰国', '新加坡马来西亚', '法瑞意', '澳大利亚', '港澳']); const hk = dest === '港澳';
  return buildTable(d, {
    layouts: [['csv', 4], ['tsv', 3], ['fixed', 2], ['md', 1]], rows: [10, 40], seq: 0.9, hmode: [['zh', 8], ['en', 2]],
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1945, y1: 2015 }), e: d.r.chance(0.8) ? d.person() : null, pp: hk ? genHKMO(d.r) : genPassport(d.r) }),
    cols: [
      F.name(['姓名', '中文姓名', '游客姓名'], 'p', { en: ['Name (CN)', 'Chinese Name'] }), col(['姓名拼音', '英文名'], (x) => `${x.p.py[0].toUpperCase()}/${(x.p.py[1] || x.p.py[0]).toUpperCase()}`, { en: ['Surname/Given Name'], p: 0.8 }),
      F.gender('p', { p: 0.8 }), F.birth(['出生日期'], 'p', { p: 0.9 }),
      col(hk ? ['港澳通行证号', '通行证号码'] : ['护照号码', '护照号', '护照'], (x, d) => (hk ? d.permit(x.pp) : d.pass(x.pp)), { en: hk ? ['Permit No.'] : ['Passport No.'], req: true }),
      col(['签发地'], pickF(['北京', '上海', '广东', '浙江', '四川', '湖北']), { p: 0.6 }), col(['有效期至', '护照有效期'], dateF(2025, 2034), { p: 0.7 }),
      F.id(['身份证号'], 'p', { p: 0.3 }), F.mob(['手机', '联系电话'], 'p', { en: ['Mobile'] }),
      F.name(['紧急联系人'], 'e', { req: false, p: 0.5, en: ['Emergency Contact'] }), F.mob(['紧急联系人电话'], 'e', { p: 0.5 }), col(['房间分配'], (d) => d.r.pick(['双标', '大床', '单间差']), { p: 0.4 }),
    ],
    pre: () => [`${dest}${d.r.int(5, 12)}日游 出团名单`, `团号：${d.r.pick(['JP', 'TH', 'SG', 'EU', 'AU', 'HK'])}${d.r.digits(8)}`],
  });
} };

KINDS.travel_ticket_orders = { n: 12, industry: 'travel', gen(d) {
  const corpBuyer = d.r.chance(0.5) ? corp(d) : null;
  return buildTable(d, {
    layouts: [['csv', 4], ['json', 2], ['tsv', 2], ['jsonl', 1], ['kv', 1]], rows: [5, 40], seq: 0.3, recLabel: '订单',
    mkRow: (d, i) => { const p = d.person({ y0: 1950, y1: 2010 }); const pass = d.r.chance(0.1); return { i, p, pass, pp: pass ? genPassport(d.r) : null, bk: d.r.chance(0.5) ? p : d.person(), rail: d.r.chance(0.6) }; },
    cols: [
      col(['订单号'], (x, d) => (x.rail ? D.ticketOrder(d.r) : D.orderNo(d.r)), { req: true, pin: true, k: ['orderNo'] }),
      F.name(['乘车人', '乘客姓名', '乘机人', '出行人'], 'p', { k: ['passengerName'] }), col(['证件类型'], (x) => (x.pass ? '护照' : '身份证'), { p: 0.7 }),
      col(['证件号码', '证件号'], (x, d) => (x.pass ? d.pass(x.pp) : d.id(x.p.id)), { req: true, k: ['certNo'] }), F.mob(['乘客手机', '手机号'], 'p', { p: 0.7 }),
      col(['车次/航班', '车次', '航班号'], (x, d) => (x.rail ? d.r.pick(['G', 'D', 'K', 'Z']) + d.r.int(1, 2999) : d.r.pick(['CA', 'MU', 'CZ', 'HU', '3U']) + d.r.int(1000, 9999))),
      col(['出发日期'], dateF(2024, 2024)), col(['座席'], (x, d) => (x.rail ? d.r.pick(['二等座', '一等座', '硬卧', '商务座']) : d.r.pick(['经济舱', '公务舱']))), col(['票价'], amtF(45, 3800)),
      F.name(['联系人', '预订人'], 'bk', { req: false, p: 0.6 }), F.mob(['联系人电话', '预订人手机'], 'bk', { p: 0.6 }),
      col(['成本中心'], () => (corpBuyer ? corpBuyer.name : '个人'), { p: 0.4 }),
    ],
    pre: () => [corpBuyer ? `${corpBuyer.name} 差旅订单明细` : '购票订单导出'],
  });
} };

// ---------------------------------------------------------------- government affairs
KINDS.gov_dibao_list = { n: 12, industry: 'government', gen(d) {
  const r = d.r; const c = r.pick(COUNTIES); const town = r.pick(TOWNS); const publicity = r.chance(0.3);
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['fixed', 2], ['md', 1]], rows: [8, 60], seq: 0.9,
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1935, y1: 1995 }), v: d.r.pick(VILLAGES) }),
    cols: [
      col(['乡镇（街道）', '街道'], () => town, { p: 0.6 }), col(['村（社区）', '社区', '村'], (x) => x.v, { p: 0.8 }), F.name(['户主姓名', '户主', '申请人', '姓名'], 'p'),
      col(['身份证号', '身份证号码', '公民身份号码'], (x, d) => (publicity ? maskID(x.p.id, d.r) : d.maybe(() => d.id(x.p.id))), { req: true }),
      col(['家庭人口'], (d) => String(d.r.int(1, 6))), col(['保障人数', '享受人数'], (d) => String(d.r.int(1, 5))), col(['保障类别', '类别'], pickF(['A类', 'B类', 'C类', '特困'])),
      col(['月保障金(元)', '月发放金额'], amtF(300, 2400)), col(['低保证号', '证号'], (x, d) => 'DB' + c.code + d.r.digits(5), { p: 0.5 }),
      col(['银行账号', '一卡通账号', '社保卡金融账号', '发放账号'], (x, d) => (publicity ? maskCard(x.p.card, d.r) : d.maybe(() => d.card(x.p.card))), { p: 0.7 }),
      col(['联系电话'], (x, d) => (publicity ? maskMobile(x.p.mobile, d.r) : d.maybe(() => d.mob(x.p.mobile))), { p: 0.6 }),
      col(['致贫原因', '备注'], pickF(['因病', '因残', '缺劳力', '老年', '']), { p: 0.5 }),
    ],
    pre: () => [`${c.city}${c.dist}${town} 2024年${r.int(1, 12)}月城乡最低生活保障${publicity ? '公示' : '发放'}名册`, ...(publicity ? ['公示期：7天。监督电话：' + d.land(genLandline(r, c.area))] : [])],
    post: () => [`制表单位：${town}社会事务办`, `审核人${d.st.colon}${d.staff(d.person())}`],
  });
} };

KINDS.gov_social_insurance = { n: 12, industry: 'government', gen(d) {
  const co = corp(d);
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 3], ['fixed', 1], ['json', 1]], rows: [8, 60], seq: 0.6,
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1962, y1: 2004 }) }),
    cols: [
      col(['个人编号', '个人社保编号'], (x, d) => decoy(() => d.r.nz(10)), { req: true, pin: true }), F.name(['姓名', '参保人姓名'], 'p'),
      F.id(['社会保障号码', '公民身份号码', '身份证号'], 'p', { req: true }), F.gender(), col(['参保日期', '首次参保时间'], dateF(2005, 2024)),
      col(['缴费基数'], amtF(3500, 33000)), col(['单位名称'], () => co.name, { p: 0.6 }), col(['单位统一社会信用代码', '统一社会信用代码', '单位信用代码'], (x, d) => d.uscc(co.uscc), { p: 0.5 }),
      col(['参保险种'], pickF(['养老、医疗、失业、工伤、生育', '养老、医疗', '五险'])), col(['参保状态'], pickF(['正常参保', '正常参保', '暂停缴费', '终止'])),
      F.mob(['手机号码', '联系电话'], 'p', { p: 0.5 }),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${co.name} 社会保险参保人员明细`, `单位编号：${d.r.nz(8)}`]),
  });
} };

KINDS.gov_village_roster = { n: 12, industry: 'government', gen(d) {
  const r = d.r; const vill = r.pick(VILLAGES); const town = r.pick(TOWNS); const c = r.pick(COUNTIES);
  const rows = []; let i = 0;
  return buildTable(d, {
    layouts: [['csv', 5], ['tsv', 2], ['fixed', 2], ['md', 1]], rows: [15, 70], seq: 0.7, shuffle: 0.1,
    mkRow: (d) => {
      if (!rows.length || rows[rows.length - 1].left <= 0) { const h = d.person({ gender: d.r.chance(0.85) ? 'M' : 'F', y0: 1940, y1: 1985, county: c }); rows.push({ h, no: r.digits(4), left: r.int(1, 5), sp: null }); return { i: i++, hh: rows[rows.length - 1], p: h, rel: '户主' }; }
      const hh = rows[rows.length - 1]; hh.left--;
      const rel = hh.sp ? r.pick(['子', '女', '孙子', '孙女', '儿媳', '母亲']) : '配偶';
      const p = rel === '配偶' ? (hh.sp = relative(d, hh.h, 'spouse')) : rel === '母亲' ? relative(d, hh.h, 'parent') : ['子', '孙子'].includes(rel) ? d.person({ gender: 'M', sur: hh.h.sur || undefined, kind: 'common', y0: hh.h.birth.y + 20, y1: Math.min(2022, hh.h.birth.y + 45) }) : d.person({ gender: 'F', sur: rel === '儿媳' ? undefined : hh.h.sur || undefined, kind: 'common', y0: hh.h.birth.y + 20, y1: Math.min(2022, hh.h.birth.y + 45) });
      p.county = c; return { i: i++, hh, p, rel };
    },
    cols: [
      col(['户号', '户编号'], (x) => x.hh.no, { req: true, pin: true }), col(['户主姓名', '户主'], (x, d) => d.name(x.hh.h), { p: 0.7 }), F.name(['姓名', '成员姓名'], 'p'),
      col(['与户主关系', '关系'], (x) => x.rel, { req: true }), F.gender(), col(['民族'], (x, d) => nationOf(x.p, d.r), { p: 0.6 }), F.birth(['出生日期', '出生年月'], 'p', { p: 0.6 }),
      col(['身份证号', '公民身份号码', '身份证号码'], (x, d) => d.maybe(() => (x.p.birth.y < 1965 && d.r.chance(0.25) ? d.id15(x.p.id.slice(0, 6) + x.p.id.slice(8, 17)) : d.id(x.p.id)))),
      col(['文化程度'], pickF(['小学', '初中', '高中', '大专', '本科', '文盲']), { p: 0.5 }), col(['联系电话', '户主电话'], (x, d) => (x.rel === '户主' ? d.maybe(() => d.mob(x.p.mobile)) : ''), { p: 0.7 }),
      col(['备注'], pickF(['', '', '', '外出务工', '五保户', '党员', '在校学生']), { p: 0.5 }),
    ],
    pre: () => [`${c.city}${c.dist}${town}${vill}村民花名册`, `填报日期：2024年${r.int(1, 12)}月`],
  });
} };

// ---------------------------------------------------------------- recruiting
const SCHOOLS = ['华中科技大学', '武汉大学', '浙江大学', '中山大学', '四川大学', '西安交通大学', '南京大学', '山东大学', '郑州大学', '深圳大学'];
const JOBS = ['Java开发工程师', '产品经理', '会计', '销售代表', '数据分析师', '行政专员', 'UI设计师', '运维工程师', '客服主管', '人力资源专员'];
KINDS.hr_resume_db = { n: 12, industry: 'recruiting', gen(d) {
  const r = d.r; const n = r.int(3, 15); const out = [r.pick(['# 人才库导出', '# 候选人简历汇总', '简历库（内推）']), `导出时间：${stamp(d)}`, ''];
  const style = r.pick(['md', 'kv', 'inline']);
  for (let i = 0; i < n; i++) {
    const p = d.person({ y0: 1980, y1: 2002 }); const a = age(p);
    const exp = []; let y = 2024; for (let k = 0; k < r.int(1, 3); k++) { const y0 = y - r.int(1, 5); exp.push(`${y0}.${p2(r.int(1, 12))}-${k === 0 ? '至今' : y + '.' + p2(r.int(1, 12))} ${r.chance(0.3) ? genOrg(r) : r.pick(BRAND_ORGS) + '有限公司'} ${r.pick(JOBS)}`); y = y0; }
    if (style === 'md') {
      out.push(`## ${r.pick(['候选人', '姓名'])}：${d.name(p)}`, `- 性别：${genderCN(p)}    年龄：${a}`, `- 手机：${d.maybe(() => d.mob(p.mobile))}`, `- 邮箱：${d.maybe(() => d.mail(p.email), 0.1)}`);
      if (r.chance(0.3)) out.push(`- 身份证号：${d.id(p.id)}`);
      out.push(`- 现居地：${p.county.city}${p.county.dist}`, `- 求职意向：${r.pick(JOBS)}  期望薪资：${r.int(8, 40)}K`, '- 工作经历：', ...exp.map((e) => '  - ' + e), `- 教育经历：${p.birth.y + 18}-${p.birth.y + 22} ${r.pick(SCHOOLS)} 本科`, '');
    } else if (style === 'kv') {
      out.push(`【简历${i + 1}】`, d.kv('姓名', d.name(p)), d.kv('性别', genderCN(p)), d.kv('出生年月', `${p.birth.y}.${p2(p.birth.m)}`), d.kv('联系电话', d.mob(p.mobile)), d.kv('电子邮箱', d.mail(p.email)));
      if (r.chance(0.3)) out.push(d.kv('身份证', d.id(p.id)));
      out.push(d.kv('应聘岗位', r.pick(JOBS)), d.kv('工作经历', exp.join('；')), d.kv('毕业院校', r.pick(SCHOOLS)), '');
    } else {
      out.push(`【${d.name(p)}】 ${genderCN(p)} | ${a}岁 | ${d.mob(p.mobile)} | ${d.mail(p.email)} | ${r.pick(SCHOOLS)} | ${r.pick(JOBS)}`, `    经历：${exp.join('；')}`, '');
    }
  }
  out.push(r.pick(['说明：以上简历仅供内部招聘使用。', '备注：候选人信息来源于智联招聘、BOSS直聘。']));
  return { text: out.join('\n') + '\n', ext: style === 'md' ? 'md' : 'txt', enc: d.r.chance(0.1) ? 'gb18030' : 'utf8' };
} };

KINDS.hr_candidates = { n: 12, industry: 'recruiting', gen(d) {
  const interviewers = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['csv', 6], ['tsv', 2], ['json', 2]], rows: [8, 50], seq: 0.3, hmode: [['py', 4], ['en', 4], ['zh', 2]],
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1978, y1: 2003 }), m: d.r.pick(interviewers) }),
    cols: [
      F.name(['姓名', '候选人'], 'p', { py: ['xingming', 'xm'], en: ['Name', 'Candidate'], k: ['name', 'xingming'] }),
      F.mob(['手机', '手机号'], 'p', { py: ['shoujihao', 'sjh', 'lianxidianhua'], en: ['Mobile', 'Phone'], req: true }),
      F.mail(['邮箱'], 'p', { py: ['youxiang'], en: ['Email'], p: 0.8 }), F.id(['身份证号'], 'p', { py: ['shenfenzheng', 'sfzh'], en: ['ID No.'], p: 0.4 }),
      col(['学历'], pickF(['本科', '硕士', '大专', '博士']), { py: ['xueli'], en: ['Degree'] }), col(['工作年限'], (d) => String(d.r.int(0, 20)), { py: ['gongzuonianxian'], en: ['Years'] }),
      col(['应聘职位'], pickF(JOBS), { py: ['yingpinzhiwei'], en: ['Position'] }), col(['来源'], pickF(['BOSS直聘', '智联招聘', '猎聘', '内推', '校园招聘']), { py: ['laiyuan'], en: ['Source'] }),
      col(['面试官'], (x, d) => d.staff(x.m), { py: ['mianshiguan'], en: ['Interviewer'], p: 0.4 }), col(['状态'], pickF(['待面试', '一面通过', '已发offer', '淘汰']), { py: ['zhuangtai'], en: ['Status'] }),
    ],
  });
} };

// ---------------------------------------------------------------- events
KINDS.event_signup = { n: 12, industry: 'events', gen(d) {
  const ev = d.r.pick(['2024数字金融创新峰会', '第五届医疗器械产业大会', '新能源汽车供应链论坛', '跨境电商年度大会', '城市马拉松志愿者招募']);
  return buildTable(d, {
    layouts: [['csv', 6], ['tsv', 2], ['md', 1], ['json', 1]], rows: [10, 60], seq: 0.5, hmode: [['zh', 6], ['en', 4]],
    mkRow: (d, i) => { const p = d.person({ y0: 1965, y1: 2003 }); return { i, p, co: genOrg(d.r), title: d.r.pick(['总经理', '技术总监', '采购经理', '市场专员', '研究员', '董事长', '工程师']) }; },
    cols: [
      col(['姓名', '参会人', '报名人'], (x, d) => d.name(x.p, { title: d.r.chance(0.15) ? (x.p.gender === 'M' ? ' 先生' : ' 女士') : '' }), { en: ['Name', 'Attendee'], req: true }),
      col(['单位', '公司名称', '工作单位'], (x) => x.co, { en: ['Company', 'Organization'] }), col(['职务'], (x) => x.title, { en: ['Title', 'Position'], p: 0.7 }),
      F.mob(['手机', '手机号码'], 'p', { en: ['Mobile', 'Phone'], req: true }), F.mail(['邮箱'], 'p', { en: ['Email'], p: 0.7 }),
      F.id(['身份证号（安保登记用）', '身份证号'], 'p', { en: ['ID No.'], p: 0.4 }), col(['参会类型'], pickF(['嘉宾', '观众', '媒体', '展商']), { en: ['Type'] }),
      col(['是否用餐'], pickF(['是', '否']), { en: ['Lunch'], p: 0.5 }), col(['报名时间'], (x, d) => stamp(d), { en: ['Registered At'] }),
    ],
    pre: (d, l) => (l === 'json' ? [] : [`${ev} 报名表`]),
  });
} };

// ---------------------------------------------------------------- HR payroll
KINDS.hr_payslip = { n: 12, industry: 'hr', gen(d) {
  const r = d.r; const co = corp(d); const month = `2024年${p2(r.int(1, 12))}月`; const n = r.int(3, 25); const style = r.pick(['block', 'block', 'csvrep']);
  const items = ['基本工资', '岗位津贴', '绩效奖金', '加班费', '餐补', '交通补贴'];
  const ded = ['养老保险', '医疗保险', '失业保险', '住房公积金', '个人所得税'];
  const out = [];
  if (style === 'csvrep') {
    d.setLayout('csv');
    const hdr = ['工号', '姓名', '部门', ...items, '应发合计', ...ded, '实发工资', '工资卡号'];
    out.push(`${co.name}${month}工资条`);
    for (let i = 0; i < n; i++) { const p = d.person({ y0: 1970, y1: 2003 }); const vals = items.map(() => r.amount(0, 9000)); out.push(hdr.join(','), ['E' + r.digits(5), d.name(p), r.pick(['研发部', '财务部', '市场部', '生产部']), ...vals, r.amount(5000, 30000), ...ded.map(() => r.amount(50, 3000)), r.amount(4000, 25000), d.maybe(() => d.card(p.card))].map((c) => csvCell(c, ',')).join(','), ''); }
    return { text: out.join('\r\n') + '\n', ext: 'csv', enc: r.pick(['gb18030', 'utf8bom', 'utf8']) };
  }
  for (let i = 0; i < n; i++) {
    const p = d.person({ y0: 1970, y1: 2003 });
    out.push('='.repeat(40), `${co.name}  ${month} 工资条`, `${d.kv('姓名', d.name(p))}    ${d.kv('工号', 'E' + r.digits(5))}    ${d.kv('部门', r.pick(['研发部', '财务部', '市场部', '生产部']))}`);
    out.push(items.map((k) => d.kv(k, r.amount(0, 9000))).join('  '), ded.map((k) => d.kv(k, r.amount(50, 3000))).join('  '));
    out.push(`${d.kv('实发工资', r.amount(4000, 25000))}    ${d.kv('工资卡号', d.card(p.card))}（${r.pick(BANKS)}）`);
    if (r.chance(0.3)) out.push(d.kv('身份证号', d.id(p.id)));
    if (r.chance(0.3)) out.push(d.kv('发送邮箱', d.mail(p.email)));
    out.push('');
  }
  out.push('如对工资有疑问，请于3个工作日内联系人力资源部。');
  return { text: out.join('\n') + '\n', ext: 'txt', enc: r.pick(['utf8', 'utf8', 'gb18030', 'utf16le']) };
} };

const PAY_FILL = ['基本工资', '岗位工资', '薪级工资', '绩效工资', '年功工资', '全勤奖', '加班费', '高温补贴', '通讯补贴', '交通补贴', '餐补', '住房补贴', '子女教育扣除', '赡养老人扣除', '住房贷款利息扣除',
  '养老个人', '医疗个人', '失业个人', '公积金个人', '养老单位', '医疗单位', '工伤单位', '生育单位', '公积金单位', '应纳税所得额', '本月个税', '累计个税', '病假扣款', '事假扣款', '工会会费'].map((h) => filler([h], amtF(0, 8000)));
KINDS.hr_payroll_wide = { n: 12, industry: 'hr', gen(d) {
  const bank = d.r.pick(BANKS);
  return buildTable(d, {
    layouts: [['csv', 6], ['tsv', 3], ['json', 1]], rows: [8, 60], seq: 0.8, shuffle: 0,
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1968, y1: 2004 }) }),
    cols: [
      col(['工号', '员工编号'], (x, d) => 'HR' + d.r.digits(6), { req: true }), F.name(['姓名', '员工姓名'], 'p'), col(['部门'], pickF(['总经办', '财务中心', '技术部', '销售一部', '销售二部', '仓储部'])),
      col(['岗位'], pickF(['经理', '主管', '专员', '工程师', '操作工', '司机']), { p: 0.6 }), F.id(['身份证号', '证件号码'], 'p', { p: 0.8 }),
      col(['入职日期'], dateF(2008, 2024), { p: 0.6 }), F.card(['银行卡号', '工资卡号', '卡号'], 'p', { req: true }), col(['开户行'], () => bank, { p: 0.7 }), F.mob(['手机号'], 'p', { p: 0.3 }),
      col(['应发工资'], amtF(4000, 40000), { req: true }), col(['实发工资'], amtF(3500, 32000), { req: true }),
    ],
    filler: { n: [12, 28], pool: PAY_FILL },
    pre: (d, l) => (l === 'json' ? [] : [`${genOrg(d.r)} 2024年${d.r.int(1, 12)}月工资表`, '单位：元']),
  });
} };

// ---------------------------------------------------------------- legal
KINDS.legal_parties = { n: 12, industry: 'legal', gen(d) {
  const r = d.r; const out = []; const caseNo = D.caseNo(r); const style = r.pick(['prose', 'prose', 'table']);
  const firm = r.pick(['北京市中伦', '上海市锦天城', '广东华商', '浙江天册', '北京大成']) + '律师事务所';
  const persons = Array.from({ length: r.int(1, 4) }, () => d.person({ y0: 1950, y1: 2000 }));
  const companies = Array.from({ length: r.int(0, 2) }, () => ({ ...corp(d), lr: d.person() }));
  const lawyer = d.person();
  if (style === 'prose') {
    out.push(r.pick(['民事起诉状', '当事人信息确认书', '送达地址确认书（当事人信息）']), `案号：${caseNo}`, '');
    const roles = ['原告', '被告', '第三人'];
    persons.forEach((p, i) => {
      const role = i === 0 ? '原告' : r.pick(roles);
      const bits = [`${role}：${d.name(p)}`, genderCN(p), `${p.birth.y}年${p.birth.m}月${p.birth.d}日出生`, nationOf(p, r), `住${p.addr}`];
      if (r.chance(0.85)) bits.push(`公民身份号码：${d.id(p.id)}`); if (r.chance(0.8)) bits.push(`联系电话：${d.mob(p.mobile)}`);
      out.push(bits.join('，') + '。');
      if (i === 0 && r.chance(0.7)) out.push(`委托诉讼代理人：${d.staff(lawyer)}，${firm}律师，执业证号：${D.lawyerLic(r)}，联系电话：${d.mob(lawyer.mobile)}。`);
    });
    companies.forEach((c) => { out.push(`被告：${c.name}，住所地：${c.addr}，统一社会信用代码：${d.uscc(c.uscc)}。`, `法定代表人：${d.name(c.lr)}，${r.pick(['总经理', '执行董事', '董事长'])}。`); if (r.chance(0.5)) out.push(`联系电话：${d.land(c.land)}。`); });
    out.push('', '诉讼请求：', `1. 判令被告偿还借款本金${r.int(1, 90)}0000元及利息；`, '2. 本案诉讼费由被告承担。', '', '事实与理由：' + r.pick(['原、被告系朋友关系。2022年3月，被告因经营周转向原告借款，约定于2023年底前归还，后经多次催要未果。', '被告系原告承租房屋的出租方，原告于王府井附近承租商铺，被告未按约退还押金。']), '', `此致`, `${r.pick(COUNTIES).city}${r.pick(COUNTIES).dist}人民法院`);
    return { text: out.join('\n') + '\n', ext: r.pick(['txt', 'md']), enc: r.chance(0.15) ? 'gb18030' : 'utf8' };
  }
  d.setLayout('md');
  out.push(`# 当事人信息表`, '', `案号：${caseNo}`, '', '| 诉讼地位 | 姓名/名称 | 证件号码 | 联系电话 | 送达地址 |', '| --- | --- | --- | --- | --- |');
  persons.forEach((p, i) => out.push(`| ${i === 0 ? '原告' : r.pick(['被告', '第三人'])} | ${d.name(p)} | ${d.maybe(() => d.id(p.id))} | ${d.maybe(() => d.mob(p.mobile))} | ${p.addr} |`));
  companies.forEach((c) => out.push(`| 被告 | ${c.name} | ${d.uscc(c.uscc)} | ${d.land(c.land)} | ${c.addr} |`));
  out.push('', `法定代表人/负责人：${companies.length ? companies.map((c) => d.name(c.lr)).join('、') : '无'}`, `承办律师：${d.staff(lawyer)}（${firm}）`);
  return { text: out.join('\n') + '\n', ext: 'md', enc: 'utf8' };
} };

KINDS.legal_client_intake = { n: 12, industry: 'legal', gen(d) {
  const lawyers = [d.person(), d.person()];
  return buildTable(d, {
    layouts: [['kv', 5], ['json', 3], ['csv', 2]], rows: [2, 15], seq: 0, recLabel: '委托人',
    mkRow: (d, i) => ({ i, p: d.person({ y0: 1950, y1: 2002 }), o: d.person(), l: d.r.pick(lawyers) }),
    cols: [
      col(['收案编号'], (x, d) => 'SA' + d.r.int(2023, 2024) + d.r.digits(4), { req: true }), F.name(['委托人', '委托人姓名', '当事人'], 'p', { k: ['clientName'] }),
      F.id(['身份证号', '证件号码'], 'p', { k: ['idNo'] }), F.mob(['联系电话', '手机'], 'p', { k: ['phone'] }), F.mail(['邮箱'], 'p', { p: 0.4, k: ['email'] }),
      col(['案由'], pickF(['民间借贷纠纷', '离婚纠纷', '劳动争议', '买卖合同纠纷', '机动车交通事故责任纠纷', '房屋租赁合同纠纷']), { k: ['cause'] }),
      F.name(['对方当事人'], 'o', { k: ['opponent'], p: 0.7, req: false }), col(['承办律师', '主办律师'], (x, d) => d.staff(x.l), { p: 0.6, k: ['lawyer'] }),
      col(['律师费(元)'], amtF(5000, 200000), { k: ['fee'] }), col(['委托日期'], dateF(2023, 2024), { k: ['date'] }), F.addr(['送达地址', '联系地址'], 'p', { p: 0.5 }),
    ],
    pre: () => ['律师事务所收案登记'],
  });
} };

// ---------------------------------------------------------------- documents with no personal data (must produce no finding)
const hotline = (r) => r.pick(['95588', '95533', '95599', '95566', '95555', '10086', '10010', '10000', '12345', '95338', '95311', '95518', '95519', '400-' + r.nz(3) + '-' + r.digits(4), '800-' + r.nz(3) + '-' + r.digits(4), '4008' + r.digits(6)]);
function proseMention(d) { // a person mentioned in running prose, no person context: must NOT be reported
  const p = d.person(); const r = d.r;
  return r.pick([`根据${p.name}在年度工作会议上的讲话精神，现将有关事项通知如下。`, `本办法由风险管理部负责解释，${p.name}同志牵头组织实施。`, `会议由${p.name}主持，各部门负责人参加。`,
    `据${p.name}介绍，今年一季度业务量同比增长${r.int(5, 40)}%。`, `副区长${p.name}出席启动仪式并讲话。`]);
}
function cleanTable(d, o) { return buildTable(d, { seq: 0.3, ...o, layouts: o.layouts || [['csv', 4], ['tsv', 2], ['md', 2], ['json', 1], ['fixed', 1]] }); }
const withNotes = (d, res, notes) => { const sep = res.layout === 'json' || res.layout === 'jsonl' ? null : '\n'; if (sep) res.text += notes.join('\n') + '\n'; return res; };

KINDS.clean_bank_rates = { n: 8, clean: true, industry: 'banking', gen(d) {
  const r = d.r; const bank = r.pick(BANKS);
  const items = [['活期存款', '0.10'], ['定期存款 三个月', '1.05'], ['定期存款 六个月', '1.25'], ['定期存款 一年', '1.35'], ['定期存款 二年', '1.45'], ['定期存款 三年', '1.75'], ['定期存款 五年', '1.80'], ['大额存单 20万起 三年', '2.15'], ['一年期LPR', '3.35'], ['五年期以上LPR', '3.85'], ['个人住房公积金贷款 五年以上', '2.85'], ['个人消费贷款（信用）', '3.60起']];
  const res = cleanTable(d, { rows: [items.length, items.length], mkRow: (d, i) => ({ i, it: items[i] }), cols: [
    col(['产品'], (x) => x.it[0], { req: true }), col(['年利率(%)', '执行利率'], (x) => x.it[1], { req: true }), col(['起存金额'], (x) => (x.it[0].includes('存') ? r.pick(['50元', '50元', '20万元']) : '—'), { p: 0.6 }),
    col(['产品代码'], (x, d) => r.pick(['CD', 'TD', 'LN']) + d.r.digits(6), { p: 0.5 }), col(['生效日期'], () => '2024-07-25', { p: 0.7 })],
    pre: () => [`${bank}人民币存贷款挂牌利率表`, `客服热线：${hotline(r)}`] });
  return withNotes(d, res, ['注：1. 以上利率为年利率，实际执行以网点公告为准。', `2. 办理业务请携带本人有效身份证件，如需咨询请致电${hotline(r)}。`, `3. 示例：账号 ${maskCard(genCard(r), r)}，户名 张*。`, r.chance(0.5) ? proseMention(d) : '']);
} };
KINDS.clean_ins_products = { n: 8, clean: true, industry: 'insurance', gen(d) {
  const r = d.r; const prods = ['尊享e生2024版', '金佑人生终身寿险', '少儿重疾险（青春版）', '综合意外险', '鑫享年金保险', '定期寿险（互联网专属）', '长期医疗险', '防癌险', '交通意外险', '学平险'];
  const res = cleanTable(d, { rows: [6, 10], mkRow: (d, i) => ({ i, n: prods[i % prods.length] }), cols: [
    col(['产品代码'], (x, d) => D.sku(d.r), { req: true }), col(['产品名称'], (x) => x.n, { req: true }), col(['保险期间'], pickF(['1年', '至70周岁', '终身', '20年'])),
    col(['缴费方式'], pickF(['年缴', '月缴', '趸缴'])), col(['投保年龄'], pickF(['出生满28天-60周岁', '18-65周岁', '0-17周岁'])), col(['保费(元/年)'], amtF(99, 12000)), col(['等待期'], pickF(['30天', '90天', '180天'])),
    col(['备案编号'], (x, d) => `${r.pick(['平安', '国寿', '泰康'])}[2024]${r.pick(['医疗', '疾病', '意外'])}保险${d.r.int(100, 999)}号`, { p: 0.5 })],
    pre: () => ['在售保险产品目录'] });
  return withNotes(d, res, ['投保须知：投保人须为被保险人本人或其配偶、子女、父母；受益人默认为法定。', '投保时需提供投保人姓名、证件号码、手机号码等信息，请如实告知。', `服务电话：${hotline(r)}`]);
} };
KINDS.clean_sec_market = { n: 8, clean: true, industry: 'securities', gen(d) {
  const r = d.r; const stocks = [['600859', '王府井'], ['600895', '张江高科'], ['002867', '周大生'], ['600993', '马应龙'], ['300999', '金龙鱼'], ['600054', '黄山旅游'], ['002414', '高德红外'], ['000069', '华侨城A'], ['600519', '贵州茅台'], ['000001', '平安银行'], ['601318', '中国平安'], ['300750', '宁德时代'], ['600036', '招商银行'], ['002594', '比亚迪']];
  const bigAmt = r.chance(0.5);
  const res = cleanTable(d, { rows: [8, 14], mkRow: (d, i) => ({ i, s: stocks[i % stocks.length] }), cols: [
    col(['证券代码', '代码'], (x) => x.s[0], { req: true }), col(['证券简称', '名称'], (x) => x.s[1], { req: true }), col(['收盘价'], amtF(3, 1800)), col(['涨跌幅(%)'], (d) => d.r.amount(-9.9, 9.9)),
    col(['成交量(股)'], (d) => String(d.r.int(100000, 900000000))),
    col(['成交额(元)'], (x, d) => { if (bigAmt && d.r.chance(0.3)) { const v = genMobile(d.r); d.allow('cn_mobile', v); return v; } return d.r.amount(1e7, 9e9, 2); }, { req: true }),
    col(['换手率(%)'], (d) => d.r.amount(0.1, 15)), col(['日期'], () => `2024-0${r.int(1, 9)}-${p2(r.int(1, 28))}`)],
    pre: () => ['自选股行情日报'] });
  return withNotes(d, res, ['数据来源：交易所公开行情，仅供参考，不构成投资建议。']);
} };
KINDS.clean_tel_tariffs = { n: 8, clean: true, industry: 'telecom', gen(d) {
  const r = d.r; const res = cleanTable(d, { rows: [5, 10], mkRow: (d, i) => ({ i }), cols: [
    col(['套餐名称'], (x, d) => d.r.pick(['5G畅享', '4G全国', '冰激凌', '大王卡', '花卡', '宝藏卡']) + d.r.pick([29, 39, 59, 79, 99, 129, 199]) + '元', { req: true }),
    col(['月费(元)'], (d) => String(d.r.pick([19, 29, 39, 59, 99, 129, 199]))), col(['国内通用流量'], (d) => d.r.pick([10, 20, 30, 40, 60, 100]) + 'GB'), col(['国内通话(分钟)'], (d) => String(d.r.pick([100, 200, 500, 1000]))),
    col(['超出资费'], () => '0.1元/分钟，3元/GB'), col(['号段'], () => r.pick(['134-139,150-152,157-159,182-184,187,188,195,197,198', '130-132,155,156,166,185,186,196', '133,153,173,177,180,181,189,190,191,193,199'])),
    col(['资费编号'], (x, d) => `24${d.r.pick(['BJ', 'GD', 'SH'])}${d.r.digits(6)}`, { p: 0.6 })],
    pre: () => ['运营商资费公示', `办理热线：${hotline(r)}`] });
  return withNotes(d, res, ['示例号码：138****0000 仅作展示。', `ICCID 示例格式：8986 **** **** **** ****`, '发送短信“CXLL”至10086可查询流量。', r.chance(0.5) ? proseMention(d) : '']);
} };
KINDS.clean_log_prices = { n: 8, clean: true, industry: 'logistics', gen(d) {
  const r = d.r; const provs = ['北京', '上海', '广东', '浙江', '江苏', '四川', '湖北', '河南', '新疆', '西藏', '黑龙江', '海南'];
  const res = cleanTable(d, { rows: [8, 12], mkRow: (d, i) => ({ i, to: provs[i % provs.length] }), cols: [
    col(['始发地'], () => r.pick(['广东', '浙江', '上海']), { req: true }), col(['目的地'], (x) => x.to, { req: true }), col(['首重(元/kg)'], amtF(8, 25, 0)), col(['续重(元/kg)'], amtF(2, 15, 0)),
    col(['时效(天)'], (d) => `${d.r.int(1, 3)}-${d.r.int(3, 6)}`), col(['产品'], pickF(['标快', '特快', '电商件', '重货']))],
    pre: () => [r.pick(['顺丰', '中通', '圆通', '韵达']) + '协议价格表（2024版）'] });
  return withNotes(d, res, [`运单号示例：SF1${'*'.repeat(11)}，可在官网查询。`, `客服电话：${hotline(r)}`, '偏远地区另加收派送费。']);
} };
KINDS.clean_ec_sku = { n: 8, clean: true, industry: 'ecommerce', gen(d) {
  const r = d.r; const res = cleanTable(d, { rows: [8, 30], mkRow: (d, i) => ({ i }), cols: [
    col(['商品编码', 'SKU'], (x, d) => D.sku(d.r), { req: true }), col(['商品名称'], pickF(PRODUCTS), { req: true }), col(['品牌'], pickF(['李宁', '周大福', '王老吉', '马应龙', '张小泉', '汤臣倍健', '安踏'])),
    col(['条形码'], (x, d) => { const b = '69' + d.r.digits(10); let s = 0; for (let k = 0; k < 12; k++) s += +b[k] * (k % 2 ? 3 : 1); return b + ((10 - (s % 10)) % 10); }), col(['售价'], amtF(9.9, 3999)), col(['库存'], (d) => String(d.r.int(0, 5000))),
    col(['产地'], pickF(['广东佛山', '浙江义乌', '福建晋江', '河南周口', '河北张家口'])), col(['上架时间'], (x, d) => D.ts14(d.r), { p: 0.5 })],
    pre: () => ['店铺商品库存表'] });
  return res;
} };
KINDS.clean_med_fees = { n: 8, clean: true, industry: 'healthcare', gen(d) {
  const r = d.r; const items = ['普通门诊诊查费', '主任医师诊查费', '血常规', '尿常规', '肝功能', '胸部CT平扫', '心电图', '腹部彩超', '静脉输液', '住院床位费（三人间）', '核磁共振', '胃镜检查'];
  const res = cleanTable(d, { rows: [8, 12], mkRow: (d, i) => ({ i, it: items[i % items.length] }), cols: [
    col(['项目编码'], (x, d) => d.r.pick(['11', '12', '25', '31']) + d.r.digits(7), { req: true }), col(['项目名称'], (x) => x.it, { req: true }), col(['计价单位'], pickF(['次', '项', '日', '部位'])),
    col(['价格(元)'], amtF(5, 1200)), col(['医保类别'], pickF(['甲类', '乙类', '丙类'])), col(['备注'], pickF(['', '', '含材料', '儿童加收30%']))],
    pre: () => [`${r.pick(COUNTIES).city}医疗服务项目收费标准（节选）`] });
  return withNotes(d, res, ['就诊时请出示医保卡或电子医保凭证；患者姓名、身份证号等信息仅用于挂号。', `咨询电话：${hotline(r)}`]);
} };
KINDS.clean_gov_stats = { n: 8, clean: true, industry: 'government', gen(d) {
  const r = d.r; const c = r.pick(COUNTIES);
  const res = cleanTable(d, { rows: [6, 12], mkRow: (d, i) => ({ i, t: TOWNS[i % TOWNS.length] }), cols: [
    col(['街道（乡镇）'], (x) => x.t, { req: true }), col(['低保户数'], (d) => String(d.r.int(20, 900))), col(['低保人数'], (d) => String(d.r.int(30, 1600))), col(['发放金额(元)'], amtF(10000, 900000)),
    col(['特困人数'], (d) => String(d.r.int(0, 80))), col(['同比(%)'], (d) => d.r.amount(-10, 10))],
    pre: () => [`${c.city}${c.dist}2024年第${r.int(1, 4)}季度社会救助统计表`] });
  return withNotes(d, res, [proseMention(d), '数据截至季度末，由民政局社会救助科汇总。', `监督举报电话：${hotline(r)}`]);
} };
KINDS.clean_auto_models = { n: 8, clean: true, industry: 'automotive', gen(d) {
  const r = d.r; const res = cleanTable(d, { rows: [6, 15], mkRow: (d, i) => ({ i }), cols: [
    col(['品牌'], pickF(['大众', '丰田', '比亚迪', '吉利', '长城', '日产', '五菱']), { req: true }), col(['车型'], pickF(['朗逸', '卡罗拉', '秦PLUS', '星越L', '哈弗H6', '轩逸', '宏光MINIEV'])),
    col(['发动机型号'], pickF(['EA211', '8NR-FTS', 'BYD472QA', 'JLH-4G20TDB', 'GW4B15', 'HR16', 'LN1'])), col(['排量(L)'], pickF(['1.5', '1.5T', '2.0T', '1.2T', '纯电'])), col(['指导价(万元)'], amtF(3, 35)),
    col(['VIN前缀(WMI)'], pickF(['LSV', 'LFV', 'LVG', 'LGX', 'LGW', 'LGB', 'LK6'])), col(['公告批次'], (d) => '第' + d.r.int(350, 380) + '批')],
    pre: () => ['在售车型参数表'] });
  return withNotes(d, res, [`VIN示例：${D.vin(r).slice(0, 11)}******`, '价格以门店为准。']);
} };
KINDS.clean_re_prices = { n: 8, clean: true, industry: 'real_estate', gen(d) {
  const r = d.r; const c = r.pick(COUNTIES); const res = cleanTable(d, { rows: [8, 20], mkRow: (d, i) => ({ i }), cols: [
    col(['小区名称'], pickF(COMPOUNDS), { req: true }), col(['区域'], () => c.dist), col(['板块'], pickF(['王府井', '张江', '周家渡', '高新区', '马家堡', '石门'])),
    col(['挂牌均价(元/㎡)'], (d) => String(d.r.int(8000, 120000))), col(['环比(%)'], (d) => d.r.amount(-3, 3)), col(['在售套数'], (d) => String(d.r.int(1, 400))), col(['建成年代'], (d) => String(d.r.int(1990, 2022)))],
    pre: () => [`${c.city}${c.dist}二手房挂牌价格月报`] });
  return withNotes(d, res, ['房产证号示例：京(2021)朝阳区不动产权第00*****号', r.chance(0.5) ? proseMention(d) : '']);
} };
KINDS.clean_edu_courses = { n: 8, clean: true, industry: 'education', gen(d) {
  const r = d.r; const res = cleanTable(d, { rows: [8, 25], mkRow: (d, i) => ({ i }), cols: [
    col(['课程代码'], (x, d) => d.r.pick(['MATH', 'CS', 'ENG', 'PHY']) + d.r.int(100, 499), { req: true }), col(['课程名称'], pickF(['高等数学A', '数据结构', '大学英语III', '大学物理', '线性代数', '马克思主义基本原理', '概率论'])),
    col(['学分'], pickF(['2', '3', '4', '1.5'])), col(['上课时间'], (d) => `周${d.r.pick(['一', '二', '三', '四', '五'])} ${d.r.int(1, 9)}-${d.r.int(2, 11)}节`), col(['教室'], (d) => d.r.pick(['A', 'B', 'C']) + '-' + d.r.int(101, 520)),
    col(['选课人数'], (d) => String(d.r.int(20, 180))), col(['学期'], () => '2024-2025-1')],
    pre: () => ['2024-2025学年第一学期课程表'] });
  return withNotes(d, res, ['学号格式：入学年份+学院代码+序号，如 2024 01 ****。']);
} };
KINDS.clean_notices = { n: 8, clean: true, industry: 'policy', gen(d) {
  const r = d.r; const org = r.pick(['本行', '本公司', '本院', '本平台', '本所']);
  const paras = [
    `# ${r.pick(['客户个人信息保护管理办法', '关于加强客户信息安全管理的通知', '隐私政策（2024年修订版）', '数据安全管理制度'])}`, '',
    proseMention(d), '',
    `第一条 为规范${org}客户个人信息处理活动，依据《中华人民共和国个人信息保护法》制定本办法。`,
    `第二条 本办法所称客户个人信息，包括客户姓名、身份证件号码、手机号码、银行卡号、住址、电子邮箱等。`,
    `第三条 对外提供报表时应对敏感字段去标识化处理，例如姓名显示为“王*”，手机号显示为“${maskMobile(genMobile(r))}”，身份证号显示为“${maskID(makePerson(r).id)}”，银行卡号显示为“${maskCard(genCard(r))}”。`,
    `第四条 严禁通过微信、QQ、个人邮箱传送客户名单。发现违规请拨打举报电话${hotline(r)}。`,
    `第五条 各营业网点（含王府井支行、黄浦支行、周口分行营业部、张家口分行）应于每月5日前完成自查。`,
    `第六条 ${r.pick(['李宁专卖店', '周大福门店', '王老吉经销商'])}等合作商户不得留存持卡人完整卡号。`,
    `第七条 本办法自${r.int(2023, 2024)}年${r.int(1, 12)}月${r.int(1, 28)}日起施行，由合规部负责解释。`, '',
    r.chance(0.5) ? proseMention(d) : `附件：客户信息分级目录（共${r.int(2, 9)}页）`,
  ];
  return { text: paras.join('\n') + '\n', ext: r.pick(['md', 'txt']), enc: r.chance(0.2) ? 'gb18030' : 'utf8' };
} };

// ===================================================================== main
const GLUED = [];
function checkDoc(rel, text, d) {
  const has = (det, v) => { const e = d.ents.get(det + '\u0000' + v); return !!e; };
  for (const [det, v, pos, glued] of oracleHits(text)) {
    // a valid-shaped number glued to ASCII letters (LP5105…, DB130102…, G1101…) is part of a code: genuinely ambiguous -> dontcare
    if (glued && !has(det, v.replace(/^15:/, ''))) { d.lab(det, v.replace(/^15:/, ''), null, true); GLUED.push(`${rel} ${det} ${v} ${text.slice(Math.max(0, pos - 3), pos + 22).replace(/\s+/g, ' ')}`); continue; }
    if (v.startsWith('15:')) { if (!has('cn_resident_id', v.slice(3)) && !d.allowed.has('cn_resident_id|' + v.slice(3))) throw new Error(`${rel}: unlabeled legacy ID ${v} …${text.slice(Math.max(0, pos - 40), pos + 30)}`); continue; }
    if (!has(det, v) && !d.allowed.has(det + '|' + v)) throw new Error(`${rel}: unlabeled ${det} ${v} …${text.slice(Math.max(0, pos - 60), pos + 40)}`);
  }
  for (const [det, v, raw] of d.raws) if (!text.includes(raw)) throw new Error(`${rel}: labeled ${det} ${v} written as ${JSON.stringify(raw)} not found in text`);
}
Doc.prototype.allow = function (det, v) { (this.allowed ||= new Set()).add(det + '|' + v); };

function main() {
  const out = process.argv[2]; if (!out) { console.error('usage: node generate.mjs OUT_DIR [LABELS_JSON]'); process.exit(2); }
  const labelsPath = process.argv[3] || path.join(path.dirname(path.resolve(out)), 'labels.json');
  fs.rmSync(out, { recursive: true, force: true }); fs.mkdirSync(out, { recursive: true });
  const labels = {}; const manifest = {}; const meta = {}; let files = 0, ents = 0;
  for (const [kind, spec] of Object.entries(KINDS)) {
    fs.mkdirSync(path.join(out, kind), { recursive: true });
    for (let i = 0; i < spec.n; i++) {
      const d = new Doc(kind, i); d.allowed = new Set();
      const res = spec.gen(d);
      const rel = `${kind}/${kind}_${String(i + 1).padStart(3, '0')}.${res.ext}`;
      checkDoc(rel, res.text, d);
      const entities = [...d.ents.values()].sort((a, b) => (a.detector + a.value).localeCompare(b.detector + b.value));
      if (spec.clean && entities.length) throw new Error(`${rel}: clean document has labels`);
      fs.writeFileSync(path.join(out, rel), encode(res.text, res.enc));
      labels[rel] = { entities }; meta[rel] = Object.fromEntries([...d.meta].filter(([k]) => d.ents.has(k)).map(([k, v]) => [k.replace('\u0000', '|'), { ctx: v.ctx, ...(v.nk ? { nk: v.nk } : {}) }])); manifest[rel] = { kind, industry: spec.industry, clean: !!spec.clean, encoding: res.enc, layout: res.layout || d.layout || 'custom' };
      files++; ents += entities.filter((e) => !e.dontcare).length;
    }
  }
  fs.writeFileSync(labelsPath, JSON.stringify(labels, null, 1));
  fs.writeFileSync(/(^|\/)labels\.json$/.test(labelsPath) ? path.join(path.dirname(labelsPath), 'labels_meta.json') : labelsPath.replace(/\.json$/, '') + '.meta.json', JSON.stringify(meta));
  fs.writeFileSync(/(^|\/)labels\.json$/.test(labelsPath) ? path.join(path.dirname(labelsPath), 'manifest.json') : labelsPath.replace(/\.json$/, '') + '.manifest.json', JSON.stringify(manifest, null, 1));
  if (process.env.SHOW_GLUED) console.log(GLUED.join('\n'));
  console.log(`glued-to-letters valid-shaped numbers marked dontcare: ${GLUED.length}`);
  console.log(`wrote ${files} documents, ${ents} labeled entities (+ dontcare) to ${out}; labels: ${labelsPath}`);
}
main();
