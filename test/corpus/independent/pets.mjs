#!/usr/bin/env node
/*
 * pets.mjs — independent labelled test corpus for listguard: pet hospitals
 * (宠物医院), pet shops and groomers (宠物店 / 洗护), boarding (寄养), pet
 * insurance, dog licensing (犬证 / 养犬登记) and adoption (领养) in China.
 *
 * Documents: 客户档案 exports from pet-hospital SaaS, 病历 and 处方 with the
 * owner's name and the vet's signature, 疫苗 / 驱虫 reminder SMS logs, 寄养协议
 * (甲方/乙方 with ID numbers and a refund card), 养犬登记表 (typed and OCR'd
 * paper), XML batches uploaded to the police dog-registration system, 宠物保险
 * 理赔申请 (PDF text with bank cards), 美团/大众点评 appointment exports,
 * WeChat chats, 会员充值 ledgers, 领养申请 with references, 寻宠启事, staff
 * 排班 / 花名册, 工资表, mini-program booking JSON, e-mails, 宠物出境 paperwork
 * (owner passports), 店务会议纪要, 会员卡退款申请, 洗护日结.
 * Decoys of the domain: pet names (豆豆, 旺财, 陈皮, 毛毛 …, sometimes the
 * owner's surname + pet name in the 宠物名 column), breeds (金毛, 柯基, 杜宾 …),
 * 芯片号 (15-digit ISO 11784, 156… / 900…), 病历号, 会员卡号, 犬证编号, 疫苗批号,
 * 订单号, 支付流水号, 保单号, weights, prices, timestamps, masked values, owner
 * nicknames (可乐妈), drug / service / department / store names.
 *
 * Usage:   node pets.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"pet-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must not be reported
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy
 * 15-digit IDs upgraded to 18); cn_mobile 11 digits; cn_landline digits with
 * the leading 0 and area code, no extension; email lower-case; bank_card
 * digits; cn_uscc 18 chars upper-case; cn_passport upper-case; person_name_zh
 * as written without spaces or titles. Decoys carry their exact text.
 *
 * Written in session 28 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 *
 * Deterministic (mulberry32, fixed seed), no clock, no I/O except OUT. Ends
 * with a self-check (values occur in the text, check digits hold, no entity
 * is also a decoy, no unlabelled valid number left) and exits 1 on failure.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG ----
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(0x5e7c0a28);
const int = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digs = (n) => { let s = ''; for (let i = 0; i < n; i++) s += int(0, 9); return s; };
const skew = (a, k = 1.8) => a[Math.floor(a.length * Math.pow(R(), k))];
function shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = int(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; }
const money = (v) => v.toFixed(2);
const fw = (s) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ------------------------------------------------------- check digits ----
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * IDW[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = +s[i]; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
function luhnFill(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
const leap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const okDate = (y, m, d) => y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);

// ------------------------------------------------------------- pools ----
const SUR = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo ' +
  '郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai ' +
  '余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao ' +
  '贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao ' +
  '黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi ' +
  '文wen 牛niu 樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan ' +
  '申shen 欧ou 耿geng 关guan 兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong ' +
  '凌ling 毕bi 单shan 季ji 裴pei 霍huo 涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan ' +
  '柴chai 鲍bao 华hua 喻yu 祁qi 蒲pu 房fang 滕teng 屈qu 饶rao 艾ai 尤you 时shi 穆mu 卓zhuo 古gu 吉ji 简jian 车che 项xiang 连lian ' +
  '麦mai 褚chu 娄lou 窦dou 戚qi 岑cen 景jing 党dang 宫gong 费fei 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 桂gui 全quan 佟tong ' +
  '应ying 闵min 邬wu 边bian 卞bian 姬ji 师shi 栾luan 隋sui 商shang 沙sha 荣rong 桑sang 郎lang 甄zhen 丛cong 仲zhong 虞yu 敖ao 池chi')
  .split(' ').map((t) => [t[0], t.slice(1)]);
const CSUR = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['慕容', 'murong'], ['夏侯', 'xiahou'], ['端木', 'duanmu']];
const GM = ('伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 鹏peng 辉hui 宇yu 浩hao 博bo 文wen 凯kai 斌bin 健jian 俊jun ' +
  '昊hao 志zhi 建jian 国guo 海hai 波bo 峰feng 亮liang 成cheng 东dong 航hang 哲zhe 毅yi 翔xiang 飞fei 鑫xin 源yuan 帆fan 睿rui 逸yi ' +
  '泽ze 阳yang 旭xu 铭ming 轩xuan 宁ning 立li 新xin 春chun 永yong 德de 振zhen 良liang 晨chen 子zi 天tian 家jia 嘉jia 锋feng 骏jun 彬bin 楷kai 朗lang')
  .split(' ').map((t) => [t[0], t.slice(1)]);
const GF = ('芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 秀xiu 霞xia 萍ping 桂gui 英ying 华hua 玉yu 兰lan 红hong 欣xin 怡yi 婷ting 雪xue ' +
  '琳lin 悦yue 佳jia 涵han 思si 雨yu 诗shi 梦meng 晓xiao 丹dan 倩qian 颖ying 璐lu 露lu 蕾lei 瑶yao 琪qi 晶jing 慧hui 淑shu 然ran 可ke ' +
  '心xin 彤tong 菲fei 薇wei 楠nan 舒shu 冉ran 蓉rong 芸yun 婧jing 妍yan 玥yue 燕yan 莉li 洁jie 月yue 梅mei 凤feng 雯wen 子zi 一yi 诺nuo 安an 宁ning')
  .split(' ').map((t) => [t[0], t.slice(1)]);
const MINOR = [
  ['阿依古丽·买买提', 'ayiguli', 'F', '650102'], ['买买提·艾力', 'maimaiti', 'M', '650104'], ['热依拉·吐尔逊', 'reyila', 'F', '650102'],
  ['艾尔肯·吾买尔', 'aierken', 'M', '650104'], ['迪丽娜尔·热合曼', 'dilinaer', 'F', '650102'], ['古丽娜尔·阿不都', 'gulinaer', 'F', '650104'],
  ['次仁卓玛', 'cirenzhuoma', 'F', '540102'], ['扎西顿珠', 'zhaxidunzhu', 'M', '540102'], ['阿卜杜·热西提', 'abudu', 'M', '650102'],
];
// county-level codes (GB/T 2260) used for birth places and store districts
const CITIES = [
  { c: '杭州', p: '浙江省', area: '0571', regs: ['330102', '330105', '330106', '330108', '330110'], dist: ['上城区', '拱墅区', '西湖区', '滨江区', '余杭区'], st: ['文三路', '江南大道', '滨盛路', '莫干山路', '学院路', '古墩路', '丰潭路', '五常大道', '秋涛路', '丹枫路'], auth: '杭州市公安局', lic: '杭犬' },
  { c: '上海', p: '上海市', area: '021', regs: ['310101', '310104', '310105', '310107', '310112', '310115'], dist: ['黄浦区', '徐汇区', '长宁区', '普陀区', '闵行区', '浦东新区'], st: ['漕溪北路', '虹桥路', '天山路', '真北路', '莘庄路', '张杨路', '龙阳路', '中山西路', '宜山路', '金桥路'], auth: '上海市公安局', lic: '沪犬' },
  { c: '北京', p: '北京市', area: '010', regs: ['110101', '110102', '110105', '110106', '110108', '110114'], dist: ['东城区', '西城区', '朝阳区', '丰台区', '海淀区', '昌平区'], st: ['朝阳北路', '望京西路', '学院路', '丰台北路', '回龙观西大街', '东四北大街', '西直门南大街', '酒仙桥路', '北苑路', '知春路'], auth: '北京市公安局', lic: '京犬' },
  { c: '成都', p: '四川省', area: '028', regs: ['510104', '510105', '510107', '510108'], dist: ['锦江区', '青羊区', '武侯区', '成华区'], st: ['春熙路', '人民南路', '玉林北路', '二环路东二段', '草市街', '科华北路', '建设路', '双楠路'], auth: '成都市公安局', lic: '蓉犬' },
  { c: '广州', p: '广东省', area: '020', regs: ['440103', '440104', '440105', '440106', '440111'], dist: ['荔湾区', '越秀区', '海珠区', '天河区', '白云区'], st: ['天河路', '体育西路', '江南大道中', '东风中路', '中山八路', '广州大道北', '新港中路', '白云大道北'], auth: '广州市公安局', lic: '穗犬' },
  { c: '深圳', p: '广东省', area: '0755', regs: ['440303', '440304', '440305', '440306', '440307'], dist: ['罗湖区', '福田区', '南山区', '宝安区', '龙岗区'], st: ['深南大道', '科技园南路', '南海大道', '宝安大道', '龙岗大道', '梅林路', '东门南路', '创业路'], auth: '深圳市公安局', lic: '深犬' },
  { c: '南京', p: '江苏省', area: '025', regs: ['320102', '320104', '320105', '320106'], dist: ['玄武区', '秦淮区', '建邺区', '鼓楼区'], st: ['中山路', '汉中路', '江东中路', '龙蟠中路', '中央路', '集庆路', '湖南路'], auth: '南京市公安局', lic: '宁犬' },
  { c: '武汉', p: '湖北省', area: '027', regs: ['420102', '420103', '420106', '420111'], dist: ['江岸区', '江汉区', '武昌区', '洪山区'], st: ['解放大道', '建设大道', '中北路', '珞喻路', '中山大道', '徐东大街', '光谷大道'], auth: '武汉市公安局', lic: '汉犬' },
  { c: '西安', p: '陕西省', area: '029', regs: ['610102', '610103', '610113'], dist: ['新城区', '碑林区', '雁塔区'], st: ['长乐西路', '南二环西段', '小寨东路', '高新路', '太白南路', '朱雀大街'], auth: '西安市公安局', lic: '西犬' },
  { c: '苏州', p: '江苏省', area: '0512', regs: ['320505', '320506', '320508', '320583'], dist: ['虎丘区', '吴中区', '姑苏区', '昆山市'], st: ['狮山路', '东吴北路', '人民路', '前进西路', '干将东路', '长江路'], auth: '苏州市公安局', lic: '苏犬' },
  { c: '天津', p: '天津市', area: '022', regs: ['120101', '120103', '120104'], dist: ['和平区', '河西区', '南开区'], st: ['南京路', '友谊路', '卫津路', '黑牛城道', '鞍山道'], auth: '天津市公安局', lic: '津犬' },
  { c: '重庆', p: '重庆市', area: '023', regs: ['500103', '500105', '500106', '500108'], dist: ['渝中区', '江北区', '沙坪坝区', '南岸区'], st: ['解放碑民权路', '观音桥步行街', '三峡广场', '南坪西路', '北城天街'], auth: '重庆市公安局', lic: '渝犬' },
];
const BIRTH_REGS = ['130102', '140105', '210102', '220102', '230103', '340104', '350102', '360102', '370102', '370202', '410105', '430102',
  '430104', '450103', '460106', '520102', '530102', '620102', '640104', '150102', '330302', '330481', '331002', '411302', '421002',
  '371302', '320382', '341204', '120104', '500106'];
const ALL_REGS = new Set([...BIRTH_REGS, ...CITIES.flatMap((c) => c.regs), '650102', '650104', '540102']);
const MP_OK = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '177', '176', '175', '173', '178', '199', '198', '191', '195', '166',
  '147', '145', '172', '193', '190', '192', '196', '197', '162', '167', '165'];
const MP_ALLOC = new Set([...'0123456789'].map((d) => '13' + d).concat(['145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159',
  '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189',
  '190', '191', '192', '193', '195', '196', '197', '198', '199']));
const MP_BAD = ['140', '141', '142', '143', '144', '146', '154'];
const BINS = [['622202', '中国工商银行', 19], ['621226', '中国工商银行', 19], ['622848', '中国农业银行', 19], ['621700', '中国建设银行', 19],
  ['622700', '中国建设银行', 19], ['621661', '中国银行', 19], ['622262', '交通银行', 19], ['622588', '招商银行', 16], ['621483', '招商银行', 16],
  ['622622', '中国民生银行', 16], ['622521', '浦发银行', 16], ['621799', '中国邮政储蓄银行', 19], ['622908', '兴业银行', 18], ['623668', '中国建设银行', 19]];

const PETN = ['豆豆', '旺财', '咪咪', '可乐', '团子', '小白', '糯米', '奶茶', '布丁', '元宝', '球球', '花卷', '馒头', '汤圆', '芝麻', '年糕', '土豆', '雪球',
  '大黄', '小黑', '妞妞', '乐乐', '多多', '毛毛', '黄豆', '陈皮', '杨梅', '李子', '包子', '丁丁', '朱古力', '花生', '米粒', '奥利奥', '可可', '饭团',
  '肉松', '拿铁', '橘子', '皮蛋', '二哈', '来福', '富贵', '发财', '金宝', '钱钱', '牛牛', '卡卡', '七七', '嘟嘟', '甜甜', '果冻', '栗子', '虎子', '贝贝',
  '点点', '煤球', '雪碧', '芒果', '酸奶', '麻薯', '大福', '橙子', '蛋黄', '胖虎', '石头', '金条', '柯南', '阿黄', '小七', 'Lucky', 'Coco', 'Momo', '牛奶', '花花'];
const DOGB = [['金毛', 'L'], ['柯基', 'M'], ['泰迪', 'S'], ['比熊', 'S'], ['柴犬', 'M'], ['萨摩耶', 'L'], ['哈士奇', 'L'], ['边牧', 'L'], ['博美', 'S'], ['雪纳瑞', 'S'],
  ['法斗', 'M'], ['拉布拉多', 'L'], ['阿拉斯加', 'L'], ['德牧', 'L'], ['中华田园犬', 'M'], ['马尔济斯', 'S'], ['吉娃娃', 'S'], ['巴哥', 'S'], ['杜宾', 'L'],
  ['秋田', 'L'], ['约克夏', 'S'], ['贵宾', 'S'], ['西高地', 'S'], ['喜乐蒂', 'M'], ['比格', 'M'], ['罗威纳', 'L']];
const CATB = ['英短', '美短', '布偶', '中华田园猫', '狸花', '橘猫', '暹罗', '加菲', '金渐层', '银渐层', '蓝猫', '缅因', '德文', '金吉拉', '矮脚猫', '三花'];
const DOG_COLORS = ['黄白', '黑白', '奶油色', '金黄', '棕色', '黑色', '白色', '灰白', '三色', '红色'];
const CAT_COLORS = ['蓝白', '纯白', '橘色', '狸花', '海豹双色', '银色', '奶牛色', '三花', '黑色'];
const STORE_BRANDS = [['萌爪宠物医院', 0, 'mengzhua'], ['安心宠物医院', 1, 'axpet'], ['汪喵星球宠物生活馆', 0, 'wmxq'], ['爪印宠物', 0, 'zhuayin'], ['宠爱有家宠物店', 0, 'chongaiyoujia'],
  ['毛孩子宠物生活馆', 1, 'mhz-pet'], ['康宠动物医院', 1, 'kangchong'], ['乐宠宠物诊所', 1, 'lechongvet'], ['贝贝宠物美容', 1, 'beibeipet'], ['金毛狮王宠物店', 1, 'jmsw'],
  ['唐小喵猫舍', 1, 'txm-cat'], ['宋家宠物美容', 1, 'songjiapet'], ['和平宠物医院', 1, 'hepingvet'], ['高新宠物医院', 1, 'gxvet'], ['喵汪屋宠物寄养', 0, 'mwwpet'],
  ['柯基之家宠物寄养', 1, 'kjzj'], ['萌宠驿站', 0, 'mcyz'], ['瑞安动物医院', 1, 'ruian-vet'], ['小佩宠物馆', 0, 'xiaopei'], ['宠福鑫动物医院', 0, 'cfxvet'], ['芭比堂动物医院', 0, 'babitang']];
const vaccFor = (p) => pick(VACC.filter((v) => (p.dog ? v[2] !== '猫三联' : v[2] === '猫三联' || v[2] === '狂犬疫苗')));
const SAAS = ['宠e通', '爪爪云', '小宠管家', '佩奇收银', '宠老板', '喵汪SaaS'];
const VACC = [['卫佳捌', '英特威', '犬八联'], ['卫佳伍', '英特威', '犬五联'], ['妙三多', '硕腾', '猫三联'], ['瑞比克', '梅里亚', '狂犬疫苗'],
  ['诺必达狂犬', '英特威', '狂犬疫苗'], ['维克犬四联', '维克', '犬四联']];
const DEWORM = ['大宠爱', '博来恩', '福来恩', '海乐妙', '拜宠清', '尼可信', '超可信', '爱沃克'];
const DRUGS = [['马波沙星片', '25mg×10片', '1/2片 bid'], ['阿莫西林克拉维酸钾片', '50mg×10片', '1片 bid'], ['美洛昔康口服液', '10ml', '0.1ml/kg sid'],
  ['易贝耳漂', '60ml', '外用 每日1次'], ['速诺', '250mg×10片', '1片 bid'], ['蒙脱石散', '3g×10袋', '1/3袋 tid'], ['益生菌粉', '1g×20袋', '1袋 sid'],
  ['红霉素眼膏', '2g', '外用 tid'], ['呋塞米片', '20mg×100片', '1/4片 bid'], ['泼尼松片', '5mg×100片', '1片 sid'], ['乳果糖口服液', '100ml', '2ml bid'],
  ['犬心保', '小型犬 6粒', '每月1粒']];
const SERVICES = [['洗护', 98], ['精致洗护', 138], ['美容造型', 268], ['剃毛', 120], ['药浴', 80], ['体外驱虫', 85], ['体内驱虫', 45], ['修甲', 20],
  ['洁牙', 680], ['绝育', 880], ['体检套餐', 399], ['狂犬疫苗', 80], ['犬八联', 150], ['猫三联', 130], ['寄养(日)', 70], ['SPA', 158]];
const DEPTS = ['内科', '外科', '影像科', '检验科', '住院部', '猫科门诊', '急诊', '皮肤科', '眼科', '异宠门诊'];

// ------------------------------------------------------------- state ----
const USED = new Set();
const uniq = (f) => { for (let i = 0; i < 500; i++) { const v = f(); if (v && !USED.has(v)) { USED.add(v); return v; } } throw new Error('uniq'); };

function mkMobile() { return uniq(() => { const p = skew(MP_OK, 1.3); const v = p + digs(8); return /(\d)\1{5}/.test(v) || v === '13800138000' ? '' : v; }); }
function mkId(reg, y, m, d, sex) {
  return uniq(() => {
    let seq = int(0, 99) * 10; let g = int(0, 9);
    if (sex === 'M' && g % 2 === 0) g = (g + 1) % 10; if (sex === 'F' && g % 2 === 1) g = (g + 1) % 10;
    const b = reg + y + pad(m, 2) + pad(d, 2) + pad(seq + g, 3).slice(-3);
    return b + idCheck(b);
  });
}
function mkId15(reg, y, m, d, sex) {
  // legacy card: region + YYMMDD + 3-digit sequence; returns [15, upgraded 18]
  let s15;
  for (;;) {
    let g = int(0, 9); if (sex === 'M' && g % 2 === 0) g = (g + 1) % 10; if (sex === 'F' && g % 2 === 1) g = (g + 1) % 10;
    s15 = reg + String(y).slice(2) + pad(m, 2) + pad(d, 2) + pad(int(0, 99), 2) + g;
    const b = reg + y + pad(m, 2) + pad(d, 2) + s15.slice(12);
    const u = b + idCheck(b);
    if (!USED.has(u)) { USED.add(u); USED.add(s15); return [s15, u]; }
  }
}
function mkCard(bin) {
  const [b, bank, len] = bin || skew(BINS, 1.2);
  return { no: uniq(() => { const c = luhnFill(b + digs(len - 7)); return len === 18 && idShaped(c) ? '' : c; }), bank };
}
function idShaped(s) { return /^\d{17}[\dX]$/.test(s) && okDate(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14)); }
function mkUscc(reg, kind) {
  return uniq(() => {
    const t = kind || pick(['91', '91', '92', '92', '91']);
    let org = 'MA' + Array.from({ length: 6 }, () => pick(UA.split(''))).join('');
    if (t === '92') org = 'L' + Array.from({ length: 7 }, () => pick('0123456789ABCDEFGHJKLMNPQRTUWXY'.split(''))).join('');
    const b = t + reg + org + orgCheck(org);
    return b + usccCheck(b);
  });
}
function mkPassport() { return uniq(() => chance(0.65) ? 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digs(7) : 'E' + int(1, 9) + digs(7)); }
function mkQQ() { return uniq(() => String(int(1, 9)) + digs(int(5, 9))); }
function mkLandline(area) { return uniq(() => area + int(2, 8) + digs(7)); }
function fmtLand(l, area) {
  const sub = l.slice(area.length);
  return pick([`${area}-${sub}`, `${area}-${sub}`, `(${area})${sub}`, `${area} ${sub.slice(0, 4)} ${sub.slice(4)}`, `${area}-${sub}`, `（${area}）${sub}`]);
}

const NAMES = new Set();
const FIRST_ONLY = '子家一小晓诗思梦';
const NOT_NAMES = new Set([...PETN, ...DOGB.map((b) => b[0]), ...CATB, ...DEPTS, '金毛', '安安', '明明']);
function mkName(sex) {
  for (let i = 0; i < 100; i++) {
    const r = R(); let name, sur, py, gpy, minor = null;
    if (r < 0.012) { const m = pick(MINOR); name = m[0]; sur = null; py = m[1]; gpy = m[1]; minor = m; }
    else if (r < 0.03) { const c = pick(CSUR); let g = pick(sex === 'M' ? GM : GF); while (FIRST_ONLY.includes(g[0])) g = pick(sex === 'M' ? GM : GF); sur = c[0]; name = c[0] + g[0]; py = c[1]; gpy = g[1]; if (chance(0.5)) { const g2 = pick(sex === 'M' ? GM : GF); name += g2[0]; gpy += g2[1]; } }
    else {
      const s = skew(SUR, 1.9); const pool = sex === 'M' ? GM : GF; sur = s[0]; py = s[1];
      const g1 = pick(pool); name = s[0] + g1[0]; gpy = g1[1];
      if (chance(0.72) || FIRST_ONLY.includes(g1[0])) { let g2 = pick(pool); while (FIRST_ONLY.includes(g2[0])) g2 = pick(pool); if (g2[0] !== g1[0] || chance(0.3)) { name += g2[0]; gpy += g2[1]; } else { g2 = pool[0]; name += g2[0]; gpy += g2[1]; } }
    }
    if ((NAMES.has(name) && i < 99) || NOT_NAMES.has(name)) continue;
    NAMES.add(name);
    return { name, sur, py, gpy, minor, sex: minor ? minor[2] : sex };
  }
}
function mkEmail(p, mobile) {
  const yy = String(p.y).slice(2); const full = (p.py + p.gpy).replace(/[^a-z]/g, '');
  const ini = p.py.slice(0, 1) + p.gpy.replace(/[^a-z]/g, '').slice(0, 1);
  const r = R();
  let e;
  if (r < 0.28) e = p.qq + '@qq.com';
  else if (r < 0.43) e = `${full}${yy}@163.com`;
  else if (r < 0.53) e = `${full}_${int(1, 999)}@126.com`;
  else if (r < 0.60) e = `${ini}${pad(p.m, 2)}${pad(p.d, 2)}@sina.com`;
  else if (r < 0.68) e = `${p.gpy}.${p.py}@outlook.com`;
  else if (r < 0.76) e = `${full}@foxmail.com`;
  else if (r < 0.82) e = `${mobile}@139.com`;
  else if (r < 0.88) e = `${full}${int(1, 99)}@gmail.com`;
  else if (r < 0.94) e = `${p.py}${p.gpy.slice(0, 3)}${yy}@aliyun.com`;
  else e = `${ini}${p.y}@yeah.net`;
  return uniq(() => e) ;
}

function mkPerson(o = {}) {
  const sex = o.sex || (chance(o.fem ?? 0.6) ? 'F' : 'M');
  const n = mkName(sex);
  const y = o.y || (chance(0.8) ? int(o.ymin ?? 1982, o.ymax ?? 2002) : int(1956, 1981));
  const m = int(1, 12), d = int(1, dim(y, m));
  const city = o.city || pick(CITIES);
  const reg = n.minor ? n.minor[3] : chance(0.45) ? pick(city.regs) : pick(BIRTH_REGS);
  const p = { ...n, y, m, d, city, reg };
  if (o.legacy && y < 1985) { const [s15, u] = mkId15(reg, y, m, d, p.sex); p.id15 = s15; p.id = u; }
  else p.id = mkId(reg, y, m, d, p.sex);
  p.mobile = mkMobile();
  p.qq = mkQQ();
  let e; for (let i = 0; i < 20; i++) { try { e = mkEmail(p, p.mobile); break; } catch { /* retry */ } }
  p.email = e;
  const c = mkCard(); p.card = c.no; p.bank = c.bank;
  p.addr = mkAddr(city);
  return p;
}
const ESTATES = ['阳光花园', '金色家园', '绿城桂花园', '万科城', '保利花园', '碧桂园', '世纪新城', '翠苑', '东方名苑', '锦绣江南', '龙湖春江郦城', '华润城', '幸福里', '和谐家园', '中海国际社区', '融创玖樟台'];
function mkAddr(city) {
  const i = int(0, city.regs.length - 1);
  return `${city.p === city.c + '市' ? '' : city.p}${city.c}市${city.dist[i]}${pick(city.st)}${int(1, 999)}号${pick(ESTATES)}${int(1, 28)}幢${int(1, 4)}单元${int(1, 32)}0${int(1, 6)}室`;
}
function mkPet(owner) {
  const dog = chance(0.56);
  const br = dog ? pick(DOGB) : [pick(CATB), 'C'];
  let name = pick(PETN);
  if (owner && owner.sur && owner.sur.length === 1 && chance(0.1) && !/^[A-Z]/.test(name)) {
    const full = owner.sur + (name.length === 2 && name[0] === name[1] ? name : name);
    if (full !== owner.name && !owner.name.startsWith(full) && !full.startsWith(owner.name)) name = full;
  }
  const sex = pick(['公', '母']); const neut = chance(0.5);
  const ageY = int(0, 14); const ageM = int(0, 11);
  const age = ageY === 0 ? `${Math.max(ageM, 2)}个月` : ageM && chance(0.5) ? `${ageY}岁${ageM}个月` : `${ageY}岁`;
  const w = br[1] === 'S' ? 1.8 + R() * 7 : br[1] === 'M' ? 8 + R() * 12 : br[1] === 'L' ? 20 + R() * 18 : 2.6 + R() * 5;
  const chip = chance(0.7) ? mkChip() : '';
  return { name, dog, breed: br[0], sex, neut, age, ageY, weight: w.toFixed(chance(0.5) ? 1 : 2), chip, color: dog ? pick(DOG_COLORS) : pick(CAT_COLORS), kind: dog ? '犬' : '猫' };
}
function mkChip() { return uniq(() => chance(0.7) ? '156' + pick(['1', '0', '2']) + digs(11) : '900' + pick(['108', '164', '115', '032']) + digs(9)); }

const STORE_POOL = [];
function mkStore(city, hosp) {
  const reuse = STORE_POOL.filter((s) => (!city || s.city === city) && (!hosp || s.isHosp));
  if (reuse.length && chance(0.45)) return pick(reuse);
  const st = mkStoreNew(city, hosp); STORE_POOL.push(st); return st;
}
function mkStoreNew(city, hosp) {
  city = city || pick(CITIES);
  const [brand, decoyish, dom] = pick(STORE_BRANDS.filter((b) => !hosp || /医院|诊所/.test(b[0])));
  const di = int(0, city.regs.length - 1);
  const branch = chance(0.7) ? `（${city.dist[di].replace(/区|市$/, '')}店）` : '';
  const reg = city.regs[di];
  const isHosp = /医院|诊所/.test(brand);
  const uscc = mkUscc(reg, isHosp ? '91' : pick(['91', '92']));
  const land = mkLandline(city.area);
  const email = `${pick(['service', 'kefu', 'admin', 'info', 'kefu', 'service'])}@${dom}${pick(['.com', '.cn', '.com.cn'])}`;
  const legal = mkPerson({ city, ymin: 1975, ymax: 1992 });
  const staff = [];
  const roles = isHosp ? ['院长', '主治兽医', '主治兽医', '执业兽医', '助理', '助理', '前台', '美容师', '美容师'] : ['店长', '美容师', '美容师', '美容助理', '前台', '寄养管理员'];
  for (const r of roles) staff.push({ ...mkPerson({ city, ymin: 1988, ymax: 2003, fem: r === '前台' || r === '美容师' ? 0.8 : 0.5 }), role: r });
  staff[0] = { ...legal, role: roles[0] };
  return { brand, decoyish, branch, full: brand + branch, city, reg, uscc, land, email, dom, legal, staff, isHosp, addr: `${city.p === city.c + '市' ? '' : city.p}${city.c}市${city.dist[di]}${pick(city.st)}${int(1, 999)}号${pick(['1楼', '底商', '一层102商铺', '临街商铺', '2号楼1层', 'B1层'])}`, hotline: chance(0.25) ? `400-${int(600, 899)}-${digs(4)}` : null };
}
const vets = (s) => s.staff.filter((x) => /兽医|院长/.test(x.role));
const groomers = (s) => s.staff.filter((x) => /美容/.test(x.role));

// ------------------------------------------------------------- dates ----
function rdt(y0 = 2023, y1 = 2025) { const y = int(y0, y1); const m = y === 2025 ? int(1, 6) : int(1, 12); return { y, m, d: int(1, dim(y, m)), h: int(8, 21), mi: int(0, 59), s: int(0, 59) }; }
const fD = (t, sep = '-') => `${t.y}${sep}${pad(t.m, 2)}${sep}${pad(t.d, 2)}`;
const fDc = (t) => `${t.y}年${t.m}月${t.d}日`;
const fT = (t) => `${pad(t.h, 2)}:${pad(t.mi, 2)}:${pad(t.s, 2)}`;
const fDT = (t) => `${fD(t)} ${fT(t)}`;
function addDays(t, n) { let { y, m, d } = t; d += n; while (d > dim(y, m)) { d -= dim(y, m); m++; if (m > 12) { m = 1; y++; } } while (d < 1) { m--; if (m < 1) { m = 12; y--; } d += dim(y, m); } return { ...t, y, m, d }; }
function daysFromCivil(y, m, d) { y -= m <= 2 ? 1 : 0; const era = Math.floor(y / 400); const yoe = y - era * 400; const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1; const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; return era * 146097 + doe - 719468; }
function addSec(t, n) { let x = t.h * 3600 + t.mi * 60 + t.s + n; let u = t; while (x >= 86400) { x -= 86400; u = addDays(u, 1); } return { ...u, h: Math.floor(x / 3600), mi: Math.floor((x % 3600) / 60), s: x % 60 }; }
const epochMs = (t) => ((daysFromCivil(t.y, t.m, t.d) * 86400 + t.h * 3600 + t.mi * 60 + t.s - 8 * 3600) * 1000 + int(0, 999));

// ---------------------------------------------------------- formatting ----
function fMob(m, style) {
  switch (style) {
    case 's': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '86': return '+86' + m;
    case '86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '86d': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case 'fw': return fw(m);
    case 'par': return '(+86)' + m;
    default: return m;
  }
}
const MOBSTY = { export: ['p', 'p', 'p', 'p', 'p', 'p', 'p', 's', 'd'], form: ['p', 'p', 'p', 's', 'd', 'd'], chat: ['p', 'p', 'p', 's', 'd', 'fw', '86'], mail: ['p', 'd', 's', '86s', '86', 'p'], json: ['p', 'p', 'p', '86', '86d'] };
function fId(id, style) {
  switch (style) {
    case 'x': return id.replace(/X$/, 'x');
    case 's': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return fw(id);
    default: return id;
  }
}
const fCard = (c, style) => style === 's' ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : style === 'd' ? c.replace(/(\d{4})(?=\d)/g, '$1-') : c;
const maskMob = (m) => pick([`${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}****${m.slice(7)}`, `${m.slice(0, 3)}xxxx${m.slice(7)}`, `${m.slice(0, 3)}*****${m.slice(8)}`]);
const maskId = (id) => pick([`${id.slice(0, 6)}********${id.slice(14)}`, `${id.slice(0, 3)}***********${id.slice(14)}`, `${id.slice(0, 4)}**********${id.slice(14)}`]);
const maskCard = (c) => pick([`${c.slice(0, 4)} **** **** ${c.slice(-4)}`, `${c.slice(0, 6)}******${c.slice(-4)}`, `**** **** **** ${c.slice(-4)}`]);
const maskName = (n) => n[0] + (n.length > 2 ? '**' : '*');
function badCheckId(id) { const good = id[17]; const alt = '0123456789X'.split('').filter((c) => c !== good && !(/^62/.test(id) && luhnOk(id.slice(0, 17) + c))); return id.slice(0, 17) + pick(alt); }
function badDateId(reg) { const y = int(1975, 1999); const [m, d] = pick([[2, 30], [2, 31], [13, int(1, 28)], [4, 31], [0, int(1, 28)], [11, 31], [6, 31]]); const b = reg + y + pad(m, 2) + pad(d, 2) + digs(3); return b + idCheck(b); }
function badRegionId() { const reg = pick(['000000', '990101', '201001', '000123', '950102']); const y = int(1975, 2000), m = int(1, 12), d = int(1, 28); const b = reg + y + pad(m, 2) + pad(d, 2) + digs(3); return b + idCheck(b); }
function badLuhn(c) { for (;;) { const x = c.slice(0, -1) + int(0, 9); if (!luhnOk(x)) return x; } }
const badMobile = () => pick(MP_BAD) + digs(8);
const typoMobile = (m) => chance(0.5) ? m.slice(0, 5) + m.slice(6) : m.slice(0, 7) + int(0, 9) + m.slice(7);

// ------------------------------------------------------------- doc ----
class Doc {
  constructor(kind) { this.kind = kind; this.e = []; this.c = []; this.x = []; }
  E(det, v) { this.e.push({ detector: det, value: v }); return v; }
  C(det, v) { this.c.push({ detector: det, value: v }); return v; }
  X(kind, t) { this.x.push({ kind, text: String(t) }); return t; }
  n(p) { return this.E('person_name_zh', typeof p === 'string' ? p : p.name); }
  nc(p) { return this.C('person_name_zh', typeof p === 'string' ? p : p.name); }
  titled(p, t) { const s = (p.sur || p.name[0]) + t; this.C('person_name_zh', s); this.C('person_name_zh', p.sur || p.name[0]); return s; }
  m(v, sty = 'p') { this.E('cn_mobile', v); return fMob(v, sty); }
  ms(v, prof) { return this.m(v, pick(MOBSTY[prof])); }
  id(p, sty = 'p') { this.E('cn_resident_id', p.id); if (p.id15 && sty !== 'force18') return p.id15; return fId(p.id, sty === 'force18' ? 'p' : sty); }
  card(v, sty = 'p') { this.E('bank_card', v); return fCard(v, sty); }
  mail(v, caps) { this.E('email', v.toLowerCase()); if (/^\d+@139\.com$/.test(v)) this.E('cn_mobile', v.split('@')[0]); return caps ? v.replace(/^[a-z]/, (c) => c.toUpperCase()) : v; }
  land(st) { this.E('cn_landline', st.land); return fmtLand(st.land, st.city.area); }
  uscc(v) { this.E('cn_uscc', v); return v; }
  pass(v) { this.E('cn_passport', v); return v; }
  pet(p) { this.X('pet_name', p.name); return p.name; }
  breed(p) { this.X('breed', p.breed); return p.breed; }
  chip(p) { if (p.chip) this.X('chip_no', p.chip); return p.chip; }
  store(st) { if (st.decoyish) this.X('store_name', st.brand); return st.full; }
  mm(v) { return this.X('masked_mobile', maskMob(v)); }
  mid(v) { return this.X('masked_id', maskId(v)); }
  mc(v) { return this.X('masked_card', maskCard(v)); }
}

const DOCS = [];
const counters = {};
function emit(d, text) {
  counters[d.kind] = (counters[d.kind] || 0) + 1;
  const dedupe = (arr, key) => { const s = new Set(); return arr.filter((o) => { const k = key(o); if (s.has(k)) return false; s.add(k); return true; }); };
  const ents = dedupe(d.e, (o) => o.detector + '|' + o.value);
  const ek = new Set(ents.map((o) => o.detector + '|' + o.value));
  const dc = dedupe(d.c, (o) => o.detector + '|' + o.value).filter((o) => !ek.has(o.detector + '|' + o.value));
  const dec = dedupe(d.x, (o) => o.kind + '|' + o.text);
  DOCS.push({ id: `pet-${d.kind}-${counters[d.kind]}`, kind: d.kind, text, entities: ents, dontCare: dc, decoys: dec });
}

// small shared bits
const orderNo = (t) => `${fD(t, '')}${pad(t.h, 2)}${pad(t.mi, 2)}${digs(6)}`;
const wxPay = (t) => `42000${digs(5)}${fD(t, '')}${digs(10)}`;
const aliPay = (t) => `${fD(t, '')}2200${digs(4)}${digs(12)}`;
const recNo = (t) => pick([`BL${fD(t, '')}${pad(int(1, 150), 3)}`, `MZ${String(t.y).slice(2)}${pad(t.m, 2)}${digs(5)}`, `${fD(t, '')}${pad(int(1, 300), 4)}`]);
const cardNo = () => pick([`880${digs(5)}`, `VIP${digs(6)}`, `HY${String(int(19, 24))}${digs(4)}`, `M${digs(7)}`]);
const vbatch = () => pick([`A${int(100, 999)}${pick('ABCDE'.split(''))}0${int(1, 9)}`, `${int(2023, 2024)}${pad(int(1, 12), 2)}${digs(3)}`, `R${int(2023, 2024)}${digs(4)}`, `${int(200, 299)}${digs(4)}`]);
const nick = (pet) => pick([pet + '妈', pet + '妈妈', pet + '麻麻', pet + '爸', pet + '爸爸', pet + '家长', pet + '的铲屎官', pet + '姐姐', pet + '粑粑']);
const lic = (city, t) => pick([`${city.lic}字第${int(2019, 2024)}${digs(6)}号`, `${city.lic}${int(2019, 2024)}-${digs(6)}`, `${city.lic.slice(0, 1)}${pick('ABCDEF'.split(''))}${digs(7)}`]);
const vetNo = () => `${int(2014, 2023)}${pad(int(11, 65), 2)}${digs(5)}`; // 执业兽医资格证书编号-like, 11 digits
function priceOf(svc, pet) { let v = svc[1]; if (pet && /洗护|美容|剃毛|SPA|药浴/.test(svc[0])) v += pet.dog ? ({ S: 0, M: 40, L: 90 })[(DOGB.find((b) => b[0] === pet.breed) || [0, 'S'])[1]] : 20; return v; }

// =================================================== document kinds ====

// 1. 客户档案 export from pet-hospital SaaS
function docMemberExport() {
  const d = new Doc('member_export'); const st = mkStore(); const sys = pick(SAAS);
  const style = pick(['csv', 'csv', 'tsv', 'real', 'fixed', 'real']);
  const owners = []; const n = int(8, 26);
  for (let i = 0; i < n; i++) {
    const o = mkPerson({ city: st.city, legacy: style === 'real' }); o.pets = [mkPet(o)];
    if (style === 'real') while (!o.pets[0].dog) o.pets[0] = mkPet(o); else if (chance(0.18)) o.pets.push(mkPet(o));
    owners.push(o);
  }
  const rows = [];
  const nameCell = (o) => {
    const r = R();
    if (r < 0.05) return d.titled(o, o.sex === 'F' ? '女士' : '先生');
    if (r < 0.09) return d.X('owner_nickname', nick(o.pets[0].name));
    if (r < 0.11) return d.X('placeholder_name', '微信用户');
    return d.n(o);
  };
  const phoneCell = (o) => {
    const r = R();
    if (r < 0.05) return d.mm(o.mobile);
    if (r < 0.09) { const o2 = mkMobile(); return d.m(o.mobile) + '/' + d.m(o2); }
    if (r < 0.11) return d.X('phone_typo', typoMobile(o.mobile));
    if (r < 0.13 && style !== 'fixed') return d.m(o.mobile, 'd');
    return d.m(o.mobile);
  };
  const remark = (o) => {
    const r = R();
    if (r < 0.5) return '';
    if (r < 0.58) { const ref = mkPerson({ city: st.city }); return `介绍人：${d.n(ref)}`; }
    if (r < 0.63) { const ref = mkPerson({ city: st.city }); return `${d.titled(ref, '姐')}介绍`; }
    if (r < 0.68) { const m2 = mkMobile(); return `备用电话${d.m(m2)}`; }
    return pick(['老客户', '对鸡肉过敏', '怕吹风 需手吹', '会咬人 需戴嘴套', '已办10次洗护卡', `欠款¥${int(20, 300)}`, '只约周末', '猫咪应激 单独房间', '不要剪胡子', '心脏有杂音 洗护注意', '已绝育', '年卡客户']);
  };
  const last = (t) => fDT(t).slice(0, 16);
  if (style === 'csv') {
    rows.push('客户编号,主人姓名,手机号,宠物名,种类,品种,性别,生日,绝育,会员卡号,卡类型,储值余额,积分,最后到店,备注');
    let k = int(1000, 9000);
    for (const o of owners) {
      const nm = nameCell(o), ph = phoneCell(o), card = chance(0.2) ? o.mobile : d.X('member_card', cardNo());
      if (card === o.mobile) d.E('cn_mobile', o.mobile);
      for (const p of o.pets) {
        const bd = rdt(2010, 2024);
        rows.push([`C${pad(k++, 6)}`, nm, ph, d.pet(p), p.kind, d.breed(p), p.sex, fD(bd), p.neut ? '是' : '否', card, pick(['储值卡', '次卡', '年卡', '普通会员', '金卡']),
          d.X('balance', money(int(0, 5000) + pick([0, 0.5, 0.8]))), int(0, 9000), last(rdt(2024, 2025)), remark(o)].join(','));
      }
    }
  } else if (style === 'tsv') {
    rows.push(['会员姓名', '联系电话', '邮箱', '宠物昵称', '品种', '年龄', '体重(kg)', '卡号', '余额', '开卡日期'].join('\t'));
    for (const o of owners) {
      const nm = nameCell(o), ph = phoneCell(o);
      const em = chance(0.75) ? d.mail(o.email, chance(0.08)) : '';
      for (const p of o.pets) rows.push([nm, ph, em, d.pet(p), d.breed(p), p.age, d.X('weight', p.weight), d.X('member_card', cardNo()), '¥' + money(int(0, 3000)), fD(rdt(2019, 2024))].join('\t'));
    }
  } else if (style === 'real') {
    rows.push('序号,姓名,证件类型,证件号码,手机,宠物名,犬种,芯片号,犬证编号,办证日期,年审状态,经办人');
    const ops = st.staff.filter((s) => /前台|助理|店长/.test(s.role));
    let i = 1;
    for (const o of owners) {
      const p = o.pets[0]; const op = pick(ops);
      const q = R(); const idc = q < 0.06 ? d.mid(o.id) : q < 0.1 ? d.X('id_bad_check', badCheckId(o.id)) : d.id(o, chance(0.1) ? 'x' : 'p');
      rows.push([i++, chance(0.05) ? d.titled(o, o.sex === 'F' ? '女士' : '先生') : d.n(o), '身份证', idc, phoneCell(o), d.pet(p), d.breed(p),
        p.chip ? d.chip(p) : '', d.X('dog_license_no', lic(st.city)), fD(rdt(2021, 2024)), pick(['已年审', '未年审', '已过期', '已年审']), d.n(op)].join(','));
    }
  } else {
    rows.push(`${sys} 会员列表打印    门店：${d.store(st)}    打印时间：${fDT(rdt(2025, 2025))}`);
    rows.push('会员名      手机号        宠物      品种        会员卡号    余额       累计消费');
    rows.push('----------  -----------   --------  ----------  ----------  ---------  ---------');
    const padw = (s, w) => { let len = 0; for (const ch of s) len += /[\u0000-\u00ff]/.test(ch) ? 1 : 2; return s + ' '.repeat(Math.max(1, w - len)); };
    for (const o of owners) {
      const nm = nameCell(o), ph = phoneCell(o);
      for (const p of o.pets) rows.push(padw(nm, 12) + padw(ph, 14) + padw(d.pet(p), 10) + padw(d.breed(p), 12) + padw(d.X('member_card', cardNo()), 12) + padw(money(int(0, 4000)), 11) + money(int(200, 30000)));
    }
    rows.push(`共 ${owners.length} 位会员`);
  }
  const head = style === 'fixed' ? '' : pick([`# ${sys}导出 客户档案 ${st.full} ${fD(rdt(2025, 2025))}\n`, '', '']);
  emit(d, head + rows.join('\n'));
}

// 2. 门诊病历
function docMedical() {
  const d = new Doc('medical_record'); const st = mkStore(null, true);
  const o = mkPerson({ city: st.city }); const p = mkPet(o); const t = rdt(2023, 2025); const vet = pick(vets(st).length ? vets(st) : [st.staff[1]]);
  const deptV = pick(DEPTS), rnV = recNo(t); let deptV2;
  const dept = () => d.X('department', deptV === '住院部' ? (deptV2 = '内科') : deptV), rn = () => d.X('record_no', rnV);
  const cases = [
    ['呕吐3次，今早未进食，精神稍差', '急性胃肠炎', '皮下补液 + 止吐（马罗匹坦）', '禁食12小时后少量多餐，处方粮3天'],
    ['右后肢跛行2天，不愿跳沙发', '右后膝关节扭伤，排除十字韧带断裂', '美洛昔康 + 限制运动', '两周内牵引散步，一周后复查'],
    ['频繁挠耳、甩头，耳道有黑褐色分泌物', '外耳炎（马拉色菌）', '耳道清洁 + 易贝耳漂', '每日滴耳一次，7天后复诊'],
    ['尿频，尿中带血，舔尿道口', '膀胱炎（疑似结石，B超示膀胱内高回声）', '抗生素 + 处方粮', '多饮水，2周后复查尿检'],
    ['皮肤红疹、脱毛，背部可见皮屑', '跳蚤过敏性皮炎', '体外驱虫 + 药浴', '全家宠物同时驱虫，环境消杀'],
    ['术前检查：拟行绝育', '体况良好，血常规/生化无异常', '预约绝育手术', '术前禁食8小时禁水4小时'],
    ['咳嗽一周，夜间加重', '上呼吸道感染', '雾化 + 多西环素', '注意保暖，避免受凉'],
    ['误食袜子一只（主人述昨晚）', '异物梗阻待排', 'X光 + 催吐', '观察排便，如有呕吐立即回诊'],
  ];
  let c = pick(cases);
  const temp = (37.8 + R() * 2.2).toFixed(1);
  const L = [];
  const v = R();
  if (v < 0.55) {
    L.push(`${d.store(st)}    门诊病历`);
    L.push(`病历号：${rn()}        就诊日期：${fD(t)} ${fT(t).slice(0, 5)}`);
    L.push(`科室：${dept()}                 主治医师：${d.n(vet)}`);
    L.push('------------------------------------------------------------');
    L.push(`主人姓名：${d.n(o)}      联系电话：${d.ms(o.mobile, 'form')}`);
    if (chance(0.3)) L.push(`地址：${o.addr}`);
    L.push(`宠物名：${d.pet(p)}   种类：${p.kind}   品种：${d.breed(p)}   性别：${p.sex}${p.neut ? '（已绝育）' : ''}`);
    L.push(`年龄：${p.age}   体重：${d.X('weight', p.weight + 'kg')}   体温：${temp}℃${p.chip ? '   芯片号：' + d.chip(p) : ''}`);
    L.push(`主诉：${c[0]}`);
    L.push(`既往史：${pick(['无', '去年做过绝育', '有心脏杂音（二级）', '对头孢过敏', '曾患细小，已康复'])}；疫苗：${pick(['齐全', '狂犬已打，联苗过期', '未接种', '只打过一针'])}；驱虫：${pick(DEWORM)} ${fD(addDays(t, -int(20, 120)))}`);
    L.push(`检查：${pick(['精神沉郁，腹部触诊紧张', '心肺听诊无异常', '口腔黏膜粉红，CRT<2s', 'B超/X光见附件'])}`);
    L.push(`诊断：${c[1]}`);
    L.push(`处置：${c[2]}`);
    L.push(`医嘱：${c[3]}`);
    L.push('');
    L.push(`医师签名：${vet.name}          主人签字：${o.name}`);
  } else if (v < 0.8) {
    L.push(`【${st.brand}】病历摘要`);
    L.push(`就诊时间 ${fDT(t)} | 病历编号 ${rn()} | 科室 ${dept()}`);
    L.push(`宠主 ${d.n(o)}（${o.sex === 'F' ? '女' : '男'}） 电话 ${d.ms(o.mobile, 'form')}`);
    L.push(`患宠 ${d.pet(p)} / ${p.kind} / ${d.breed(p)} / ${p.sex} / ${p.age} / ${d.X('weight', p.weight + 'kg')}`);
    L.push(`主诉 ${c[0]}`); L.push(`诊断 ${c[1]}`); L.push(`治疗 ${c[2]}`); L.push(`医嘱 ${c[3]}`);
    L.push(`接诊医生 ${d.n(vet)}   助理 ${d.n(pick(st.staff.filter((s) => s.role === '助理').concat(st.staff.slice(-1))))}`);
    const fee = int(150, 1800); L.push(`本次费用 ¥${d.X('price', money(fee))}（${pick(['微信', '支付宝', '会员卡扣款', '现金'])}）`);
  } else {
    // 住院记录 (in-patient), with daily notes
    if (/术前/.test(c[0])) c = cases[0];
    L.push(`${st.full} 住院病历`);
    L.push(`住院号：${d.X('record_no', 'ZY' + fD(t, '') + pad(int(1, 40), 2))}   入院：${fD(t)}   笼位：${pick(['A', 'B', 'C'])}${int(1, 12)}`);
    L.push(`主人：${d.n(o)}   电话：${d.ms(o.mobile, 'form')}   紧急联系人：${(() => { const e2 = mkPerson({ city: st.city }); return d.n(e2) + ' ' + d.ms(e2.mobile, 'form'); })()}`);
    L.push(`宠物：${d.pet(p)}（${d.breed(p)}，${p.sex}，${p.age}）   体重 ${d.X('weight', p.weight + 'kg')}`);
    L.push(`入院诊断：${c[1]}`);
    for (let i = 0; i < int(2, 4); i++) {
      const td = addDays(t, i);
      L.push(`${fD(td).slice(5)} ${pick(['精神好转，少量进食', '仍有呕吐一次，继续补液', '排便成形，体温正常', '食欲恢复，可出院观察'])}  T ${(38 + R()).toFixed(1)}  记录：${d.n(pick(st.staff.slice(1, 6)))}`);
    }
    L.push(`主治：${d.n(vet)}   押金：¥${d.X('price', money(int(5, 30) * 100))}`);
  }
  emit(d, L.join('\n'));
}

// 3. 处方笺
function docPrescription() {
  const d = new Doc('prescription'); const st = mkStore(null, true); const o = mkPerson({ city: st.city }); const p = mkPet(o); const t = rdt(2023, 2025);
  const vs = vets(st).length ? vets(st) : st.staff.slice(0, 2); const vet = pick(vs);
  const disp = pick(st.staff.filter((s) => /助理|前台/.test(s.role)).concat([st.staff[2]]));
  const L = [];
  L.push(`${d.store(st)}`); L.push('兽 医 处 方 笺');
  L.push(`处方编号：${d.X('rx_no', 'CF' + fD(t, '') + digs(4))}      日期：${fD(t)}`);
  if (chance(0.85)) L.push(`动物主人：${d.n(o)}    电话：${d.ms(o.mobile, 'form')}`);
  else L.push(`动物主人：${d.titled(o, o.sex === 'F' ? '女士' : '先生')}    电话：${d.mm(o.mobile)}`);
  L.push(`动物名：${d.pet(p)}   种类：${p.kind}   品种：${d.breed(p)}   体重：${d.X('weight', p.weight)}kg   年龄：${p.age}`);
  L.push(`诊断：${pick(['皮炎', '外耳炎', '肠胃炎', '术后消炎', '关节炎', '结膜炎', '膀胱炎', '心脏病（MVD B2）'])}`);
  L.push('Rp.');
  const n = int(1, 4);
  for (const dr of shuffle(DRUGS).slice(0, n)) {
    if (/易贝|犬心保|速诺/.test(dr[0])) d.X('drug_name', dr[0].replace(/耳漂/, ''));
    L.push(`  ${dr[0]}  ${dr[1]}  ×${int(1, 3)}  用法：${dr[2]}  批号：${d.X('drug_batch', vbatch())}`);
  }
  L.push(`药费合计：¥${d.X('price', money(int(30, 600) + 0.5 * int(0, 1)))}`);
  L.push(`执业兽医师：${d.n(vet)}   执业证号：${d.X('vet_license_no', vetNo())}`);
  L.push(`调配：${d.n(disp)}   核对：${d.n(vet === vs[0] && vs[1] ? vs[1] : st.staff[0])}`);
  if (chance(0.5)) L.push('注：本处方仅限本院使用，宠物用药请遵医嘱，外用药勿入口。');
  emit(d, L.join('\n'));
}

// 4. 疫苗 / 驱虫 reminder SMS logs
function docSms() {
  const d = new Doc('sms_log'); const st = mkStore(); const sign = `【${st.brand}】`; if (st.decoyish) d.X('store_name', st.brand);
  const n = int(6, 18); const base = rdt(2024, 2025); const style = pick(['csv', 'log', 'csv', 'pipe']);
  const L = [];
  if (style === 'csv') L.push('手机号码,短信内容,发送时间,回执状态,计费条数,任务ID');
  if (style === 'pipe') L.push('send_time|mobile|content|status|channel');
  const taskV = 'T' + fD(base, '') + digs(6); const task = style === 'csv' ? d.X('task_id', taskV) : taskV;
  const tel = st.land; let telUsed = false;
  for (let i = 0; i < n; i++) {
    const o = mkPerson({ city: st.city }); const p = mkPet(o); const t = { ...base, h: 9, mi: int(0, 5), s: int(0, 59) };
    const due = addDays(base, int(3, 20));
    const v = vaccFor(p); const who = R();
    let salute;
    if (who < 0.55) salute = `尊敬的${d.n(o)}${o.sex === 'F' ? '女士' : '先生'}`;
    else if (who < 0.7) salute = `尊敬的${d.titled(o, o.sex === 'F' ? '女士' : '先生')}`;
    else if (who < 0.85) salute = `亲爱的${d.pet(p)}家长`;
    else salute = `${d.n(o)}您好`;
    const telOn = chance(0.6); const telTxt = () => telOn ? (telUsed = true, `，咨询电话${fmtLand(tel, st.city.area)}`) : '';
    const [tag, tpl] = pick([
      ['VAC_REMIND', () => `${sign}${salute}，您家${d.pet(p)}的${v[2]}（${d.X('vaccine', v[0])}）将于${due.m}月${due.d}日到期，请及时预约补打${telTxt()}。回T退订`],
      ['DEWORM', () => `${sign}${salute}，${d.pet(p)}距上次体内驱虫已满3个月，本周驱虫立减10元${telTxt()}。回T退订`],
      ['DEWORM', () => `${sign}${salute}，${d.pet(p)}的${d.X('dewormer', pick(DEWORM))}体外驱虫该续啦，记得按月点哦～回T退订`],
      ['CONSUME', () => `${sign}${salute}，您的会员卡于${fD(base)} ${pad(int(10, 20), 2)}:${pad(int(0, 59), 2)}消费¥${money(int(50, 800))}，余额¥${d.X('balance', money(int(0, 3000)))}。`],
      ['BOARD_IN', () => `${sign}${salute}，${d.pet(p)}寄养已于今日${int(9, 18)}点入住，每日照片将发至微信，有事请联系店长。`],
    ]);
    const body = tpl();
    const mob = d.m(o.mobile);
    const stt = pick(['成功', '成功', '成功', '成功', '失败:空号', '成功', '用户退订']);
    const cnt = body.length > 70 ? 2 : 1;
    if (style === 'csv') L.push(`${mob},"${body}",${fDT(t)},${stt},${cnt},${task}`);
    else if (style === 'pipe') L.push(`${fDT(t)}|${mob}|${body}|${stt === '成功' ? 'DELIVRD' : 'UNDELIV'}|${pick(['移动', '联通', '电信'])}`);
    else L.push(`[${fDT(t)}] INFO sms.send to=${mob} tpl=${tag} len=${body.length} rc=${stt === '成功' ? 0 : 1} msg="${body}"`);
  }
  if (telUsed) d.E('cn_landline', tel);
  if (chance(0.3)) { const t = rdt(2024, 2025); L.push(style === 'log' ? `[${fDT(t)}] INFO sms.send to=${d.mm(mkMobile())} tpl=VERIFY msg="${sign}您的验证码为${d.X('verify_code', digs(6))}，5分钟内有效"` : `${d.mm(mkMobile())},"${sign}您的验证码为${d.X('verify_code', digs(6))}，5分钟内有效",${fDT(t)},成功,1,-`); }
  emit(d, L.join('\n'));
}

// 5. 寄养协议
function docBoarding() {
  const d = new Doc('boarding_contract'); const st = mkStore(); const o = mkPerson({ city: st.city }); const p = mkPet(o); const t = rdt(2023, 2025);
  const days = int(3, 21); const end = addDays(t, days); const price = pick([60, 70, 80, 90, 120, 150]);
  const emer = mkPerson({ city: st.city }); const op = pick(st.staff);
  const L = [];
  L.push('宠物寄养协议'); L.push(`合同编号：${d.X('contract_no', `JY-${fD(t, '')}-${pad(int(1, 99), 3)}`)}`); L.push('');
  L.push(`甲方（寄养人）：${d.n(o)}`);
  L.push(`身份证号：${d.id(o, pick(['p', 'p', 'p', 's', 'x']))}`);
  L.push(`联系电话：${d.ms(o.mobile, 'form')}`);
  L.push(`住址：${o.addr}`);
  if (chance(0.8)) L.push(`紧急联系人：${d.n(emer)}（${pick(['配偶', '朋友', '母亲', '同事', '室友'])}）  电话：${d.ms(emer.mobile, 'form')}`);
  L.push('');
  L.push(`乙方（寄养方）：${d.store(st)}`);
  if (chance(0.75)) L.push(`统一社会信用代码：${d.uscc(st.uscc)}`);
  L.push(`负责人：${d.n(st.legal)}   电话：${d.land(st)}`);
  L.push(`地址：${st.addr}`); L.push('');
  L.push(`一、寄养宠物：${d.pet(p)}，${p.kind}，品种${d.breed(p)}，${p.sex}，${p.age}，毛色${p.color}，体重${d.X('weight', p.weight)}kg${p.chip ? '，芯片号' + d.chip(p) : ''}。`);
  L.push(`二、寄养期限：${fDc(t)}至${fDc(end)}，共${days}天；寄养费${price}元/天，合计${price * days}元，押金${d.X('price', pick([300, 500, 1000]))}元。`);
  L.push(`三、甲方保证宠物已按期接种疫苗（${d.X('vaccine', pick(VACC)[0])}，批号${d.X('vaccine_batch', vbatch())}）并完成驱虫，无传染病。`);
  L.push('四、寄养期间如宠物出现疾病，乙方应及时通知甲方并送医，医疗费用由甲方承担；因乙方看护不当造成的伤亡由乙方负责赔偿。');
  L.push('五、超过约定日期7天甲方未接回且联系不上的，视为甲方放弃，乙方有权另行处置。');
  if (chance(0.75)) {
    const cs = pick(['p', 's', 's']);
    L.push(`六、押金退还账户：户名 ${d.n(o)}  开户行 ${o.bank}${st.city.c}${pick(['分行营业部', st.city.dist[0] + '支行', '高新支行', '城东支行'])}  卡号 ${d.card(o.card, cs)}`);
  } else L.push('六、押金于接回宠物时现金/微信原路退还。');
  L.push('');
  L.push(`甲方签字：${o.name}                乙方（盖章）：${st.brand}`);
  L.push(`日期：${fDc(t)}                   经办人：${d.n(op)}`);
  emit(d, L.join('\n'));
}

// 6. 养犬登记申请表 (typed form)
function docDogLicense() {
  const d = new Doc('dog_license'); const city = pick(CITIES); const st = mkStore(city, true); const o = mkPerson({ city, ymin: 1960 });
  let p = mkPet(o); while (!p.dog) p = mkPet(o); const t = rdt(2022, 2025);
  const cop = mkPerson({ city, ymin: 1975, ymax: 1998, fem: 0.35 });
  const L = [];
  L.push(`${city.c}市养犬登记（年检）申请表`);
  L.push(`受理编号：${d.X('accept_no', `${city.lic.slice(0, 1)}${fD(t, '')}${digs(4)}`)}        办理类型：${pick(['首次登记', '年检', '补证', '变更犬主'])}`);
  L.push('一、犬主信息');
  const form = R() < 0.5;
  if (form) {
    L.push(`犬主姓名：${d.n(o)}    性别：${o.sex === 'F' ? '女' : '男'}    民族：${o.minor ? '维吾尔族' : '汉'}`);
    L.push(`证件类型：居民身份证    证件号码：${d.id(o)}`);
    L.push(`联系电话：${d.ms(o.mobile, 'form')}${chance(0.3) ? `    固定电话：${(() => { const l = mkLandline(city.area); d.E('cn_landline', l); return fmtLand(l, city.area); })()}` : ''}`);
    L.push(`居住地址：${o.addr}`);
  } else {
    L.push('| 犬主姓名 | 性别 | 身份证号码 | 手机 |');
    L.push('|---|---|---|---|');
    L.push(`| ${d.n(o)} | ${o.sex === 'F' ? '女' : '男'} | ${d.id(o)} | ${d.ms(o.mobile, 'form')} |`);
    L.push(`| 住址 | ${o.addr} | | |`);
  }
  L.push('二、犬只信息');
  L.push(`犬名：${d.pet(p)}   犬种：${d.breed(p)}   毛色：${p.color}   性别：${p.sex === '公' ? '雄' : '雌'}   ${p.neut ? '已绝育' : '未绝育'}`);
  L.push(`出生日期：${fD(rdt(2012, 2024))}   肩高：${int(20, 65)}cm`);
  const chip = p.chip || mkChip(); p.chip = chip;
  L.push(`电子标识（芯片）号：${d.chip(p)}`);
  L.push(`狂犬病免疫证号：${d.X('immune_cert_no', `${city.lic.slice(0, 1)}免${int(2022, 2025)}${digs(6)}`)}   接种日期：${fD(addDays(t, -int(3, 60)))}   疫苗批号：${d.X('vaccine_batch', vbatch())}`);
  L.push(`免疫点：${d.store(st)}   ${chance(0.5) ? '兽医：' + d.n(pick(st.staff)) : ''}`);
  if (chance(0.5)) L.push(`原犬证编号：${d.X('dog_license_no', lic(city))}`);
  L.push('三、承诺：本人承诺遵守养犬管理规定，文明养犬，出户拴绳，及时清理粪便。');
  L.push(`申请人签字：${o.name}        日期：${fDc(t)}`);
  L.push(`受理单位：${city.auth}${pick(city.dist)}分局${pick(['治安大队', '犬类管理办公室'])}   受理人：${d.n(cop)}   警号：${d.X('police_no', digs(6))}`);
  emit(d, L.join('\n'));
}

// 7. OCR'd paper: 犬证 / 免疫证 / 养犬登记 scanned
function ocrNoise(s) {
  return s.replace(/[：]/g, () => pick(['：', ':', ' :', '：', '. '])).replace(/话/g, () => (chance(0.15) ? '活' : '话')).replace(/号：/g, () => (chance(0.15) ? '弓：' : '号：'));
}
function docOcr() {
  const d = new Doc('ocr_license'); const city = pick(CITIES); const st = mkStore(city, true); const o = mkPerson({ city, legacy: true, ymin: 1955 });
  let p = mkPet(o); while (!p.dog) p = mkPet(o); if (!p.chip) p.chip = mkChip(); const t = o.id15 ? rdt(2006, 2012) : rdt(2016, 2025);
  const spaced = (s) => (chance(0.35) ? s.split('').join(' ') : s);
  const L = [];
  L.push(pick([`${city.c}市养犬登记证`, `${city.c} 市 犬 只 免 疫 证`, `养 犬 登 记 证 (副本)`]));
  L.push(`编 号${pick([':', '：', ' '])}${d.X('dog_license_no', lic(city))}`);
  // name, OCR'd with spaces
  const nm = spaced(o.name); d.n(o);
  L.push(`犬主姓名：${nm}`);
  // ID: sometimes broken by OCR beyond reading
  const idTxt = o.id15 || o.id; const r = R();
  if (r < 0.15) { const broken = idTxt.replace(/0/, 'O').replace(/1(?=\d{3}$)/, 'l'); d.C('cn_resident_id', o.id); L.push(`身份证号：${broken}`); }
  else if (r < 0.22) { const cut = idTxt.slice(0, 10) + '▇▇' + idTxt.slice(12); d.C('cn_resident_id', o.id); L.push(`身份证号：${cut}`); }
  else if (r < 0.45) { d.E('cn_resident_id', o.id); L.push(`身份证号：${idTxt.length === 15 ? `${idTxt.slice(0, 6)} ${idTxt.slice(6, 12)} ${idTxt.slice(12)}` : `${idTxt.slice(0, 6)} ${idTxt.slice(6, 14)} ${idTxt.slice(14)}`}`); }
  else L.push(`身份证号：${d.id(o)}`);
  if (chance(0.8)) L.push(`联系电话：${d.m(o.mobile, pick(['p', 's', 'p']))}`); else { d.C('cn_mobile', o.mobile); L.push(`联系电话：${o.mobile.slice(0, 7)}${o.mobile.slice(7).replace(/\d/, '■')}`); }
  L.push(`住址：${o.addr.replace(/幢/, chance(0.3) ? '撞' : '幢')}`);
  L.push(`犬名：${d.pet(p)}   品种：${d.breed(p)}   毛色：${p.color}`);
  L.push(`芯片号：${d.chip(p)}`);
  L.push(`发证机关：${city.auth}   有效期至：${fD(addDays(t, 365))}`);
  if (chance(0.5)) L.push(`免疫单位：${d.store(st)}  兽医签字：${spaced(d.n(pick(st.staff)))}`);
  if (chance(0.4)) L.push(pick(['(此证须随身携带 年检时出示)', '—— 第 1 页 ——', '[印章] 犬类管理专用章']));
  let text = ocrNoise(L.join('\n'));
  emit(d, text);
}

// 8. XML batch to the police dog-registration platform
function docPoliceXml() {
  const d = new Doc('police_xml'); const city = pick(CITIES); const st = mkStore(city); const t = rdt(2023, 2025);
  const n = int(3, 9);
  const L = ['<?xml version="1.0" encoding="UTF-8"?>'];
  L.push(`<DogRegBatch batchNo="${d.X('batch_no', 'B' + fD(t, '') + digs(5))}" submitTime="${fDT(t)}">`);
  L.push(`  <Agency><OrgName>${d.store(st)}</OrgName><Uscc>${d.uscc(st.uscc)}</Uscc><Operator>${d.n(pick(st.staff))}</Operator><Tel>${d.land(st)}</Tel></Agency>`);
  for (let i = 0; i < n; i++) {
    const o = mkPerson({ city }); let p = mkPet(o); while (!p.dog) p = mkPet(o); if (!p.chip) p.chip = mkChip();
    L.push('  <Record>');
    L.push(`    <OwnerName>${d.n(o)}</OwnerName>`);
    L.push('    <OwnerIdType>01</OwnerIdType>');
    L.push(`    <OwnerIdNo>${d.id(o)}</OwnerIdNo>`);
    L.push(`    <OwnerMobile>${d.m(o.mobile)}</OwnerMobile>`);
    L.push(`    <OwnerAddr>${o.addr}</OwnerAddr>`);
    L.push(`    <DogName>${d.pet(p)}</DogName><Breed>${d.breed(p)}</Breed><Gender>${p.sex === '公' ? 1 : 2}</Gender><Color>${p.color}</Color>`);
    L.push(`    <ChipNo>${d.chip(p)}</ChipNo><VaccineBatch>${d.X('vaccine_batch', vbatch())}</VaccineBatch><VaccineDate>${fD(addDays(t, -int(1, 30)))}</VaccineDate>`);
    L.push('  </Record>');
  }
  L.push('</DogRegBatch>');
  emit(d, L.join('\n'));
}

// 9. 宠物保险理赔申请 (PDF text extraction)
function docInsurance() {
  const d = new Doc('insurance_claim'); const st = mkStore(null, true);
  const o = mkPerson({ city: st.city }); const p = mkPet(o); const t = rdt(2023, 2025); const vet = pick(st.staff.slice(0, 4));
  const ins = pick(['众安保险', '平安产险', '人保财险', '太平洋产险', '安心财产保险']);
  const pol = d.X('policy_no', pick([`PDAB${t.y}${digs(15)}`, `P${digs(3)}${t.y}${st.city.area.slice(1)}${digs(8)}`, `AH${digs(16)}`]));
  const claim = d.X('claim_no', `LP${fD(t, '')}${digs(6)}`);
  const split = chance(0.35);
  const L = [];
  L.push(`${ins} 宠物医疗保险理赔申请书`); L.push(`报案号：${claim}    保单号：`); L.push(pol);
  L.push('一、投保人/被保险人信息');
  L.push(`姓名：${d.n(o)}    证件类型：身份证`);
  L.push(`证件号码：${d.id(o, chance(0.15) ? 'x' : 'p')}`);
  L.push(`手机号码：${d.ms(o.mobile, 'mail')}    电子邮箱：${d.mail(o.email, chance(0.1))}`);
  L.push('二、宠物信息');
  L.push(`宠物名：${d.pet(p)}  品种：${d.breed(p)}  年龄：${p.age}  ${p.chip ? '芯片号：' + d.chip(p) : '芯片号：未植入（已上传鼻纹/照片）'}`);
  L.push('三、出险经过');
  const fee = int(300, 12000) + 0.5 * int(0, 1);
  L.push(`${fDc(t)}，宠物因${pick(['误食异物', '急性胰腺炎', '骨折', '尿闭', '细小病毒感染', '皮肤肿物'])}于${d.store(st)}就诊，主治医生${d.n(vet)}，共发生医疗费用${d.X('price', money(fee))}元（发票${int(1, 4)}张，发票号码${d.X('invoice_no', digs(8))}）。`);
  L.push('四、理赔款收款账户（须为被保险人本人借记卡）');
  L.push(`户名：${o.name}`); L.push(`开户行：${o.bank}${st.city.c}${pick(['分行', '支行', '营业部'])}`);
  if (split) { const c = fCard(o.card, 's'); d.E('bank_card', o.card); const cut = c.lastIndexOf(' ', 12 + int(0, 4)); L.push(`卡号：${c.slice(0, cut)}`); L.push(c.slice(cut + 1)); }
  else L.push(`卡号：${d.card(o.card, pick(['p', 's']))}`);
  L.push('');
  L.push('本人声明以上内容真实，授权保险公司向就诊医院调取病历资料。');
  L.push(`申请人签名：${o.name}    日期：${fD(addDays(t, int(1, 10)))}`);
  if (chance(0.4)) L.push(`—— 第 1 页 / 共 ${int(2, 4)} 页 ——`);
  if (chance(0.4)) L.push(`理赔结果将通过短信发送至${d.mm(o.mobile)}，并发送邮件至${d.X('masked_email', o.email.replace(/^(.{2}).*@/, '$1***@'))}`);
  emit(d, L.join('\n'));
}

// 10. 美团 / 大众点评 appointment export
function docMeituan() {
  const d = new Doc('meituan_export'); const st = mkStore(); const t0 = rdt(2024, 2025);
  const plat = pick(['美团', '大众点评', '美团/点评']);
  const L = [];
  L.push(`${plat}商家后台-预约订单导出,门店：${d.store(st)}`);
  L.push('订单号,下单时间,团购项目,顾客,手机号,预约时间,宠物信息,状态,券码,实付金额,备注');
  const n = int(8, 22);
  for (let i = 0; i < n; i++) {
    const o = mkPerson({ city: st.city }); const p = mkPet(o); const t = addDays(t0, int(0, 20)); t.h = int(8, 22);
    const svc = pick(SERVICES);
    const cust = pick([() => d.X('masked_name', maskName(o.name)), () => d.X('masked_name', maskName(o.name)), () => d.X('owner_nickname', nick(p.name)), () => d.X('platform_nick', pick(['美团用户', '点评用户', 'mt_']) + digs(pick([6, 8]))), () => d.X('platform_nick', pick(['汪汪队长', '猫奴一枚', '小仙女🐱', 'Yolo', 'sunny_day']))])();
    let remark = '';
    const r = R();
    if (r < 0.12) remark = `客人留电话${d.m(o.mobile, pick(['p', 's']))}`;
    else if (r < 0.18) remark = `联系人${d.n(o)} ${d.m(o.mobile)}`;
    else if (r < 0.4) remark = pick(['大型犬加价已告知', '第一次来 胆小', '要求女美容师', '已电话确认', '改约到周日', '需要接送']);
    const pet = `${d.pet(p)}/${d.breed(p)}/${d.X('weight', p.weight + 'kg')}`;
    L.push([d.X('order_no', pick(['4', '3', '2']) + digs(18)), fDT(t), d.X('service', svc[0].replace('(日)', '')) + (/套餐/.test(svc[0]) ? '' : pick(['套餐', '单次', ''])), cust, d.mm(o.mobile), `${fD(addDays(t, int(0, 3)))} ${pad(int(9, 19), 2)}:00`, pet,
      pick(['已核销', '已预约', '已取消', '已核销', '待到店']), d.X('voucher_code', `${digs(4)} ${digs(4)} ${digs(4)}`), money(priceOf(svc, p) * pick([0.7, 0.8, 0.88, 1])), remark].join(','));
  }
  emit(d, L.join('\n'));
}

// 11. WeChat chats between staff and owners
function docChat() {
  const scen = pick(['groom', 'board', 'claim', 'followup', 'license', 'groom', 'board', 'claim']);
  const d = new Doc('wechat_chat'); const st = mkStore(null, scen === 'claim' || scen === 'followup'); const o = mkPerson({ city: st.city }); let p = mkPet(o); while (scen === 'license' && !p.dog) p = mkPet(o); let t = rdt(2024, 2025);
  const F = o.sex === 'F';
  const staff = pick(st.staff.filter((s) => /前台|店长|美容|助理/.test(s.role)).concat([st.staff[0]]));
  const nickS = pick(['小雅', '小鱼', '小艾', '阿琳', '小可', '欢欢', '小米']);
  const sName = pick([`${st.brand}-前台${nickS}`, `${st.brand}${st.branch}`, `${st.brand}客服`]);
  d.C('person_name_zh', nickS); if (st.decoyish) d.X('store_name', st.brand);
  const remarkStyle = R();
  let oName;
  if (remarkStyle < 0.4) { oName = `${o.name}-${p.name}-${p.breed}`; d.nc(o); d.X('pet_name', p.name); d.X('breed', p.breed); }
  else if (remarkStyle < 0.8) oName = d.X('owner_nickname', nick(p.name));
  else oName = d.X('wechat_nick', pick(['🌸Lily', '向日葵', '奔跑的蜗牛', 'A-ZZ', '岁月静好', 'Momo酱', '晴天', '木子']));
  const msgs = [];
  const say = (who, text) => { t = addSec(t, int(5, 400)); msgs.push([who, text, fDT(t)]); };
  const S = () => sName, O = () => oName;
  if (scen === 'groom') {
    say(O(), `你好 想约一下${d.pet(p)}这周六洗澡`);
    say(S(), `可以的亲，${d.breed(p)}${p.dog ? '' : '猫咪'}精致洗护是${priceOf(SERVICES[1], p)}，周六上午10点可以吗？`);
    say(O(), '可以 顺便把体外驱虫也做了');
    say(S(), '好的 麻烦发一下主人全名和手机号，系统里建个档');
    const m = d.ms(o.mobile, 'chat');
    say(O(), pick([`${d.n(o)} ${m}`, `${d.n(o)}，${m}`, `姓名：${d.n(o)}\n电话：${m}`]));
    say(S(), `收到～已约 ${fD(addDays(t, 2)).slice(5)} 10:00，美容师${d.nc(pick(groomers(st).length ? groomers(st) : st.staff))}老师给${p.name}洗哦`);
    say(O(), '👌');
  } else if (scen === 'board') {
    const days = int(3, 12);
    say(O(), `国庆要出门${days}天 ${d.pet(p)}能寄养吗 还有位置吗`);
    say(S(), `有的${F ? '姐' : '亲'}，${p.dog ? '中小型犬单间' : '猫咪独立笼位'}${pick([68, 78, 88, 98])}/天，需要签寄养协议，麻烦发一下身份证号和联系方式，另外留一个紧急联系人`);
    const em = mkPerson({ city: st.city, sex: F ? 'M' : 'F' });
    say(O(), `${d.n(o)} 身份证${d.id(o, pick(['p', 'p', 'x', 's']))} 手机${d.ms(o.mobile, 'chat')}`);
    say(O(), `紧急联系人 ${pick(F ? ['我老公', '我弟', '我爸'] : ['我老婆', '我姐', '我妈'])}${d.n(em)} ${d.ms(em.mobile, 'chat')}`);
    say(S(), `好的收到，疫苗本记得带上哈，押金${pick([300, 500])}，到时候退到微信还是银行卡？`);
    if (chance(0.6)) say(O(), `退卡吧 ${o.bank} ${d.card(o.card, pick(['p', 's']))}`);
    else say(O(), '微信就行');
    say(S(), `[图片]`);
    say(S(), '协议拍给您了，签字拍照发回来就行');
  } else if (scen === 'claim') {
    say(S(), `${d.titled(o, F ? '姐' : '哥')}，${d.pet(p)}上次住院的保险理赔材料我们整理好了，还差被保险人身份证号和收款卡号`);
    say(O(), `身份证 ${d.id(o)}`);
    say(O(), `卡号${d.card(o.card, pick(['p', 's', 's']))} ${o.bank}${pick(['', st.city.c + '分行'])} 户名${d.n(o)}`);
    say(O(), `邮箱${d.mail(o.email)} 保险公司说结果会发邮件`);
    say(S(), `好的，病历、发票和费用清单我这边盖章后一起交，${pick(['3-5个工作日', '一周左右'])}会有短信`);
  } else if (scen === 'followup') {
    const vet = pick(vets(st).length ? vets(st) : st.staff);
    say(S(), `${d.pet(p)}家长您好，我是${st.brand}的护士，术后第三天了，${p.name}精神怎么样？伤口有没有舔？`);
    say(O(), '精神还行 就是不太爱吃东西 伊丽莎白圈一直想蹭掉');
    say(S(), `正常的，${d.titled(vet, '医生')}说头一周食欲会差一点，可以喂点罐头。${fD(addDays(t, 7)).slice(5)}记得来拆线`);
    say(O(), `好的 到时候还是找${vet.sur || vet.name[0]}医生吗`);
    say(S(), `对的，${d.nc(vet)}医生周二周四都在。有问题随时打门店电话${d.land(st)}`);
    if (chance(0.5)) say(O(), `好 ${F ? '我先生' : '我爱人'}${(() => { const h = mkPerson({ city: st.city, sex: F ? 'M' : 'F' }); return d.n(h) + '的电话' + d.ms(h.mobile, 'chat'); })()} 我不在的时候可以打他`);
  } else {
    say(O(), '听说你们可以代办犬证？需要什么材料');
    say(S(), '可以的，需要犬主身份证、房产证或租房合同、狗狗狂犬免疫证，本店植入芯片+打狂犬+代办一共' + pick([280, 300, 350]) + '元');
    say(O(), `好的 犬主写我的名字 ${d.n(o)}`);
    say(O(), `${d.id(o, pick(['p', 'x', 's']))}\n${o.addr}\n${d.ms(o.mobile, 'chat')}`);
    say(S(), `收到，${d.pet(p)}的照片再发两张正面的，办好了证件号码会发给您`);
  }
  const style = pick(['pc', 'export', 'wework']);
  let text;
  if (style === 'pc') text = msgs.map(([w, x, ts]) => `${w}  ${ts}\n${x}`).join('\n\n');
  else if (style === 'export') text = `聊天记录：${sName} 与 ${oName}\n导出时间：${fDT(rdt(2025, 2025))}\n————————————\n` + msgs.map(([w, x, ts]) => `${ts} ${w}：${x}`).join('\n');
  else text = msgs.map(([w, x, ts]) => `【${w === sName ? '企业微信 ' + w : w}】${ts.slice(5, 16)}\n${x}`).join('\n');
  emit(d, text);
}

// 12. 会员充值记录 (fixed width ledger)
function docRecharge() {
  const d = new Doc('recharge_log'); const st = mkStore(); const t0 = rdt(2024, 2025);
  const cashiers = st.staff.filter((s) => /前台|店长|院长/.test(s.role));
  const padw = (s, w) => { let len = 0; for (const ch of String(s)) len += /[\u0000-\u00ff]/.test(ch) ? 1 : 2; return s + ' '.repeat(Math.max(1, w - len)); };
  const L = [`${d.store(st)}  会员充值明细  ${fD(t0)} 至 ${fD(addDays(t0, 30))}`];
  L.push(padw('日期', 12) + padw('时间', 10) + padw('卡号', 12) + padw('会员', 10) + padw('手机', 14) + padw('充值', 10) + padw('赠送', 8) + padw('支付', 8) + padw('流水号', 30) + '收银员');
  const n = int(6, 18); let sum = 0;
  for (let i = 0; i < n; i++) {
    const o = mkPerson({ city: st.city }); const t = { ...addDays(t0, int(0, 30)), h: int(9, 20), mi: int(0, 59), s: int(0, 59) };
    const amt = pick([500, 1000, 1000, 2000, 3000, 5000, 300]); sum += amt;
    const pay = pick(['微信', '支付宝', '现金', '刷卡']);
    const flow = pay === '微信' ? d.X('pay_txn_no', wxPay(t)) : pay === '支付宝' ? d.X('pay_txn_no', aliPay(t)) : pay === '刷卡' ? d.X('pos_ref', digs(12)) : '-';
    const nm = chance(0.9) ? d.n(o) : d.titled(o, o.sex === 'F' ? '女士' : '先生');
    const cashier = chance(0.85) ? d.n(pick(cashiers.length ? cashiers : st.staff)) : d.X('system_user', pick(['admin', '系统', '小程序']));
    L.push(padw(fD(t), 12) + padw(fT(t), 10) + padw(d.X('member_card', cardNo()), 12) + padw(nm, 10) + padw(d.m(o.mobile), 14) + padw(money(amt), 10) + padw(money(amt * pick([0, 0.1, 0.2])), 8) + padw(pay, 8) + padw(flow, 30) + cashier);
  }
  L.push(`合计：${n} 笔，充值金额 ${money(sum)}`);
  emit(d, L.join('\n'));
}

// 13. 领养申请表
function docAdoption() {
  const d = new Doc('adoption_application'); const city = pick(CITIES); const o = mkPerson({ city }); const p = mkPet(); const t = rdt(2023, 2025);
  const refs = [mkPerson({ city }), mkPerson({ city })];
  const org = pick(['毛孩子救助站', '安心流浪动物救助中心', '猫咪领养日志愿者团队', `${city.c}小动物保护协会`, '爪爪之家救助基地']);
  const vol = mkPerson({ city });
  const L = [];
  const style = R();
  if (style < 0.6) {
    L.push(`${org} 领养申请表`); if (/毛孩子|安心|爪爪/.test(org)) d.X('org_name', org);
    L.push(`申请日期：${fD(t)}      意向领养：${d.pet(p)}（${p.kind}，${d.breed(p)}，${p.sex}，约${p.age}）  编号：${d.X('animal_no', `${pick(['D', 'C'])}${t.y}${digs(3)}`)}`);
    L.push('【申请人信息】');
    L.push(`姓名：${d.n(o)}   性别：${o.sex === 'F' ? '女' : '男'}   年龄：${2025 - o.y}   职业：${pick(['教师', '程序员', '护士', '自由职业', '公务员', '销售', '设计师', '学生'])}`);
    L.push(`身份证号：${d.id(o, pick(['p', 'p', 's', 'x']))}`);
    L.push(`手机：${d.ms(o.mobile, 'form')}   微信：${d.X('wechat_id', o.py + '_' + digs(4))}   邮箱：${d.mail(o.email)}`);
    L.push(`现住址：${o.addr}   住房：${pick(['自有房产', '整租', '合租（已征得室友同意）', '与父母同住'])}`);
    L.push(`家庭成员是否同意：${pick(['全部同意', '同意'])}   是否有养宠经验：${pick(['有，养过猫5年', '无', '有，目前家里有一只狗'])}`);
    L.push('【证明人】');
    refs.forEach((r, i) => L.push(`证明人${i + 1}：${d.n(r)}   关系：${pick(['同事', '朋友', '父亲', '母亲', '姐姐', '邻居'])}   电话：${d.ms(r.mobile, 'form')}`));
    L.push('【承诺】不离不弃、科学喂养、按时免疫驱虫、适龄绝育、接受回访、不转送不遗弃。');
    L.push(`申请人签字：${o.name}          审核志愿者：${d.n(vol)}   回访电话：${d.ms(vol.mobile, 'form')}`);
  } else {
    // questionnaire from a form tool (问卷星-like export)
    L.push(`序号,提交时间,所用时间,来源,1.您的姓名,2.手机号,3.身份证号,4.电子邮箱,5.意向领养的毛孩子,6.居住情况,7.紧急联系人姓名,8.紧急联系人电话,9.是否同意回访`);
    const rows = int(2, 6);
    for (let i = 0; i < rows; i++) {
      const a = i === 0 ? o : mkPerson({ city }); const pp = i === 0 ? p : mkPet(); const e = mkPerson({ city });
      L.push([int(100, 900), fDT(addDays(t, i)), `${int(80, 900)}秒`, pick(['微信', '手机提交', '链接']), d.n(a), d.m(a.mobile), chance(0.12) ? d.X('id_bad_check', badCheckId(a.id)) : d.id(a, pick(['p', 'x'])), d.mail(a.email),
        `${d.pet(pp)}（${d.breed(pp)}）`, pick(['自有住房', '租房', '合租']), d.n(e), d.m(e.mobile), '同意'].join(','));
    }
  }
  emit(d, L.join('\n'));
}

// 14. 寻宠启事
function docLost() {
  const d = new Doc('lost_notice'); const city = pick(CITIES); const o = mkPerson({ city }); const p = mkPet(o); const t = rdt(2023, 2025);
  const L = [];
  L.push(pick([`寻${p.dog ? '狗' : '猫'}启事`, `【急寻】${p.dog ? '狗狗' : '猫咪'}走失，重金酬谢！`, `寻找爱${p.dog ? '犬' : '猫'} ${p.name}`]));
  L.push(`${fDc(t)}${pick(['傍晚', '上午', '晚上9点左右', '凌晨'])}在${city.c}${pick(city.dist)}${pick(city.st)}${pick(ESTATES)}附近走失。`);
  L.push(`名字：${d.pet(p)}，${d.breed(p)}，${p.sex}，${p.age}，${p.color}，${pick(['戴红色项圈', '刚剃过毛', '左耳有缺口', '尾巴短', '胆小怕人'])}，叫${p.name.length > 2 && p.name[0] === o.name[0] ? p.name.slice(1) : p.name}会有反应。`);
  if (p.chip) L.push(`已植入芯片：${d.chip(p)}`);
  L.push(`有提供线索者酬谢${pick([500, 1000, 2000, 3000, 5000])}元，送回者重谢！`);
  const r = R();
  if (r < 0.35) L.push(`联系人：${d.titled(o, o.sex === 'F' ? '女士' : '先生')}  ${d.ms(o.mobile, 'form')}（微信同号）`);
  else if (r < 0.7) L.push(`联系人：${d.n(o)}  电话：${d.ms(o.mobile, 'form')}`);
  else { const o2 = mkPerson({ city }); L.push(`主人：${d.n(o)} ${d.ms(o.mobile, 'form')}\n备用：${d.n(o2)} ${d.ms(o2.mobile, 'form')}`); }
  if (chance(0.3)) L.push(`微信：${d.X('wechat_id', 'wxid_' + digs(4) + pick(['ab', 'kq', 'zz']))}`);
  if (chance(0.3)) L.push('请好心人帮忙转发，谢谢！！🙏');
  emit(d, L.join('\n'));
}

// 15. 排班表 / 员工花名册
function docRoster() {
  const d = new Doc('staff_roster'); const st = mkStore(); const t = rdt(2024, 2025);
  const kind = R();
  const L = [];
  if (kind < 0.5) {
    L.push(`${d.store(st)} ${t.m}月第${int(1, 4)}周排班表`);
    L.push('| 姓名 | 岗位 | 手机 | 周一 | 周二 | 周三 | 周四 | 周五 | 周六 | 周日 |');
    L.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const s of st.staff) {
      const sh = Array.from({ length: 7 }, () => pick(['早', '晚', '全', '休', '早', '晚']));
      L.push(`| ${d.n(s)} | ${d.X('job_title', s.role)} | ${d.m(s.mobile)} | ${sh.join(' | ')} |`);
    }
    L.push('备注：早班 9:00-18:00，晚班 12:00-21:00；周末不允许请假，调班找店长签字。');
    if (chance(0.5)) L.push(`值班电话：${d.land(st)}`);
  } else {
    L.push(`员工花名册（${fD(t)}更新，仅限人事）`);
    L.push('工号,姓名,性别,岗位,入职日期,身份证号,手机号,工资卡号,开户行,邮箱,紧急联系人,紧急联系电话');
    let k = int(1, 50);
    for (const s of st.staff) {
      const e = mkPerson({ city: st.city });
      L.push([`${st.dom.slice(0, 2).toUpperCase()}${pad(k++, 3)}`, d.n(s), s.sex === 'F' ? '女' : '男', d.X('job_title', s.role), fD(rdt(2018, 2024)), d.id(s), d.m(s.mobile), d.card(s.card), s.bank,
        chance(0.7) ? d.mail(s.email) : '', d.n(e), d.m(e.mobile)].join(','));
    }
  }
  emit(d, L.join('\n'));
}

// 16. 工资表
function docPayroll() {
  const d = new Doc('payroll'); const st = mkStore(); const t = rdt(2024, 2025);
  const L = [`${d.store(st)} ${t.y}年${t.m}月工资发放表（代发）`];
  const style = pick(['csv', 'tsv']);
  const sep = style === 'csv' ? ',' : '\t';
  L.push(['序号', '姓名', '岗位', '基本工资', '提成', '全勤', '社保个人', '个税', '实发', '收款卡号', '开户行'].join(sep));
  let i = 1; let tot = 0;
  for (const s of st.staff) {
    const base = pick([3500, 4000, 4500, 5000, 6000, 8000]); const comm = int(0, 6000); const si = Math.round(base * 0.105 * 100) / 100; const tax = Math.max(0, Math.round((base + comm - si - 5000) * 0.03 * 100) / 100);
    const net = base + comm + 200 - si - tax; tot += net;
    L.push([i++, d.n(s), d.X('job_title', s.role), money(base), money(comm), '200.00', money(si), money(tax), d.X('price', money(net)), d.card(s.card, style === 'tsv' && chance(0.3) ? 's' : 'p'), s.bank].join(sep));
  }
  L.push(`合计${sep}${sep}${sep}${sep}${sep}${sep}${sep}${sep}${money(tot)}`);
  L.push(`制表：${d.n(pick(st.staff.slice(1)))}   审核：${d.n(st.staff[0])}`);
  emit(d, L.join('\n'));
}

// 17. booking mini-program JSON
function docBookingJson() {
  const d = new Doc('booking_json'); const st = mkStore(); const n = int(1, 5); const items = [];
  for (let i = 0; i < n; i++) {
    const o = mkPerson({ city: st.city }); const p = mkPet(o); const t = rdt(2024, 2025); const svc = pick(SERVICES);
    const ts = epochMs(t); d.X('timestamp_ms', String(ts));
    const it = {
      orderId: d.X('order_no', 'YY' + orderNo(t)),
      createTime: ts,
      status: pick(['PAID', 'BOOKED', 'CANCELLED', 'DONE']),
      store: { id: int(100, 999), name: d.store(st) },
      user: {
        openid: d.X('openid', 'oX' + Array.from({ length: 26 }, () => pick('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-'.split(''))).join('')),
        nickName: chance(0.5) ? d.X('owner_nickname', nick(p.name)) : d.X('placeholder_name', '微信用户'),
        avatarUrl: `https://img.${st.dom}.com/avatar/${d.X('image_file', digs(6) + pick(['@2x.png', '@3x.png', '@2x.jpg']))}`,
        realName: chance(0.9) ? d.n(o) : '',
        phone: d.m(o.mobile, pick(MOBSTY.json)),
        email: chance(0.75) ? d.mail(o.email) : null,
      },
      pet: { name: d.pet(p), type: p.dog ? 'dog' : 'cat', breed: d.breed(p), weightKg: +d.X('weight', String(+p.weight)), birthday: fD(rdt(2012, 2024)) },
      service: { code: `S${int(10, 99)}`, name: d.X('service', svc[0]), price: priceOf(svc, p), groomer: chance(0.6) ? d.n(pick(groomers(st).length ? groomers(st) : st.staff)) : null },
      appointAt: `${fD(addDays(t, int(1, 5)))}T${pad(int(9, 19), 2)}:00:00+08:00`,
      remark: pick(['', '', '怕吹风', '需要接送 地址见收货地址', '第一次洗澡']),
    };
    if (chance(0.25)) { const c = mkPerson({ city: st.city }); it.pickup = { contact: d.n(c), mobile: d.m(c.mobile), address: c.addr }; }
    items.push(it);
  }
  const obj = n === 1 && chance(0.5) ? { code: 0, msg: 'ok', data: items[0] } : { code: 0, data: { total: n, page: 1, list: items } };
  emit(d, JSON.stringify(obj, null, chance(0.6) ? 2 : 0));
}

// 18. e-mails
function docMail() {
  const d = new Doc('email'); const st = mkStore(); const t = rdt(2023, 2025);
  const staffP = pick(st.staff); const staffMail = `${staffP.py}${staffP.gpy.replace(/[^a-z]/g, '')}@${st.dom}.com`;
  const sig = () => `\n--\n${d.n(staffP)} | ${d.X('job_title', staffP.role)}\n${d.store(st)}\n电话：${d.land(st)}  手机：${d.ms(staffP.mobile, 'mail')}\n邮箱：${d.mail(staffMail)}\n地址：${st.addr}`;
  const kind = pick(['owner', 'insurer', 'supplier', 'board', 'owner', 'complaint']);
  const L = [];
  if (kind === 'owner') {
    const o = mkPerson({ city: st.city }); const p = mkPet(o);
    L.push(`From: ${d.n(o)} <${d.mail(o.email)}>`); L.push(`To: ${st.full} <${d.mail(st.email)}>`); L.push(`Date: ${fDT(t)} +0800`);
    L.push(`Subject: 咨询${d.pet(p)}的绝育手术`); L.push('');
    L.push(`您好，我家${p.name}是${d.breed(p)}，${p.age}，想下个月做绝育，请问需要提前做哪些检查？费用大概多少？`);
    L.push(`我平时上班不方便接电话，可以回邮件或者加我微信（手机号${d.ms(o.mobile, 'mail')}）。`);
    L.push(''); L.push(`谢谢！\n${o.name}`);
    L.push(''); L.push(`> 回复 ${fD(addDays(t, 1))}：`); L.push(`> ${o.name}您好，术前需空腹做血常规+生化+心脏听诊，${p.dog ? '犬' : '猫'}绝育套餐${pick([680, 880, 1280])}元起，详见附件价目表。`);
    L.push(sig().split('\n').map((x) => '> ' + x).join('\n'));
  } else if (kind === 'insurer') {
    const [ins, idom, hot] = pick([['众安保险', 'zhongan.com', '1010-9955'], ['平安产险', 'pingan.com.cn', '95511'], ['人保财险', 'picc.com.cn', '95518']]);
    const clerk = mkPerson({ city: st.city }); const clerkMail = `${clerk.py}${clerk.gpy}${int(1, 99)}@${idom}`;
    L.push(`发件人: ${d.n(clerk)} <${d.mail(clerkMail)}>`); L.push(`收件人: ${d.mail(st.email)}`); L.push(`主题: 【${ins}】宠物险理赔资料补充通知（${d.X('claim_no', 'LP' + fD(t, '') + digs(6))}）`); L.push(`时间: ${fDT(t)}`); L.push('');
    L.push(`${st.brand}：您好！`); L.push('以下案件需补充就诊病历及费用明细，请协助提供：'); L.push('');
    L.push('被保险人 | 证件号 | 手机 | 宠物 | 收款卡号');
    for (let i = 0; i < int(2, 5); i++) {
      const o = mkPerson({ city: st.city }); const p = mkPet(o);
      const masked = chance(0.3);
      L.push(`${d.n(o)} | ${masked ? d.mid(o.id) : d.id(o)} | ${masked ? d.mm(o.mobile) : d.m(o.mobile)} | ${d.pet(p)}（${d.breed(p)}） | ${masked ? d.mc(o.card) : d.card(o.card)}`);
    }
    L.push(''); L.push(`如有疑问请致电客服热线${d.X('hotline', hot)}或直接回复本邮件。`);
    L.push(`${ins} 宠物险理赔中心  ${clerk.name}  ${d.ms(clerk.mobile, 'mail')}`);
  } else if (kind === 'supplier') {
    const sup = pick(['华东宠物医疗器械有限公司', '汇达动保供应链', '瑞鹏动物药品有限公司', '金渐层宠物食品商贸']);
    if (/金渐层/.test(sup)) d.X('company_name', sup);
    const rep = mkPerson({ city: st.city }); const repMail = `${rep.py}.${rep.gpy}@${pick(['hdvet', 'huida-ah', 'rp-yp'])}.com`;
    const uc = mkUscc(pick(st.city.regs), '91');
    L.push(`From: ${d.n(rep)} <${d.mail(repMail)}>`); L.push(`To: ${d.n(st.legal)} <${d.mail(st.email)}>`); L.push(`Subject: ${t.m}月对账单及开票信息`); L.push('');
    L.push(`${st.legal.sur || st.legal.name[0]}总您好，附件为${t.m}月对账单，合计¥${d.X('price', money(int(3000, 60000)))}，请核对。`);
    L.push('开票信息：'); L.push(`名称：${sup}`); L.push(`税号：${d.uscc(uc)}`); L.push(`开户行：${pick(['招商银行', '工商银行'])}${st.city.c}分行  账号：${d.X('corp_account', digs(int(12, 15)))}`);
    L.push(`本月到货：${pick(VACC)[0]} ${int(10, 50)}支（批号${d.X('vaccine_batch', vbatch())}），${pick(DEWORM)} ${int(5, 30)}盒。`);
    L.push(''); L.push(`${rep.name}\n手机/微信：${d.ms(rep.mobile, 'mail')}`);
  } else if (kind === 'board') {
    const o = mkPerson({ city: st.city }); const p = mkPet(o); const start = addDays(t, int(3, 20));
    L.push(`From: ${st.full} <${d.mail(st.email)}>`); L.push(`To: ${d.mail(o.email)}`); L.push(`Subject: 寄养预约确认 - ${d.pet(p)}`); L.push('');
    L.push(`尊敬的${d.n(o)}：`);
    L.push(`您为${p.name}（${d.breed(p)}）预约的寄养已确认：${fDc(start)}入住，${fDc(addDays(start, int(2, 10)))}离店。`);
    L.push(`入住时请携带疫苗本及驱虫记录，押金于离店时原路退回。您登记的联系电话为${d.ms(o.mobile, 'mail')}，紧急联系人为${(() => { const e = mkPerson({ city: st.city }); return d.n(e) + '（' + d.ms(e.mobile, 'mail') + '）'; })()}。`);
    L.push(sig());
  } else {
    const o = mkPerson({ city: st.city }); const p = mkPet(o); const groomer = pick(groomers(st).length ? groomers(st) : st.staff);
    L.push(`发件人: ${d.n(o)} <${d.mail(o.email, chance(0.2))}>`); L.push(`收件人: ${d.mail(st.email)}`); L.push(`主题: 投诉：${p.name}洗澡后皮肤划伤`); L.push('');
    L.push(`${fDc(t)}我带${d.pet(p)}（${d.breed(p)}）到贵店做${d.X('service', '精致洗护')}，美容师是${d.nc(groomer.name)}，回家后发现${p.name}腹部有两道划痕并且一直舔。`);
    L.push(`要求店里给个说法，并承担看病费用。我的电话${d.ms(o.mobile, 'mail')}，会员卡号${d.X('member_card', cardNo())}。`);
    L.push(''); L.push(o.name);
  }
  emit(d, L.join('\n'));
}

// 19. 宠物出境 paperwork (owner passport)
function docPetExport() {
  const d = new Doc('pet_export'); const city = pick(CITIES); const st = mkStore(city, true); const o = mkPerson({ city, ymin: 1980, ymax: 2002 }); const p = mkPet(o); if (!p.chip) p.chip = mkChip(); const t = rdt(2023, 2025);
  const pp = mkPassport(); const dest = pick(['日本', '美国', '加拿大', '澳大利亚', '新加坡', '英国', '德国', '新西兰']);
  const agent = mkPerson({ city });
  const L = [];
  if (chance(0.6)) {
    L.push('宠物出境 代办委托单');
    L.push(`委托编号：${d.X('order_no', 'CJ' + fD(t, '') + digs(3))}    目的国：${dest}    预计出境：${fD(addDays(t, int(60, 200)))}`);
    L.push(`主人姓名：${d.n(o)}   拼音：${(o.py + ' ' + o.gpy).toUpperCase()}`);
    L.push(`护照号码：${d.pass(pp)}   身份证号：${d.id(o)}`);
    L.push(`手机：${d.ms(o.mobile, 'mail')}   邮箱：${d.mail(o.email)}`);
    L.push(`宠物：${d.pet(p)} / ${d.breed(p)} / ${p.sex} / 芯片 ${d.chip(p)}`);
    L.push(`狂犬疫苗：${fD(addDays(t, -int(30, 300)))}（${d.X('vaccine', pick(['瑞比克', '诺必达狂犬']))}，批号${d.X('vaccine_batch', vbatch())}）  抗体检测：${pick(['已送检', '待送检', `${(0.5 + R() * 10).toFixed(2)} IU/ml 合格`])}`);
    L.push(`代办人：${d.n(agent)}  ${d.ms(agent.mobile, 'form')}   代办费：¥${d.X('price', money(int(1500, 6000)))}`);
    L.push(`出具机构：${d.store(st)}   官方兽医：${d.n(pick(st.staff))}`);
  } else {
    L.push(`From: ${d.n(agent)} <${d.mail(agent.email)}>`); L.push(`To: ${d.mail(o.email)}`); L.push(`Subject: RE: ${d.pet(p)}去${dest}的材料清单`); L.push('');
    L.push(`${d.titled(o, o.sex === 'F' ? '女士' : '先生')}好，`);
    L.push('核对了一下您发来的信息，请确认：');
    L.push(`  姓名：${d.n(o)}\n  Passport No.：${d.pass(pp)}\n  手机：${d.ms(o.mobile, 'mail')}\n  芯片号：${d.chip(p)}（${d.breed(p)}）`);
    L.push('护照号码要和机票、动物检疫证明一致，抗体检测报告原件请寄到我们公司。');
    L.push(`${agent.name}\n${d.ms(agent.mobile, 'mail')}`);
  }
  emit(d, L.join('\n'));
}

// 20. 店务会议纪要
function docMinutes() {
  const d = new Doc('minutes'); const st = mkStore(); const t = rdt(2024, 2025);
  const att = shuffle(st.staff).slice(0, int(3, st.staff.length));
  const L = [];
  L.push(`${d.store(st)} 周例会纪要`); L.push(`时间：${fDc(t)} ${pick(['9:00', '20:30', '21:00'])}   地点：${pick(['二楼会议室', '前台', '美容室'])}`);
  L.push(`主持：${d.n(st.staff[0])}   记录：${d.n(att[att.length - 1])}`);
  L.push(`参会人：${att.map((s) => d.n(s)).join('、')}`);
  L.push('一、上周业绩');
  L.push(`洗护${int(60, 200)}单，医疗收入¥${d.X('price', money(int(20000, 120000)))}，新增会员${int(5, 40)}人，充值¥${money(int(5000, 60000))}。`);
  const g = att[int(0, att.length - 1)];
  L.push(`${g.name}本周洗护好评最多，表扬一次。${pick(['周末人手不够，下周六临时加一个兼职。', '猫咪寄养区消毒记录有漏填，请大家按表执行。'])}`);
  d.nc(g);
  L.push('二、客诉处理');
  const o = mkPerson({ city: st.city }); const p = mkPet(o);
  L.push(`客户${d.n(o)}（${d.m(o.mobile)}）反映${d.pet(p)}${pick(['洗完澡后耳朵发红', '寄养期间体重下降', '美容剪得太短'])}，${pick(['已道歉并退还本次费用', '约定下周免费复查', '赠送一次洗护'])}，由${d.n(pick(att))}跟进。`);
  L.push('三、其他');
  L.push(`1. ${pick(VACC)[0]}库存不足，${d.X('drug_name', pick(['海乐妙', '福来恩', '卫佳捌']))}本月到期${int(2, 8)}盒，需退换。`);
  L.push(`2. 下周起${d.X('service', pick(['驱虫', '绝育', '洁牙']))}套餐活动上线，美团同步。`);
  if (chance(0.5)) L.push(`3. ${pick(att).name}下月休产假/年假，排班由店长调整。`);
  for (const s of att) d.nc(s);
  emit(d, L.join('\n'));
}

// 21. 会员卡退款申请
function docRefund() {
  const d = new Doc('refund_application'); const st = mkStore(); const o = mkPerson({ city: st.city }); const t = rdt(2023, 2025);
  const bal = int(200, 6000) + pick([0, 0.5]);
  const L = [];
  L.push(`${d.store(st)} 会员卡退款申请单`);
  L.push(`申请日期：${fD(t)}   单号：${d.X('refund_no', 'TK' + fD(t, '') + digs(4))}`);
  L.push(`会员姓名：${d.n(o)}   会员卡号：${chance(0.3) ? d.m(o.mobile) : d.X('member_card', cardNo())}`);
  L.push(`身份证号：${d.id(o, pick(['p', 'p', 'x']))}   联系电话：${d.ms(o.mobile, 'form')}`);
  L.push(`卡内余额：¥${d.X('balance', money(bal))}   已赠送金额：¥${money(int(0, 500))}   应退：¥${money(Math.max(0, bal - int(0, 300)))}`);
  L.push(`退款原因：${pick(['搬家离开本市', '宠物去世', '对服务不满意', '宠物送人', '出国'])}`);
  L.push(`收款户名：${d.n(o)}   开户行：${o.bank}${st.city.c}${pick(['分行', st.city.dist[0] + '支行'])}`);
  L.push(`收款卡号：${d.card(o.card, pick(['p', 's', 'd']))}`);
  L.push('');
  L.push(`申请人签字：${o.name}    店长审批：${d.n(st.staff[0])}    财务：${d.n(pick(st.staff.slice(1)))}`);
  emit(d, L.join('\n'));
}

// 22. 洗护日结 (TSV)
function docGroomDaily() {
  const d = new Doc('grooming_daily'); const st = mkStore(); const t = rdt(2024, 2025);
  const gs = groomers(st).length ? groomers(st) : st.staff.slice(1, 3);
  const L = [`${d.store(st)} 洗护日结 ${fD(t)}`];
  L.push(['单号', '到店', '宠物', '品种', '体重', '主人', '电话', '项目', '美容师', '金额', '支付'].join('\t'));
  let sum = 0;
  for (let i = 0; i < int(6, 16); i++) {
    const o = mkPerson({ city: st.city }); const p = mkPet(o); const svc = pick(SERVICES.slice(0, 8)); const pr = priceOf(svc, p); sum += pr;
    const who = R();
    const owner = who < 0.7 ? d.n(o) : who < 0.85 ? d.titled(o, o.sex === 'F' ? '姐' : '哥') : d.X('owner_nickname', nick(p.name));
    const ph = chance(0.85) ? d.m(o.mobile) : chance(0.5) ? d.mm(o.mobile) : d.X('phone_tail', '尾号' + o.mobile.slice(7));
    L.push([d.X('order_no', `X${fD(t, '').slice(2)}${pad(i + 1, 3)}`), `${pad(int(9, 19), 2)}:${pad(int(0, 59), 2)}`, d.pet(p), d.breed(p), d.X('weight', p.weight), owner, ph, d.X('service', svc[0]), d.n(pick(gs)), money(pr), pick(['会员卡', '微信', '支付宝', '次卡', '美团券'])].join('\t'));
  }
  L.push(`合计\t\t\t\t\t\t\t\t\t${money(sum)}`);
  if (chance(0.3)) L.push(`异常：${d.X('phone_typo', badMobile())} 号码打不通，客户电话可能登记错了`);
  emit(d, L.join('\n'));
}

// 23. 疫苗接种登记 + error-laden manual register (decoy-heavy)
function docVaccineRegister() {
  const d = new Doc('vaccine_register'); const st = mkStore(null, true); const t = rdt(2024, 2025);
  const L = [`${d.store(st)} 疫苗接种登记本（电子版） ${t.y}年${t.m}月`];
  L.push('日期|宠物|品种|疫苗|批号|剂次|下次|主人|电话|证件|兽医');
  const t1 = { ...t, d: 1 }; const days = Array.from({ length: int(6, 15) }, () => int(0, dim(t.y, t.m) - 1)).sort((a, b) => a - b).map((k) => addDays(t1, k));
  for (let i = 0; i < days.length; i++) {
    const o = mkPerson({ city: st.city }); const p = mkPet(o); const v = vaccFor(p); const day = days[i];
    const r = R(); let idc = '';
    if (v[2] === '狂犬疫苗' || r < 0.3) {
      const q = R();
      if (q < 0.6) idc = d.id(o);
      else if (q < 0.72) idc = d.X('id_bad_check', badCheckId(o.id));
      else if (q < 0.82) idc = d.X('id_bad_date', badDateId(pick(st.city.regs)));
      else if (q < 0.9) idc = d.X('id_bad_region', badRegionId());
      else idc = d.mid(o.id);
    }
    const q2 = R();
    const ph = q2 < 0.82 ? d.m(o.mobile) : q2 < 0.9 ? d.X('phone_unallocated', badMobile()) : d.X('phone_typo', typoMobile(o.mobile));
    L.push([fD(day).slice(5), d.pet(p), d.breed(p), d.X('vaccine', v[0]), d.X('vaccine_batch', vbatch()), `第${int(1, 3)}针`, fD(addDays(day, pick([21, 28, 365, 365]))), d.n(o), ph, idc, d.n(pick(st.staff.slice(0, 4)))].join('|'));
  }
  emit(d, L.join('\n'));
}

// 24. 信用卡/收款 decoy-heavy: POS settlement notes with masked cards and bad cards
function docPosSettle() {
  const d = new Doc('pos_settlement'); const st = mkStore(); const t = rdt(2024, 2025);
  const L = [`${d.store(st)} 银联POS结算单  商户号 ${d.X('merchant_no', '898' + digs(12))}  终端号 ${d.X('terminal_no', digs(8))}`];
  L.push(`结算日期 ${fD(t)}`);
  L.push('交易时间        卡号                  金额       参考号         授权码  持卡人  备注');
  for (let i = 0; i < int(5, 12); i++) {
    const o = mkPerson({ city: st.city }); const tt = { ...t, h: int(9, 21), mi: int(0, 59), s: int(0, 59) };
    const r = R(); let cardTxt, holder = '', note = '';
    if (r < 0.55) cardTxt = d.mc(o.card);
    else if (r < 0.75) { cardTxt = d.card(o.card); holder = d.n(o); note = '手工录入'; }
    else if (r < 0.88) { cardTxt = d.X('card_bad_luhn', badLuhn(o.card)); note = '卡号有误 交易失败'; }
    else { cardTxt = d.card(o.card, 's'); holder = d.n(o); note = `退款 原卡退回`; }
    L.push(`${fD(tt).slice(5)} ${fT(tt)}  ${cardTxt}  ${money(int(50, 3000))}  ${d.X('pos_ref', digs(12))}  ${d.X('auth_code', digs(6))}  ${holder || '-'}  ${note}`);
  }
  L.push(`收银员：${d.n(pick(st.staff))}   核对：${d.n(st.staff[0])}`);
  emit(d, L.join('\n'));
}

// ============================================================ run =====
const PLAN = [
  [docMemberExport, 18], [docMedical, 22], [docPrescription, 14], [docSms, 14], [docBoarding, 16], [docDogLicense, 14], [docOcr, 12],
  [docPoliceXml, 7], [docInsurance, 24], [docMeituan, 9], [docChat, 26], [docRecharge, 9], [docAdoption, 14], [docLost, 12],
  [docRoster, 10], [docPayroll, 9], [docBookingJson, 18], [docMail, 20], [docPetExport, 10], [docMinutes, 6], [docRefund, 12],
  [docGroomDaily, 8], [docVaccineRegister, 8], [docPosSettle, 9],
];
// interleave kinds deterministically
const queue = []; for (const [f, n] of PLAN) for (let i = 0; i < n; i++) queue.push(f);
for (const f of shuffle(queue)) f();

// ====================================================== self-check =====
const errors = [];
const flat = (s) => s.normalize('NFKC').toLowerCase().replace(/[\s\-()（）·•．]/g, '');
function validId(v) {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (!ALL_REGS.has(v.slice(0, 6))) return false;
  if (!okDate(+v.slice(6, 10), +v.slice(10, 12), +v.slice(12, 14))) return false;
  return idCheck(v.slice(0, 17)) === v[17];
}
function validUscc(v) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16]; }
const validMobile = (v) => /^1[3-9]\d{9}$/.test(v) && MP_ALLOC.has(v.slice(0, 3));
const VALID = {
  cn_resident_id: validId, cn_mobile: validMobile, bank_card: (v) => /^(62|81)\d{14,17}$/.test(v) && luhnOk(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v), cn_uscc: validUscc, cn_passport: (v) => /^E[A-HJ-NP-Z0-9]\d{7}$/.test(v),
  cn_landline: (v) => /^0(10|2[0-57-9]|[3-9]\d{2})[2-8]\d{6,7}$/.test(v),
  person_name_zh: (v) => /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v),
};
function legacyToNew(s15) { const b = s15.slice(0, 6) + '19' + s15.slice(6); return b + idCheck(b); }
for (const doc of DOCS) {
  const F = flat(doc.text); const NF = doc.text.normalize('NFKC');
  const entVals = new Set(doc.entities.map((e) => e.detector + '|' + e.value));
  const known = new Set([...doc.entities, ...doc.dontCare].map((e) => e.detector + '|' + e.value));
  for (const e of doc.entities) {
    if (!VALID[e.detector]) { errors.push(`${doc.id}: unknown detector ${e.detector}`); continue; }
    if (!VALID[e.detector](e.value)) errors.push(`${doc.id}: invalid ${e.detector} ${e.value}`);
    let found = F.includes(flat(e.value));
    if (!found && e.detector === 'cn_resident_id') found = [...F.matchAll(/\d{15}/g)].some((m) => legacyToNew(m[0]) === e.value);
    if (!found) errors.push(`${doc.id}: ${e.detector} ${e.value} not in text`);
  }
  for (const x of doc.decoys) {
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy ${x.kind} "${x.text}" not in text`);
    const fx = flat(x.text);
    for (const e of doc.entities) if (flat(e.value) === fx) errors.push(`${doc.id}: decoy equals entity ${x.text}`);
    if (x.kind === 'id_bad_check' && idCheck(x.text.slice(0, 17)) === x.text[17]) errors.push(`${doc.id}: bad-check ID passes ${x.text}`);
    if (x.kind === 'id_bad_date' && validId(x.text)) errors.push(`${doc.id}: bad-date ID valid ${x.text}`);
    if (x.kind === 'id_bad_region' && validId(x.text)) errors.push(`${doc.id}: bad-region ID valid ${x.text}`);
    if (x.kind === 'card_bad_luhn' && luhnOk(x.text)) errors.push(`${doc.id}: bad-luhn card passes ${x.text}`);
    if (x.kind === 'phone_unallocated' && validMobile(x.text)) errors.push(`${doc.id}: unallocated mobile valid ${x.text}`);
  }
  // leak check: every valid-looking value in the text must be labelled
  for (const m of NF.matchAll(/\d+[Xx]?/g)) {
    const s = m[0].toUpperCase(); const dg = s.replace(/X$/, '');
    if (s.length === 18 && validId(s) && !known.has('cn_resident_id|' + s)) errors.push(`${doc.id}: unlabelled ID ${s}`);
    if (dg.length === 15 && validId(legacyToNew(dg)) && !known.has('cn_resident_id|' + legacyToNew(dg))) errors.push(`${doc.id}: unlabelled legacy ID ${dg}`);
    if (dg.length === 11 && validMobile(dg) && !known.has('cn_mobile|' + dg)) errors.push(`${doc.id}: unlabelled mobile ${dg}`);
    if (s === dg && dg.length >= 16 && dg.length <= 19 && /^62/.test(dg) && luhnOk(dg) && !known.has('bank_card|' + dg) && !known.has('cn_resident_id|' + s)) errors.push(`${doc.id}: unlabelled card ${dg}`);
  }
  for (const m of NF.matchAll(/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g)) {
    const v = m[0].toLowerCase();
    if (!known.has('email|' + v) && !doc.decoys.some((x) => x.text.toLowerCase().includes(v) || v.includes(x.text.toLowerCase().replace(/^@/, '')))) errors.push(`${doc.id}: unlabelled email ${v}`);
  }
  for (const e of doc.entities) if (doc.dontCare.some((c) => c.detector === e.detector && c.value === e.value)) errors.push(`${doc.id}: entity also dontCare`);
  if (entVals.size !== doc.entities.length) errors.push(`${doc.id}: duplicate entities`);
}
const ids = new Set(DOCS.map((x) => x.id)); if (ids.size !== DOCS.length) errors.push('duplicate doc ids');

// ========================================================= output =====
const out = process.argv[2];
if (!out) { console.error('usage: node pets.mjs OUT.jsonl'); process.exit(2); }
writeFileSync(out, DOCS.map((x) => JSON.stringify(x)).join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
for (const x of DOCS) {
  perKind[x.kind] = (perKind[x.kind] || 0) + 1;
  for (const e of x.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of x.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const e of x.decoys) perDecoy[e.kind] = (perDecoy[e.kind] || 0) + 1;
}
const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`pets corpus: ${DOCS.length} documents, ${Object.keys(perKind).length} kinds -> ${out}`);
console.log('documents per kind:', JSON.stringify(perKind));
console.log(`entities per detector (${tot(perDet)}):`, JSON.stringify(perDet));
console.log(`dontCare per detector (${tot(perDc)}):`, JSON.stringify(perDc));
console.log(`decoys per kind (${tot(perDecoy)}):`, JSON.stringify(perDecoy));
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
