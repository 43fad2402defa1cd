#!/usr/bin/env node
/*
 * training.mjs — independent labelled test corpus for listguard.
 *
 * Theme: vocational and tutoring training in China. 职业技能培训学校 that claim
 * 培训补贴 (花名册 sent to 人社局, 银行回盘, 公示名单), 学历提升/成人高考 agents,
 * 课外辅导 (K12) sign-ups and 家长 contact lists, 考证 agencies (教师资格证,
 * 初级会计, 电工证), 线上课程 platforms and their refunds. Documents: 补贴申请花名册
 * (CSV / fixed-width PDF text / XML), 学员报名 exports, OCR'd 签到表 and paper
 * forms, 结业考核成绩, 退费投诉, 招生 agents' chats, platform JSON and logs,
 * 家长联系表, 代报名 notes, school↔bureau e-mails, SMS logs, 收据/发票, minutes,
 * 证书领取表, 培训协议 and more.
 *
 * Usage:   node training.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"trn-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported
 * Normalisation of values: cn_resident_id 18 chars with upper-case X (legacy
 * 15-digit numbers upgraded to 18); cn_mobile 11 digits (no +86, no
 * separators); cn_landline digits incl. leading 0 and area code, no
 * separators/extension; email lower-case; bank_card digits only; cn_uscc 18
 * chars upper-case; cn_passport upper-case; person_name_zh as written without
 * spaces, titles or pinyin. Decoys carry their exact text as written.
 *
 * All values are synthetic: check digits (MOD 11-2, Luhn, GB 32100 + GB 11714)
 * are computed here, dates are real calendar dates, region prefixes are real
 * GB/T 2260 county codes, mobile prefixes are allocated ones.
 * Deterministic: own mulberry32 PRNG with a fixed seed; no clock, no I/O
 * except OUT. Ends with a self-check (exit 1 on failure) and a summary.
 *
 * Written in session 28 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node training.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x7C0A2028);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; };
function wpick(pairs) { // [[item, weight], ...]
  let tot = 0; for (const p of pairs) tot += p[1];
  let r = rnd() * tot;
  for (const p of pairs) { r -= p[1]; if (r < 0) return p[0]; }
  return pairs[pairs.length - 1][0];
}

// ---------------------------------------------------------------- check digits
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function luhnOk(s) {
  let sum = 0, dbl = false;
  for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; }
  return sum % 10 === 0;
}
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const USCC_AL = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += USCC_AL.indexOf(b17[i]) * USCC_W[i]; return USCC_AL[(31 - (s % 31)) % 31]; }
function orgCheck(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; const v = /\d/.test(c) ? +c : c.charCodeAt(0) - 55; s += v * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
function usccValid(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  return usccCheck(s.slice(0, 17)) === s[17];
}

// ---------------------------------------------------------------- regions (GB/T 2260, incl. retired codes)
const REGION = {
  '110101': '北京市东城区', '110102': '北京市西城区', '110103': '北京市崇文区', '110105': '北京市朝阳区', '110108': '北京市海淀区', '110111': '北京市房山区', '110228': '北京市密云县',
  '120101': '天津市和平区', '120104': '天津市南开区', '120221': '天津市宁河县',
  '130102': '石家庄市长安区', '130104': '石家庄市桥西区', '130181': '河北省辛集市', '130626': '河北省定兴县', '130421': '河北省邯郸县', '131121': '河北省枣强县',
  '140105': '太原市小店区', '140106': '太原市迎泽区', '150102': '呼和浩特市新城区',
  '210102': '沈阳市和平区', '210106': '沈阳市铁西区', '210124': '辽宁省法库县', '211224': '辽宁省昌图县', '220102': '长春市南关区', '230103': '哈尔滨市南岗区',
  '310101': '上海市黄浦区', '310104': '上海市徐汇区', '310110': '上海市杨浦区', '310112': '上海市闵行区', '310115': '上海市浦东新区',
  '320102': '南京市玄武区', '320104': '南京市秦淮区', '320106': '南京市鼓楼区', '320115': '南京市江宁区', '320505': '苏州市虎丘区', '320506': '苏州市吴中区', '320507': '苏州市相城区',
  '320581': '江苏省常熟市', '320582': '江苏省张家港市', '320583': '江苏省昆山市', '321322': '江苏省沭阳县', '321323': '江苏省泗阳县', '320826': '江苏省涟水县', '320721': '江苏省赣榆县', '320323': '江苏省铜山县',
  '330106': '杭州市西湖区', '330108': '杭州市滨江区', '330381': '浙江省瑞安市', '330282': '浙江省慈溪市', '330782': '浙江省义乌市', '331081': '浙江省温岭市',
  '340123': '安徽省肥西县', '341221': '安徽省临泉县', '341222': '安徽省太和县', '341225': '安徽省阜南县', '341321': '安徽省砀山县',
  '350102': '福州市鼓楼区', '350104': '福州市仓山区', '350128': '福建省平潭县', '350583': '福建省南安市', '350521': '福建省惠安县',
  '360102': '南昌市东湖区', '360121': '江西省南昌县', '360827': '江西省遂川县',
  '370102': '济南市历下区', '370105': '济南市天桥区', '370202': '青岛市市南区', '370212': '青岛市崂山区', '371321': '山东省沂南县', '371425': '山东省齐河县', '370881': '山东省曲阜市', '371721': '山东省曹县',
  '410102': '郑州市中原区', '410105': '郑州市金水区', '410122': '河南省中牟县', '410181': '河南省巩义市', '411302': '南阳市宛城区', '411321': '河南省南召县',
  '411623': '河南省商水县', '411625': '河南省郸城县', '411627': '河南省太康县', '412727': '河南省淮阳县', '411424': '河南省柘城县', '410526': '河南省滑县', '411522': '河南省光山县', '411528': '河南省息县', '410928': '河南省濮阳县',
  '420102': '武汉市江岸区', '420106': '武汉市武昌区', '420111': '武汉市洪山区', '421087': '湖北省松滋市', '420984': '湖北省汉川市', '421182': '湖北省武穴市', '420281': '湖北省大冶市',
  '430104': '长沙市岳麓区', '430111': '长沙市雨花区', '430124': '湖南省宁乡县', '430521': '湖南省邵东县', '431121': '湖南省祁阳县', '430621': '湖南省岳阳县',
  '440106': '广州市天河区', '440111': '广州市白云区', '440304': '深圳市福田区', '440305': '深圳市南山区', '440306': '深圳市宝安区', '440307': '深圳市龙岗区',
  '440604': '佛山市禅城区', '440606': '佛山市顺德区', '445122': '广东省饶平县', '441521': '广东省海丰县', '440882': '广东省雷州市', '441622': '广东省龙川县',
  '450103': '南宁市青秀区', '450821': '广西平南县', '450921': '广西容县',
  '500101': '重庆市万州区', '500103': '重庆市渝中区', '500105': '重庆市江北区', '500222': '重庆市綦江县', '500229': '重庆市城口县', '500235': '重庆市云阳县',
  '510104': '成都市锦江区', '510107': '成都市武侯区', '510108': '成都市成华区', '510124': '四川省郫县', '511321': '四川省南部县', '511381': '四川省阆中市', '510923': '四川省大英县', '511025': '四川省资中县', '511602': '广安市广安区',
  '520102': '贵阳市南明区', '520321': '贵州省遵义县', '530102': '昆明市五华区', '540102': '拉萨市城关区',
  '610103': '西安市碑林区', '610113': '西安市雁塔区', '610124': '陕西省周至县', '610424': '陕西省乾县', '610525': '陕西省澄城县', '610902': '安康市汉滨区',
  '620102': '兰州市城关区', '620104': '兰州市西固区', '620121': '甘肃省永登县', '620421': '甘肃省靖远县', '621122': '甘肃省陇西县', '622921': '甘肃省临夏县',
  '650102': '乌鲁木齐市天山区', '653101': '新疆喀什市',
};
const MIGRANT = ['341221', '341222', '341225', '341321', '340123', '360121', '360827', '450821', '450921', '520321', '411625', '411627', '412727', '511321', '511381', '500235', '430521', '431121', '321322', '371721'];
const PROVS = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);

// ---------------------------------------------------------------- cities (schools live here)
const CITIES = [
  { c: '苏州', p: '江苏', area: '0512', len: 8, loc: ['320505', '320506', '320507', '320583', '320581', '320582'], rur: ['321322', '321323', '320826', '320721', '320323'], dist: ['吴中区', '相城区', '虎丘区', '姑苏区', '吴江区'] },
  { c: '郑州', p: '河南', area: '0371', len: 8, loc: ['410102', '410105', '410122', '410181'], rur: ['411623', '411625', '411627', '412727', '411424', '410526', '411522', '411528', '410928', '411302', '411321'], dist: ['金水区', '中原区', '二七区', '管城回族区', '惠济区'] },
  { c: '深圳', p: '广东', area: '0755', len: 8, loc: ['440304', '440305', '440306', '440307'], rur: ['445122', '441521', '440882', '441622'], dist: ['福田区', '南山区', '宝安区', '龙岗区', '龙华区'] },
  { c: '成都', p: '四川', area: '028', len: 8, loc: ['510104', '510107', '510108', '510124'], rur: ['511321', '511381', '510923', '511025', '511602'], dist: ['锦江区', '武侯区', '成华区', '郫都区', '新都区'] },
  { c: '武汉', p: '湖北', area: '027', len: 8, loc: ['420102', '420106', '420111'], rur: ['421087', '420984', '421182', '420281'], dist: ['江岸区', '武昌区', '洪山区', '江夏区'] },
  { c: '西安', p: '陕西', area: '029', len: 8, loc: ['610103', '610113'], rur: ['610124', '610424', '610525', '610902'], dist: ['碑林区', '雁塔区', '未央区', '长安区'] },
  { c: '杭州', p: '浙江', area: '0571', len: 8, loc: ['330106', '330108'], rur: ['330381', '330282', '330782', '331081'], dist: ['西湖区', '滨江区', '拱墅区', '萧山区'] },
  { c: '长沙', p: '湖南', area: '0731', len: 8, loc: ['430104', '430111'], rur: ['430124', '430521', '431121', '430621'], dist: ['岳麓区', '雨花区', '开福区', '望城区'] },
  { c: '石家庄', p: '河北', area: '0311', len: 8, loc: ['130102', '130104', '130181'], rur: ['130626', '130421', '131121'], dist: ['长安区', '桥西区', '裕华区', '新华区'] },
  { c: '兰州', p: '甘肃', area: '0931', len: 7, loc: ['620102', '620104'], rur: ['620121', '620421', '621122', '622921'], dist: ['城关区', '七里河区', '西固区', '安宁区'] },
  { c: '济南', p: '山东', area: '0531', len: 8, loc: ['370102', '370105'], rur: ['371321', '371425', '370881', '371721'], dist: ['历下区', '天桥区', '历城区', '槐荫区'] },
  { c: '福州', p: '福建', area: '0591', len: 8, loc: ['350102', '350104'], rur: ['350128', '350583', '350521'], dist: ['鼓楼区', '仓山区', '晋安区'] },
  { c: '重庆', p: '重庆', area: '023', len: 8, loc: ['500103', '500105', '500101'], rur: ['500222', '500229', '500235'], dist: ['渝中区', '江北区', '沙坪坝区', '九龙坡区'] },
  { c: '北京', p: '北京', area: '010', len: 8, loc: ['110101', '110102', '110103', '110105', '110108', '110111'], rur: ['110228', '130626', '131121', '411625'], dist: ['朝阳区', '海淀区', '丰台区', '房山区', '大兴区'] },
  { c: '上海', p: '上海', area: '021', len: 8, loc: ['310101', '310104', '310110', '310112', '310115'], rur: ['341221', '341222', '320826', '321322'], dist: ['闵行区', '浦东新区', '徐汇区', '杨浦区', '松江区'] },
  { c: '广州', p: '广东', area: '020', len: 8, loc: ['440106', '440111'], rur: ['440604', '440606', '445122', '441622', '440882'], dist: ['天河区', '白云区', '番禺区', '海珠区'] },
  { c: '乌鲁木齐', p: '新疆', area: '0991', len: 7, loc: ['650102', '653101'], rur: ['650102', '653101', '621122'], dist: ['天山区', '沙依巴克区', '新市区'], minority: true },
];
const cityBy = (name) => CITIES.find((x) => x.c === name);

// ---------------------------------------------------------------- names
const SUR = ('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo ' +
  '郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai ' +
  '余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao ' +
  '贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 陶tao 黎li ' +
  '贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai 莫mo 孔kong 向xiang 汤tang 常chang 温wen 康kang 施shi 文wen 牛niu ' +
  '樊fan 葛ge 邢xing 安an 齐qi 易yi 乔qiao 伍wu 庞pang 颜yan 倪ni 庄zhuang 聂nie 章zhang 鲁lu 岳yue 翟zhai 殷yin 詹zhan 申shen 耿geng 关guan ' +
  '兰lan 焦jiao 俞yu 左zuo 柳liu 甘gan 祝zhu 包bao 宁ning 尚shang 符fu 舒shu 阮ruan 柯ke 纪ji 梅mei 童tong 凌ling 毕bi 单shan 季ji 裴pei 霍huo ' +
  '涂tu 成cheng 苗miao 谷gu 盛sheng 曲qu 翁weng 冉ran 骆luo 蓝lan 路lu 游you 辛xin 靳jin 管guan 柴chai 蒙meng 鲍bao 华hua 喻yu 祁qi 蒲pu ' +
  '房fang 滕teng 屈qu 饶rao 解xie 牟mu 艾ai 尤you 阳yang 时shi 穆mu 农nong 司si 卓zhuo 古gu 吉ji 缪miao 车che 项xiang 连lian 麦mai 娄lou ' +
  '窦dou 戚qi 岑cen 党dang 宫gong 费fei 卜bu 冷leng 晏yan 席xi 卫wei 米mi 柏bai 宗zong 瞿qu 全quan 佟tong 应ying 闵min 苟gou 邬wu 边bian ' +
  '卞bian 姬ji 师shi 和he 栾luan 隋sui 商shang 沙sha 荣rong 巫wu 寇kou 桑sang 郎lang 甄zhen 仲zhong 虞yu 敖ao 巩gong 明ming 池chi 迟chi')
  .split(' ').map((s, i) => { const m = s.match(/^(\p{Script=Han}+)([a-z]+)$/u); return [m[1], m[2], i]; });
const SUR_W = SUR.map(([h, py, i]) => [[h, py], i < 10 ? 40 - i * 2 : i < 30 ? 12 : i < 60 ? 6 : i < 110 ? 2.5 : 1]);
const COMPOUND = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['夏侯', 'xiahou'], ['慕容', 'murong'], ['东方', 'dongfang'], ['端木', 'duanmu'], ['公孙', 'gongsun']];
const PY = {};
('秀xiu 英ying 桂gui 兰lan 玉yu 海hai 燕yan 晓xiao 丽li 娟juan 春chun 梅mei 红hong 霞xia 华hua 雪xue 小xiao 金jin 凤feng 翠cui 淑shu 珍zhen 美mei ' +
  '玲ling 萍ping 亚ya 琴qin 慧hui 敏min 芳fang 静jing 艳yan 巧qiao 云yun 月yue 花hua 素su 芬fen 爱ai 君jun 婷ting 丹dan 晶jing 楠nan 佳jia ' +
  '梦meng 瑶yao 雨yu 欣xin 思si 文wen 倩qian 颖ying 莉li 莹ying 琳lin 洁jie 璐lu 雯wen 蕾lei 薇wei 露lu 媛yuan 雅ya 琪qi 然ran 莎sha 怡yi ' +
  '涵han 诗shi 嘉jia 彤tong 可ke 馨xin 若ruo 曦xi 语yu 嫣yan 一yi 诺nuo 桐tong 紫zi 晨chen 梓zi 萱xuan 妍yan 子zi 汐xi 依yi 芷zhi 安an ' +
  '沐mu 晴qing 芯xin 蕊rui 悦yue 建jian 国guo 军jun 志zhi 强qiang 刚gang 涛tao 东dong 卫wei 宏hong 伟wei 升sheng 振zhen 德de 明ming 永yong ' +
  '波bo 生sheng 福fu 长chang 青qing 磊lei 勇yong 平ping 辉hui 斌bin 林lin 庆qing 丰feng 俊jun 杰jie 豪hao 浩hao 鹏peng 飞fei 超chao 洋yang ' +
  '亮liang 峰feng 凯kai 帅shuai 龙long 鑫xin 宇yu 博bo 家jia 乐le 轩xuan 旭xu 立li 新xin 远yuan 航hang 熙xi 帆fan 墨mo 鸣ming 皓hao 睿rui ' +
  '泽ze 辰chen 奕yi 锦jin 程cheng 铭ming 昊hao 天tian 煜yu 祺qi 骞qian 宸chen 瑾jin 瑜yu 成cheng 光guang 民min 学xue 良liang 祥xiang 瑞rui 心xin 玥yue 佑you')
  .split(' ').forEach((s) => { const m = s.match(/^(\p{Script=Han})([a-z]+)$/u); PY[m[1]] = m[2]; });
for (const [h, py] of SUR) if (!PY[h]) PY[h] = py;
const GIVEN = {
  F: {
    old: '秀英 桂英 秀兰 玉兰 桂兰 海燕 晓燕 丽娟 春梅 红霞 丽华 春燕 雪梅 小红 金凤 玉梅 翠兰 淑珍 秀珍 美玲 丽萍 亚琴 慧敏 丽 芳 娟 霞 燕 琴 萍 红 敏 静 艳 玲 梅 凤 巧云 月英 春花 红梅 素芬 爱华 玉芳 丽君 海霞 晓红 淑芬 桂珍 秀云'.split(' '),
    mid: '婷婷 丹丹 晶晶 亚楠 佳佳 梦瑶 雨欣 思雨 晓雪 文静 婷 倩 颖 莉 莹 丹 琳 雪 慧 洁 璐 雯 蕾 薇 露 媛 佳慧 雅琪 梦婷 欣然 思佳 晓琳 文婷 丽莎 美琪 佳琪 晓慧 雅静 梦洁 静怡'.split(' '),
    young: '欣怡 雨涵 佳怡 梦琪 诗琪 嘉怡 思彤 可馨 若曦 语嫣 一诺 雨桐 紫涵 晨曦 梓萱 欣妍 诗涵 佳琪 梦瑶 雅琪 心怡 思琪'.split(' '),
    kid: '梓涵 子涵 一诺 梓萱 欣妍 语桐 若汐 诗涵 依依 芷若 安琪 可欣 雨桐 思语 沐晴 梓琪 一涵 语汐 芯蕊 悦彤 梓玥 若曦 可馨 芷晴'.split(' '),
  },
  M: {
    old: '建国 建军 建华 志强 志刚 国强 海涛 晓东 卫东 红军 宏伟 东升 振华 德明 永强 海波 春生 金福 长青 伟 强 磊 军 勇 刚 平 辉 斌 波 明 华 林 庆丰 国平 建平 永生 国庆 志明 德华 福生'.split(' '),
    mid: '俊杰 子豪 浩 鹏 飞 杰 涛 超 洋 亮 峰 凯 帅 龙 鑫 磊 宇 浩然 文博 家乐 明轩 旭东 立新 晓峰 志远 鹏飞 俊 嘉伟 博文 天宇 晓龙 永康 海龙 文杰'.split(' '),
    young: '浩然 宇航 梓轩 俊熙 一帆 文博 浩宇 子墨 一鸣 宇轩 子轩 皓轩 嘉豪 梓豪 俊豪 睿 泽宇 思远 博文 天佑'.split(' '),
    kid: '沐辰 皓轩 宇轩 奕辰 梓睿 锦程 铭泽 昊天 思远 子墨 一鸣 梓航 煜祺 子骞 宸 睿泽 瑾瑜 梓轩 俊熙 浩宇 宇航 铭轩'.split(' '),
  },
};
const MINORITY = [
  ['阿依古丽·买买提', '女', '650102'], ['热依拉·艾力', '女', '653101'], ['木合塔尔·吐尔逊', '男', '653101'], ['艾尔肯·热合曼', '男', '650102'],
  ['古丽娜尔·阿不都', '女', '650102'], ['买买提江·阿布拉', '男', '653101'], ['格桑卓玛', '女', '540102'], ['扎西多吉', '男', '540102'], ['巴特尔', '男', '150102'],
];
function genOf(year) { return year < 1986 ? 'old' : year < 2001 ? 'mid' : year < 2009 ? 'young' : 'kid'; }
function mkName(sex, year) {
  const g = GIVEN[sex === '女' ? 'F' : 'M'][genOf(year)];
  const sur = chance(0.012) ? pick(COMPOUND) : wpick(SUR_W);
  let given = pick(g);
  if (chance(0.22)) { // occasional free combination of two name characters of the same generation
    const a = pick(g).slice(0, 1), b = pick(g).slice(-1);
    if (a !== b) given = a + b;
  }
  const okPy = [...given].every((c) => PY[c]);
  return { name: sur[0] + given, py: okPy ? sur[1] : '', gpy: okPy ? [...given].map((c) => PY[c]).join('') : '', gi: okPy ? [...given].map((c) => PY[c][0]).join('') : '' };
}

// ---------------------------------------------------------------- mobile / bank / mail
const MOB_PRE = [['130', 3], ['131', 3], ['132', 3], ['133', 3], ['134', 3], ['135', 5], ['136', 5], ['137', 5], ['138', 6], ['139', 6], ['145', 0.5], ['147', 1],
  ['150', 3], ['151', 3], ['152', 3], ['153', 2], ['155', 2], ['156', 2], ['157', 2], ['158', 3], ['159', 3], ['166', 1], ['162', 0.3], ['165', 0.3], ['167', 0.3],
  ['170', 0.5], ['171', 0.5], ['172', 0.3], ['173', 1], ['175', 1], ['176', 1], ['177', 1], ['178', 1], ['180', 2], ['181', 2], ['182', 2], ['183', 2], ['184', 1],
  ['185', 2], ['186', 2], ['187', 3], ['188', 2], ['189', 2], ['190', 0.5], ['191', 0.5], ['192', 0.3], ['193', 0.5], ['195', 0.5], ['196', 0.3], ['197', 0.3], ['198', 1], ['199', 1]];
const MOB_OK = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167',
  '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199']);
function mobileOk(s) { return /^1\d{10}$/.test(s) && (MOB_OK.has(s.slice(0, 3)) || s.startsWith('1610') || /^1740[0-5]/.test(s)); }
function mkMobile() { let m; do { m = wpick(MOB_PRE) + digits(8); } while (/(\d)\1{5}/.test(m) || m === '13800138000'); return m; }
function mkBadMobile() { return pick(['140', '141', '144', '146', '148', '149', '154', '194', '174']) + (chance(0.5) ? '9' : '1') + digits(7); }

const BANKS = [
  { n: '中国工商银行', s: '工行', bins: ['622202', '621226', '621558', '622208'], len: 19, w: 6 },
  { n: '中国建设银行', s: '建行', bins: ['621700', '622700', '621284'], len: 19, w: 6 },
  { n: '中国农业银行', s: '农行', bins: ['622848', '622845', '623052'], len: 19, w: 7 },
  { n: '中国银行', s: '中行', bins: ['621661', '621785', '621790'], len: 19, w: 3 },
  { n: '中国邮政储蓄银行', s: '邮储银行', bins: ['621799', '622188', '621098'], len: 19, w: 5 },
  { n: '招商银行', s: '招行', bins: ['622588', '621483', '621485'], len: 16, w: 2 },
  { n: '交通银行', s: '交行', bins: ['622260', '622262'], len: 17, w: 1.5 },
  { n: '兴业银行', s: '兴业', bins: ['622909', '622908'], len: 18, w: 1 },
  { n: '农村商业银行', s: '农商行', bins: ['621449', '623059', '622369'], len: 19, w: 3 },
];
function mkCard(bank) { const b = bank || wpick(BANKS.map((x) => [x, x.w])); const body = pick(b.bins) + digits(b.len - 7); return { bank: b, card: body + luhnDigit(body) }; }
function badCard(card) { // same length, Luhn broken by one digit (typo)
  for (;;) { const i = ri(6, card.length - 1); const d = String((+card[i] + ri(1, 9)) % 10); const c = card.slice(0, i) + d + card.slice(i + 1); if (!luhnOk(c)) return c; }
}
const MAIL_DOM = [['qq.com', 10], ['163.com', 8], ['126.com', 4], ['sina.com', 2], ['foxmail.com', 2], ['139.com', 1], ['outlook.com', 1], ['yeah.net', 1], ['sohu.com', 1], ['aliyun.com', 0.5], ['gmail.com', 0.5]];
function mkQQ() { return String(ri(1, 3)) + digits(ri(7, 9)); } // 8-10 digits, starts 1-3
function mkEmail(p) {
  const dom = wpick(MAIL_DOM);
  if (dom === 'qq.com' || (dom === 'foxmail.com' && chance(0.5)) || !p.py) { p.qq = p.qq || mkQQ(); return p.qq + '@' + dom; }
  if (dom === '139.com') return p.mobile + '@139.com';
  const okPy = !!p.gpy;
  const y2 = String(p.y).slice(2), md = pad(p.m, 2) + pad(p.d, 2);
  const forms = okPy ? [p.py + p.gpy, p.py + p.gpy + y2, p.py + '_' + p.gpy, p.gpy + p.py, p.py + p.gi + md, p.py + p.gpy + String(ri(1, 999)), p.gi + p.py + y2, p.py + '.' + p.gpy]
    : ['xx' + digits(6)];
  return pick(forms) + '@' + dom;
}

// ---------------------------------------------------------------- persons
const GEN_Y = { adult: [1968, 2003], older: [1962, 1982], young: [1998, 2006], kid: [2009, 2018], parent: [1974, 1992], staff: [1976, 1998], teen: [2006, 2011] };
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
function mkDate(y0, y1) { const y = ri(y0, y1), m = ri(1, 12), d = ri(1, dim(y, m)); return { y, m, d }; }
function mkId(region, y, m, d, sex) {
  let seq = pad(ri(0, 99), 2) + String(pick(sex === '男' ? [1, 3, 5, 7, 9] : [0, 2, 4, 6, 8]));
  const b = region + y + pad(m, 2) + pad(d, 2) + seq; return b + idCheck(b);
}
function mkPerson(o = {}) {
  const city = o.city || pick(CITIES);
  const [y0, y1] = GEN_Y[o.gen || 'adult'];
  let sex = o.sex || (chance(o.fp ?? 0.5) ? '女' : '男');
  let dt = mkDate(y0, y1);
  let region, nm;
  if (o.minority || (city.minority && chance(0.35))) {
    const mn = pick(MINORITY); nm = { name: mn[0], py: '', gpy: undefined }; sex = mn[1]; region = mn[2];
  } else {
    const r = rnd(); region = r < 0.45 ? pick(city.loc) : r < 0.85 ? pick(city.rur) : pick(MIGRANT);
    nm = mkName(sex, dt.y);
  }
  if (o.legacy) { dt = mkDate(1955, 1982); }
  const id = mkId(region, dt.y, dt.m, dt.d, sex);
  const p = { name: nm.name, py: nm.py, gpy: nm.gpy, gi: nm.gi, sex, y: dt.y, m: dt.m, d: dt.d, region, id, mobile: mkMobile(), city };
  const c = mkCard(o.bank); p.card = c.card; p.bank = c.bank;
  p.email = mkEmail(p);
  return p;
}
function people(n, o = {}) {
  const out = [], names = new Set(), ids = new Set(), mobs = new Set();
  while (out.length < n) {
    const p = mkPerson(o);
    if (names.has(p.name) || ids.has(p.id) || mobs.has(p.mobile) || (o.avoid && o.avoid.has(p.name))) continue;
    names.add(p.name); ids.add(p.id); mobs.add(p.mobile); out.push(p);
  }
  return out;
}
const legacy15 = (id18) => id18.slice(0, 6) + id18.slice(8, 17);

// ---------------------------------------------------------------- written forms
const FW = (s) => s.replace(/[0-9A-Za-z@.\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0)).replace(/ /g, '\u3000');
function fmtMob(m, st) {
  switch (st) {
    case 's': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '86': return '+86 ' + m;
    case '86n': return '+86' + m;
    case '86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '86d': return '+86-' + m;
    case '0086': return '0086 ' + m;
    case 'p86': return '(+86)' + m;
    case 'fw': return FW(m);
    case '434': return `${m.slice(0, 4)} ${m.slice(4, 7)} ${m.slice(7)}`;
    default: return m;
  }
}
function fmtId(id, st) {
  switch (st) {
    case 'x': return id.replace('X', 'x');
    case 'fw': return FW(id);
    case 's': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'apo': return "'" + id;
    case 'box': return [...id].join(' ');
    case 'tab': return '\t' + id;
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 's4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'd4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return FW(c);
    case 'box': return [...c].join(' ');
    case 'apo': return "'" + c;
    case '6': return c.slice(0, 6) + ' ' + c.slice(6);
    default: return c;
  }
}
function fmtLand(l, st) {
  const a = l.area, n = l.num, h = n.length === 8 ? n.slice(0, 4) + ' ' + n.slice(4) : n.slice(0, 3) + ' ' + n.slice(3);
  switch (st) {
    case 's': return a + ' ' + h;
    case 'p': return `(${a})${n}`;
    case 'fwp': return `（${a}）${n}`;
    case 'n': return a + n;
    case '86': return `+86 ${a.slice(1)} ${h}`;
    default: return a + '-' + n;
  }
}
function mkLand(city) { return { area: city.area, num: String(ri(2, 8)) + digits(city.len - 1) }; }

// ---------------------------------------------------------------- document builder
const ENT_DET = new Set(['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email', 'cn_landline', 'cn_passport', 'cn_uscc']);
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.Y = new Map(); this.split = []; }
  ent(det, v) { if (!ENT_DET.has(det)) throw new Error('det ' + det); this.E.set(det + '|' + v, { detector: det, value: v }); return v; }
  dc(det, v) { this.D.set(det + '|' + v, { detector: det, value: v }); return v; }
  X(kind, text) { text = String(text); if (!this.Y.has(text)) this.Y.set(text, { kind, text }); return text; }
  // labelled writers
  N(name) { this.ent('person_name_zh', name.replace(/\s/g, '')); return name; }
  Ndc(name) { this.dc('person_name_zh', name.replace(/\s/g, '')); return name; }
  M(m, st) { this.ent('cn_mobile', m); return fmtMob(m, st); }
  I(id, st) { this.ent('cn_resident_id', id); return fmtId(id, st); }
  I15(id) { this.ent('cn_resident_id', id); return legacy15(id); }
  C(c, st) { this.ent('bank_card', c); return fmtCard(c, st); }
  E_(e, up) { this.ent('email', e.toLowerCase()); if (/^1[3-9]\d{9}@/.test(e)) this.dc('cn_mobile', e.slice(0, 11)); return up ? e.toUpperCase() : e; }
  L(l, st) { this.ent('cn_landline', l.area + l.num); return fmtLand(l, st); }
  U(u) { this.ent('cn_uscc', u); return u; }
  // masked / decoy writers
  mM(m, st) { const t = st === 'x' ? m.slice(0, 3) + 'xxxx' + m.slice(7) : m.slice(0, 3) + '****' + m.slice(7); return this.X('masked_mobile', t); }
  mI(id, st) {
    const t = st === 'b' ? id.slice(0, 10) + '****' + id.slice(14) : st === 'c' ? id.slice(0, 3) + '*'.repeat(11) + id.slice(14) : st === 'd' ? id.slice(0, 6) + '********' + id.slice(14) : id.slice(0, 4) + '*'.repeat(10) + id.slice(14);
    return this.X('masked_id', t);
  }
  mC(c, st) { const t = st === 's' ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4); return this.X('masked_card', t); }
  mN(name) { const t = name.length === 2 ? name[0] + '*' : name[0] + '*'.repeat(name.length - 2) + name.slice(-1); return this.X('masked_name', t); }
}

// ---------------------------------------------------------------- decoy numbers that must stay clean
function validId18(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROVS.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || m < 1 || m > 12 || d < 1 || d > dim(y, m)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
function plausible15(s) {
  if (!/^\d{15}$/.test(s) || !PROVS.has(s.slice(0, 2))) return false;
  const y = 1900 + +s.slice(6, 8), m = +s.slice(8, 10), d = +s.slice(10, 12);
  return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
}
function dirtyRun(r) { // would a careful engine call this digit run a value?
  const L = r.length;
  if (L === 11 && mobileOk(r)) return 'mobile';
  if (L === 18 && validId18(r.toUpperCase())) return 'id';
  if (L === 15 && plausible15(r)) return 'id15';
  if (L >= 16 && L <= 19 && /^\d+$/.test(r) && luhnOk(r)) return 'card';
  if (L === 18 && usccValid(r.toUpperCase())) return 'uscc';
  return null;
}
function isCleanNum(s) {
  const t = s.normalize('NFKC');
  for (const r of t.match(/\d+[Xx]?/g) || []) { if (dirtyRun(r) || dirtyRun(r.replace(/[Xx]$/, ''))) return false; }
  if (/^[0-9A-Z]{18}$/.test(t) && usccValid(t)) return false;
  return true;
}
function clean(fn) { for (let i = 0; i < 500; i++) { const v = fn(); if (isCleanNum(v)) return v; } throw new Error('clean() gave up'); }

// ---------------------------------------------------------------- USCC
function mkUscc(kind, region) {
  const pre = kind === 'minfei' ? '52' : kind === 'gov' ? '11' : kind === 'shiye' ? '12' : '91';
  const ALB = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  let body8;
  if (pre === '91') body8 = 'MA' + Array.from({ length: 6 }, () => ALB[ri(0, 30)]).join('');
  else if (pre === '52') { const mj = chance(0.6); body8 = (mj ? 'MJ' : '5') + Array.from({ length: mj ? 6 : 7 }, () => String(ri(0, 9))).join(''); }
  else body8 = String(ri(0, 9)) + digits(7);
  body8 = body8.slice(0, 8);
  const b17 = pre + region + body8 + orgCheck(body8);
  const u = b17 + usccCheck(b17);
  if (/^\d{18}$/.test(u) && (luhnOk(u) || validId18(u))) return mkUscc(kind, region); // an all-digit code that is also a Luhn number: draw again
  if ((u.match(/\d+/g) || []).some((r) => r !== u && dirtyRun(r))) return mkUscc(kind, region); // digit run before a letter that looks like a card
  return u;
}

// ---------------------------------------------------------------- dates and domain vocabulary
function mkDay(y0 = 2023, y1 = 2025) { const d = mkDate(y0, y1); if (d.y === 2025 && d.m > 10) d.m = ri(1, 10); d.d = Math.min(d.d, dim(d.y, d.m)); return d; }
function fd(d, st) {
  switch (st) {
    case 'cn': return `${d.y}年${d.m}月${d.d}日`;
    case 'slash': return `${d.y}/${d.m}/${d.d}`;
    case 'dot': return `${d.y}.${pad(d.m, 2)}.${pad(d.d, 2)}`;
    case 'md': return `${d.m}月${d.d}日`;
    case 'compact': return `${d.y}${pad(d.m, 2)}${pad(d.d, 2)}`;
    default: return `${d.y}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
  }
}
function addDays(d, n) { const t = new Date(Date.UTC(d.y, d.m - 1, d.d + n)); return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }; }
const hms = () => `${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
const hm = () => `${pad(ri(7, 22), 2)}:${pad(ri(0, 59), 2)}`;
const JOBS = [
  { n: '育婴员', code: '4-10-01-02', lv: ['五级/初级工', '四级/中级工', '三级/高级工'], fp: 0.95, ab: 'YYY', h: 80 },
  { n: '保育师', code: '4-10-01-03', lv: ['五级/初级工', '四级/中级工'], fp: 0.95, ab: 'BYS', h: 80 },
  { n: '养老护理员', code: '4-10-01-05', lv: ['五级/初级工', '四级/中级工'], fp: 0.8, ab: 'YLHL', gen: 'older', h: 90 },
  { n: '家政服务员', code: '4-10-01-06', lv: ['五级/初级工', '四级/中级工'], fp: 0.9, ab: 'JZFW', gen: 'older', h: 60 },
  { n: '中式烹调师', code: '4-03-02-01', lv: ['五级/初级工', '四级/中级工'], fp: 0.35, ab: 'ZSPT', h: 120 },
  { n: '中式面点师', code: '4-03-02-02', lv: ['五级/初级工', '四级/中级工'], fp: 0.6, ab: 'ZSMD', h: 120 },
  { n: '电工', code: '6-31-01-03', lv: ['五级/初级工', '四级/中级工', '三级/高级工'], fp: 0.04, ab: 'DG', h: 150 },
  { n: '焊工', code: '6-18-02-04', lv: ['五级/初级工', '四级/中级工'], fp: 0.04, ab: 'HG', h: 150 },
  { n: '美容师', code: '4-10-03-01', lv: ['五级/初级工', '四级/中级工'], fp: 0.95, ab: 'MRS', gen: 'young', h: 100 },
  { n: '美发师', code: '4-10-03-02', lv: ['五级/初级工', '四级/中级工'], fp: 0.5, ab: 'MFS', gen: 'young', h: 100 },
  { n: '保安员', code: '4-07-05-01', lv: ['五级/初级工', '四级/中级工'], fp: 0.08, ab: 'BAY', gen: 'older', h: 60 },
  { n: '电子商务师', code: '4-01-02-02', lv: ['五级/初级工', '四级/中级工'], fp: 0.6, ab: 'DZSW', gen: 'young', h: 90 },
  { n: '健康照护师', code: '4-14-01-03', lv: ['五级/初级工', '四级/中级工'], fp: 0.85, ab: 'JKZH', h: 90 },
  { n: '茶艺师', code: '4-03-02-07', lv: ['五级/初级工', '四级/中级工'], fp: 0.85, ab: 'CYS', h: 80 },
  { n: '西式面点师', code: '4-03-02-03', lv: ['五级/初级工', '四级/中级工'], fp: 0.7, ab: 'XSMD', h: 100 },
  { n: '汽车维修工', code: '4-12-01-01', lv: ['五级/初级工', '四级/中级工'], fp: 0.05, ab: 'QCWX', h: 150 },
];
const BRANDS = ['华星', '启航', '博学', '鑫源', '众诚', '金桥', '新途', '安心', '德技', '匠心', '联创', '红星', '明德', '高远', '宏达', '长青', '立达', '蓝天', '振华', '万通', '金穗', '文华'];
function school(city, dist) { return `${city.c}市${dist}${pick(BRANDS)}职业培训学校`.replace('重庆市重庆', '重庆').replace('北京市北京', '北京'); }
const CATS = ['城镇登记失业人员', '农村转移劳动力', '脱贫劳动力', '高校毕业生', '退役军人', '企业在职职工', '就业困难人员', '农村转移劳动力', '城镇登记失业人员'];
function branch(bank, city, rgn) {
  const county = REGION[rgn] ? REGION[rgn].replace(/^.*?(省|市|广西|新疆)/, '') : '';
  const loc = chance(0.6) ? city.c + pick(city.dist).replace(/区$/, '') : (county || city.c);
  return chance(0.5) ? `${bank.s}${loc}支行` : `${bank.n}${loc}支行`;
}
const VILLAGES = ['王庄村', '李集镇', '张湾村', '刘楼村', '陈庄', '杨树村', '黄营村', '赵堂村', '周湾村', '孙店镇', '马坡村', '胡桥村', '郭楼村', '何庄村', '高庄村', '林场村', '罗寨村', '梁集镇', '宋营村', '唐庄村', '韩店村', '冯塘乡', '曹集村', '田湖镇', '石桥村', '余庄村', '方集镇', '程楼村'];
function addrOf(d, p, city) {
  const county = (REGION[p.region] || city.c).replace(/^(.*?省|.*?自治区)/, '');
  if (chance(0.45)) return `${REGION[p.region] || city.c}${pick(['建设路', '人民路', '文化路', '解放路', '新华路'])}${ri(1, 300)}号${chance(0.5) ? ri(1, 20) + '号楼' + ri(1, 6) + '单元' + ri(101, 2802) : ''}`;
  const v = d.X('place', pick(VILLAGES));
  return `${REGION[p.region] || county}${v.endsWith('镇') || v.endsWith('乡') ? v + pick(['', '街']) + ri(1, 99) + '号' : v + pick(['', '一组', '三组', '东街']) + ri(1, 99) + '号'}`;
}
const EMPLOYERS = ['张记面馆', '老王烧烤', '李家私房菜', '刘姐家政服务部', '赵师傅汽修', '周记早点', '陈家月嫂中心', '杨国福麻辣烫', '黄焖鸡米饭', '马大姐保洁', '孙氏养生馆', '何记粉面', '高姐美容工作室',
  '万家福超市', '金太阳幼儿园', '华润万家', '个体', '灵活就业', '待业', '永辉超市', '海底捞', '顺丰速运', '美团外卖'];
const WEEK = ['日', '一', '二', '三', '四', '五', '六'];
const weekday = (d) => WEEK[new Date(Date.UTC(d.y, d.m - 1, d.d)).getUTCDay()];
// display-width padding for fixed-width text (CJK = 2 columns)
const dw = (s) => { let w = 0; for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) && !/[\uff61-\uff9f]/.test(ch) ? 2 : 1; return w; };
const padR = (s, n) => s + ' '.repeat(Math.max(1, n - dw(s)));
const padL = (s, n) => ' '.repeat(Math.max(0, n - dw(s))) + s;

// ================================================================ generators
// Each takes a Doc, writes text through the labelled writers, returns the text.

const SURNAME_PLACES = { '金水区': 1, '张家港': 1, '常熟': 1, '吴中区': 1, '温岭': 1, '高新区': 1, '周口': 1, '江宁': 1, '武侯区': 1, '汉川': 1, '江岸区': 1, '洪山区': 1, '雷州': 1, '龙川': 1, '龙岗区': 1, '沙坪坝': 1, '安宁区': 1, '万州': 1, '明德路': 1 };
function placeDecoys(d, s) { for (const k of Object.keys(SURNAME_PLACES)) if (s.includes(k)) d.X('place', k); }
function jobDecoy(d, job) { d.X('工种', job.n); }
function lvShort(lv) { return lv.split('/')[0]; }
function batchNo(city, day) { return clean(() => pick(city.loc) + day.y + pad(day.m, 2) + pad(ri(1, 40), 3)); }
function classNo(job, day) { return `${job.ab}${String(day.y).slice(2)}${pad(day.m, 2)}-${pad(ri(1, 30), 2)}`; }
const staffOf = (city, n = 1) => people(n, { city, gen: 'staff', fp: 0.7 });
const titleT = (p, t = '老师') => p.name[0] + t;
function mkOrder(day, len = 19) { return clean(() => fd(day, 'compact') + digits(len - 8)); }

// ---------------------------------------------------------------- 1. 补贴申请花名册 (CSV/TSV export of the xlsx)
function genRoster(d) {
  const city = pick(CITIES), dist = pick(city.dist), job = pick(JOBS), lv = pick(job.lv);
  const sch = d.X('机构', school(city, dist)); placeDecoys(d, sch);
  const start = mkDay(), end = addDays(start, ri(8, 20)), fill = addDays(end, ri(1, 6));
  const n = ri(6, 26);
  const ps = people(n, { city, gen: job.gen || 'adult', fp: job.fp });
  const sep = chance(0.6) ? ',' : '\t';
  const batch = d.X('补贴批次号', batchNo(city, start));
  const cls = d.X('班级编号', classNo(job, start));
  const cols = chance(0.5) ? ['序号', '姓名', '性别', '身份证号码', '手机号码', '银行卡号', '开户行', '培训工种', '等级', '人员类别', '备注']
    : ['序号', '姓名', '性别', '公民身份号码', '联系电话', '社保卡银行账号', '开户银行', '培训职业（工种）', '培训等级', '就业状态', '备注'];
  const withCert = chance(0.5), withBirth = chance(0.35), withAddr = chance(0.3), withJob = chance(0.4);
  if (withJob) cols.splice(cols.length - 1, 0, '就业单位');
  if (withAddr) cols.splice(cols.length - 1, 0, '户籍地址');
  if (withBirth) cols.splice(3, 0, '出生日期');
  if (withCert) cols.splice(cols.length - 1, 0, '职业技能等级证书编号');
  const L = [];
  const blanks = sep.repeat(cols.length - 2);
  L.push(`${city.c}市${dist.replace(/区$/, '区')}职业技能培训补贴申请花名册${blanks}`);
  L.push(`培训机构（盖章）：${sch}${sep}${sep}${sep}${sep}培训工种：${d.X('工种', job.n)}${sep}${sep}职业代码：${d.X('职业代码', job.code)}${sep}${sep}`);
  L.push(`开班时间：${fd(start, 'cn')}${sep}${sep}结业时间：${fd(end, 'cn')}${sep}${sep}班级编号：${cls}${sep}${sep}补贴批次号：${batch}${sep}${sep}`);
  L.push(cols.join(sep));
  const sci = chance(0.2) ? ri(0, n - 1) : -1;
  ps.forEach((p, i) => {
    let idTxt;
    if (i === sci) idTxt = d.X('excel_sci', `${p.id[0]}.${p.id.slice(1, 6).replace(/0+$/, '')}E+17`);
    else idTxt = d.I(p.id, wpick([['p', 8], ['apo', 2], ['x', 1]]));
    const mobTxt = chance(0.92) ? d.M(p.mobile, chance(0.9) ? 'p' : 's') : '无';
    let cardTxt = d.C(p.card, wpick([['p', 6], ['s4', 2], ['apo', 1]]));
    const br = branch(p.bank, city, p.region); placeDecoys(d, br);
    let cat = pick(CATS); if (cat === '高校毕业生' && p.y < 1994) cat = '城镇登记失业人员'; if (cat === '退役军人' && p.sex === '女') cat = '农村转移劳动力';
    if (cat === '高校毕业生') d.X('人员类别', cat);
    const rem = wpick([['', 12], ['已就业', 1], ['本人卡', 1], ['卡号已核对', 1], ['手机停机', 0.5], ['补考合格', 0.5], ['外省户籍', 0.6]]);
    const lvv = lvShort(lv); if (lvv === '三级') d.X('等级', lv);
    d.X('开户行', br);
    const row = [i + 1, d.N(p.name), p.sex, idTxt, mobTxt, cardTxt, br, job.n, chance(0.5) ? lvv : lv, cols.includes('就业状态') ? pick(['未就业', '已就业', '灵活就业']) : cat, rem];
    if (withBirth) row.splice(3, 0, d.X('birth_date', wpick([[`${p.y}-${pad(p.m, 2)}-${pad(p.d, 2)}`, 2], [`${p.y}${pad(p.m, 2)}${pad(p.d, 2)}`, 1], [`${p.y}.${pad(p.m, 2)}`, 1]])));
    if (withAddr) row.splice(row.length - 1, 0, addrOf(d, p, city));
    if (withJob) row.splice(row.length - 1, 0, chance(0.75) ? d.X('单位', pick(EMPLOYERS)) : '');
    if (withCert) row.splice(row.length - 1, 0, chance(0.92) ? d.X('证书编号', certNo(end)) : '');
    L.push(row.join(sep));
  });
  if (lv.startsWith('三级')) d.X('等级', lv);
  const [f1, f2] = staffOf(city, 2);
  const land = mkLand(city);
  L.push(`合计：${n}人${blanks}`);
  const tel = chance(0.6) ? d.L(land, pick(['d', 's', 'd'])) : d.M(f1.mobile);
  L.push(`填表人：${d.N(f1.name)}${sep}${sep}联系电话：${tel}${sep}${sep}机构负责人：${chance(0.7) ? d.N(f2.name) : ''}${sep}${sep}填报日期：${fd(fill, 'cn')}${sep}`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 2. 人社系统 PDF → text (fixed width): 公示名单 / 审核结果
function genRosterFW(d) {
  const city = pick(CITIES), dist = pick(city.dist), job = pick(JOBS), lv = pick(job.lv);
  const sch = d.X('机构', school(city, dist)); placeDecoys(d, sch);
  const day = mkDay();
  const n = ri(8, 32);
  const ps = people(n, { city, gen: job.gen || 'adult', fp: job.fp });
  const pub = chance(0.45);
  const batch = d.X('补贴批次号', 'PX' + batchNo(city, day));
  const L = [];
  const amt = { 五级: 800, 四级: 1200, 三级: 1600 }[lvShort(lv)] || 1000;
  if (pub) {
    L.push(padL(`${city.c}市${dist}${day.y}年第${ri(1, 9)}批职业技能培训补贴拟发放人员名单公示`, 70));
    L.push('');
    L.push(`    根据《${city.p}省职业技能提升行动资金管理办法》有关规定，现将${sch}申领职业培训补贴人员名单予以公示，`);
    L.push(`公示期为${fd(addDays(day, 3), 'cn')}至${fd(addDays(day, 9), 'cn')}（5个工作日）。如有异议，请在公示期内向区人社局职业能力建设科反映。`);
    const land = mkLand(city);
    L.push(`    监督电话：${d.L(land, pick(['d', 'p', 'fwp']))}   ${d.X('hotline', '12333')}`);
    L.push('');
    L.push(`批次号：${batch}        工种：${job.n}（${lv}）        补贴标准：${amt}元/人`);
    L.push(padR('序号', 6) + padR('姓名', 12) + padR('性别', 6) + padR('身份证号', 22) + padR('培训工种', 14) + padR('等级', 8) + '补贴金额（元）');
    ps.forEach((p, i) => {
      const nm = chance(0.15) ? d.mN(p.name) : d.N(p.name);
      L.push(padR(String(i + 1), 6) + padR(nm, 12) + padR(p.sex, 6) + padR(d.mI(p.id, pick(['d', 'a', 'd'])), 22) + padR(job.n, 14) + padR(lvShort(lv), 8) + amt.toFixed(2));
      if ((i + 1) % 25 === 0) { L.push(''); L.push(padL(`第 ${(i + 1) / 25} 页 共 ${Math.ceil(n / 25)} 页`, 60)); L.push('\f'); }
    });
    L.push('');
    L.push(padL(`${city.c}市${dist}人力资源和社会保障局`, 70));
    L.push(padL(fd(day, 'cn'), 66));
    jobDecoy(d, job);
    return L.join('\n');
  }
  // internal 审核结果 with phones; narrow columns wrap (extractor puts the tail on the next line)
  L.push(`职业培训补贴审核结果明细表                                     打印时间：${fd(addDays(day, 12))} ${hms()}`);
  L.push(`培训机构：${sch}   批次号：${batch}   工种：${d.X('工种', job.n)}   等级：${lv}`);
  L.push('-'.repeat(118));
  L.push(padR('序号', 5) + padR('姓名', 10) + padR('身份证号码', 16) + padR('手机号码', 13) + padR('银行卡号', 21) + padR('开户行', 20) + padR('审核结果', 10) + '原因');
  L.push('-'.repeat(118));
  ps.forEach((p, i) => {
    let res = '通过', why = '';
    const r = rnd();
    let idTxt, idTail = '';
    const wrap = chance(0.3);
    if (wrap) { idTxt = p.id.slice(0, 14); idTail = p.id.slice(14); d.ent('cn_resident_id', p.id); d.split.push([p.id, [idTxt, idTail]]); }
    else idTxt = d.I(p.id);
    let cardTxt = p.card, cardTail = '';
    if (r < 0.06) { res = '不通过'; why = '考核不合格'; }
    else if (r < 0.1) { res = '不通过'; why = '已享受过同等级补贴'; }
    else if (r < 0.13) { res = '退回'; why = '银行卡户名不符'; }
    if (p.card.length > 19) cardTxt = p.card;
    const bankFull = `${p.bank.n}股份有限公司${city.c}${pick(city.dist)}支行`;
    const br1 = d.X('开户行', bankFull.slice(0, 9)), br2 = d.X('开户行', bankFull.slice(9));
    placeDecoys(d, bankFull);
    d.C(p.card);
    L.push(padR(String(i + 1), 5) + padR(d.N(p.name), 10) + padR(idTxt, 16) + padR(d.M(p.mobile), 13) + padR(cardTxt, 21) + padR(br1, 20) + padR(res, 10) + why);
    L.push(' '.repeat(15) + padR(idTail, 16) + ' '.repeat(34) + br2);
  });
  L.push('-'.repeat(118));
  const ok = ps.length;
  L.push(`合计 ${ok} 人                         审核人：${d.N(staffOf(city)[0].name)}           复核人：`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 3. 学员报名 exports (问卷星 / CRM / 小程序)
function genSignup(d) {
  const city = pick(CITIES), v = ri(0, 2);
  const L = [];
  if (v === 0) { // 问卷星
    const job = pick(JOBS);
    const ps = people(ri(6, 28), { city, gen: job.gen || 'adult', fp: job.fp });
    L.push(['序号', '提交答卷时间', '所用时间', '来源', '来源详情', '来自IP', '1、您的姓名', '2、性别', '3、手机号码', '4、身份证号码', '5、报名项目', '6、文化程度', '7、您是通过什么渠道了解到我们的？', '总分'].join(','));
    const day0 = mkDay();
    ps.forEach((p, i) => {
      const day = addDays(day0, ri(0, 10));
      const ip = d.X('ip', `${pick(['223.104', '117.136', '112.96', '39.144', '183.200', '120.229'])}.${ri(1, 254)}.${ri(1, 254)}(${city.p}-${city.c})`);
      let nm = p.name; if (chance(0.06) && nm.length === 3) nm = nm[0] + ' ' + nm.slice(1);
      let idTxt;
      if (chance(0.07)) { idTxt = d.X('bad_id_check', clean(() => p.id.slice(0, 17) + pick('0123456789X'.split('').filter((c) => c !== p.id[17])))); }
      else idTxt = d.I(p.id, wpick([['p', 8], ['x', 2], ['s', 0.5]]));
      const mob = d.M(p.mobile, wpick([['p', 10], ['s', 1], ['d', 0.5]]));
      L.push([i + 1, d.X('timestamp', `${fd(day, 'slash')} ${hms()}`), `${ri(40, 400)}秒`, pick(['微信', '微信', '手机提交', '链接']), 'N/A', ip, d.N(nm), p.sex, mob, idTxt,
        pick([job.n, job.n + '（' + lvShort(pick(job.lv)) + '）', job.n + '培训']), pick(['初中', '高中', '中专', '大专', '本科', '小学', '高中/中专']),
        pick(['朋友推荐', '社区通知', '抖音', '朋友圈', '人社公众号', '其他']), 0].join(','));
    });
    jobDecoy(d, job);
    return L.join('\n');
  }
  if (v === 1) { // CRM export (考证/学历)
    const ps = people(ri(5, 24), { city, gen: chance(0.5) ? 'young' : 'adult', fp: 0.6 });
    const staff = staffOf(city, 3);
    const prods = [['初级会计职称 无忧通关班', 2980], ['教师资格证笔试 全科精讲班', 1680], ['教资面试 结构化+试讲 小班', 2280], ['一级建造师 全科VIP', 6980], ['二级建造师 实务冲刺', 1980],
      ['成人高考 专升本 全程辅导', 3600], ['健康管理师三级 考证班', 2680], ['低压电工作业 初训', 680], ['人力资源管理师三级', 2380]];
    const campus = pick(['文化路校区', '高新区校区', '万达校区', '明德路校区', '总部', '江北校区', '金水区校区']);
    placeDecoys(d, campus);
    L.push(['学员编号', '姓名', '手机号', '身份证号', '报名项目', '班型', '校区', '课程顾问', '订单号', '应收', '实收', '支付方式', '报名日期', '创建时间', '备注'].join('\t'));
    ps.forEach((p) => {
      const [pr, price] = pick(prods); const day = mkDay();
      const paid = chance(0.8) ? price : price - pick([200, 300, 500]);
      const st = pick(staff);
      const advisor = chance(0.7) ? d.N(st.name) : d.X('老师称呼', titleT(st));
      const ord = d.X('订单号', mkOrder(day, pick([18, 19])));
      const stuNo = d.X('学员编号', `XY${String(day.y).slice(2)}${pad(day.m, 2)}${pad(ri(1, 999), 4)}`);
      const idTxt = chance(0.85) ? d.I(p.id, pick(['p', 'p', 'x'])) : '';
      const rem = wpick([['', 8], ['分期', 1], ['老学员转介绍', 1], ['已开发票', 0.7], ['待补身份证复印件', 0.6], ['学信网已注册', 0.5]]);
      L.push([stuNo, d.N(p.name), d.M(p.mobile), idTxt, pr, pick(['周末班', '网课', '面授', '直播+面授']), campus, advisor, ord, price.toFixed(2), paid.toFixed(2), pick(['微信', '支付宝', 'POS刷卡', '对公转账', '分期乐']), fd(day), d.X('timestamp', fd(day, 'compact') + hms().replace(/:/g, '')), rem].join('\t'));
    });
    d.X('班型', '周末班');
    return L.join('\n');
  }
  // 小程序 order export (JSON lines -> CSV with quoted fields)
  const ps = people(ri(4, 18), { city, gen: 'young', fp: 0.55 });
  L.push('"报名ID","课程名称","课程编号","学员姓名","联系电话","证件号码","邮箱","下单时间","支付流水号","金额","状态"');
  const course = pick([['2025年教资笔试科目一二 冲刺营', 'KC-JZ-2501'], ['初级会计实务+经济法基础 畅学班', 'KC-KJ-2402'], ['电工证考前 题库+实操视频', 'KC-DG-2403'], ['高中数学 寒假一轮复习', 'KC-GZSX-2412']]);
  d.X('课程编号', course[1]);
  if (course[0].startsWith('高中')) d.X('课程', course[0]);
  ps.forEach((p) => {
    const day = mkDay(); const flow = d.X('支付流水号', clean(() => '4200' + digits(24)));
    const mail = chance(0.6) ? d.E_(p.email) : '';
    L.push([`"${ri(100000, 999999)}"`, `"${course[0]}"`, `"${course[1]}"`, `"${d.N(p.name)}"`, `"${d.M(p.mobile, chance(0.2) ? '86n' : 'p')}"`, `"${chance(0.7) ? d.I(p.id) : ''}"`, `"${mail}"`,
      `"${fd(day)} ${hms()}"`, `"${flow}"`, `"${pick(['99.00', '199.00', '399.00', '1280.00'])}"`, `"${pick(['已支付', '已支付', '已退款', '退款中'])}"`].join(','));
  });
  return L.join('\n');
}

// ---------------------------------------------------------------- 4. 签到表, OCR'd from paper
const OCR_SUB = { '0': ['O', 'o', 'D'], '1': ['l', 'I', '|'], '5': ['S'], '8': ['B'], '2': ['Z'], '6': ['b'], '9': ['g'] };
function ocrBreak(s) { // replace one digit by a look-alike letter (the pieces left must not look like values themselves)
  for (;;) { const i = ri(0, s.length - 1); const subs = OCR_SUB[s[i]]; if (!subs) continue; const t = s.slice(0, i) + pick(subs) + s.slice(i + 1); if (isCleanNum(t)) return t; }
}
const MISREAD = { '王': '玉', '李': '季', '陈': '阵', '杨': '扬', '赵': '起', '周': '用', '刘': '対', '张': '弦', '孙': '孔', '马': '乌', '胡': '湖', '林': '材' };
function genSignin(d) {
  const city = pick(CITIES), job = pick(JOBS), lv = pick(job.lv);
  const sch = school(city, pick(city.dist)).replace('职业培训学校', chance(0.5) ? ' 职业培训学校' : '职业培训学校'); d.X('机构', sch); placeDecoys(d, sch);
  const day = mkDay(); const n = ri(8, 26);
  const ps = people(n, { city, gen: job.gen || 'adult', fp: job.fp });
  const L = [];
  const bar = pick([' | ', ' 丨 ', '  ', ' ｜ ']);
  L.push(sch);
  L.push(`${job.n}（${lvShort(lv)}）培训班 签 到 表`); jobDecoy(d, job);
  L.push(`日期：${day.y}年 ${day.m} 月 ${day.d}日   第 ${ri(1, 12)} 天   上午 口 下午 口     班级：${d.X('班级编号', classNo(job, day))}`);
  const withId = chance(0.5);
  const withNo = chance(0.5), no0 = ri(1, 60);
  L.push(['序号', ...(withNo ? ['学号'] : []), '姓 名', withId ? '身份证号' : '身份证后六位', '联系电话', '签到', '签退'].join(bar));
  ps.forEach((p, i) => {
    let nm = p.name;
    const nmTxt = chance(0.35) ? [...nm].join(' ') : nm;
    d.N(nm);
    let idTxt;
    if (withId) {
      if (chance(0.12)) { idTxt = ocrBreak(p.id); d.dc('cn_resident_id', p.id); }
      else idTxt = d.I(p.id, wpick([['p', 6], ['s', 1], ['fw', 1], ['x', 1]]));
    } else idTxt = d.X('id_last6', p.id.slice(-6));
    let mob;
    const r = rnd();
    if (r < 0.14) { mob = ocrBreak(p.mobile); d.dc('cn_mobile', p.mobile); }
    else if (r < 0.2) { mob = d.M(p.mobile, '434'); }
    else mob = d.M(p.mobile, wpick([['p', 6], ['s', 2], ['fw', 1.5], ['d', 0.5]]));
    const sig = () => {
      const r2 = rnd();
      if (r2 < 0.1) return '（请假）';
      if (r2 < 0.2 && MISREAD[nm[0]]) { const w = MISREAD[nm[0]] + nm.slice(1); d.Ndc(w); return w; }
      if (r2 < 0.25) return '√';
      return nm;
    };
    L.push([String(i + 1), ...(withNo ? [d.X('学号', `${String(day.y).slice(2)}${pad(day.m, 2)}${pad(no0 + i, 3)}`)] : []), nmTxt, idTxt, mob, sig(), sig()].join(bar));
  });
  const t = staffOf(city)[0];
  L.push(`授课老师：${d.N(t.name)}      班主任签字：${d.X('老师称呼', titleT(staffOf(city)[0]))}`);
  L.push(pick(['第 1 页', '- 1 -', '']));
  return L.join('\n');
}

// ---------------------------------------------------------------- 5. 结业考核成绩
function certNo(day) { return clean(() => 'Y0000' + pick(['32', '41', '44', '51', '42', '61', '33']) + '0000' + pad(ri(1, 99), 2) + String(day.y).slice(2) + digits(6)); }
function zkz(day) { return clean(() => String(day.y).slice(2) + pick(['32', '41', '44', '51', '42', '61']) + pad(ri(1, 99), 4) + pad(ri(1, 40), 2) + pad(ri(1, 60), 2) + pad(ri(0, 99), 2)); }
function genScores(d) {
  const city = pick(CITIES), v = ri(0, 2);
  const day = mkDay(); const L = [];
  if (v < 2) {
    const job = pick(JOBS), lv = pick(job.lv);
    const sch = d.X('机构', school(city, pick(city.dist)));
    const ps = people(ri(10, 30), { city, gen: job.gen || 'adult', fp: job.fp });
    const sep = v === 0 ? '\t' : ' | ';
    L.push(`${day.y}年第${ri(1, 8)}期${job.n}（${lv}）职业技能等级认定 成绩汇总表`); jobDecoy(d, job);
    L.push(`评价机构：${sch}    考点：${pick(['实训楼三楼', '本校考场', '第二考场', '理论机考室'])}    考核日期：${fd(day)}`);
    const masked = chance(0.35);
    L.push(['序号', '准考证号', '姓名', '身份证号', '理论知识', '技能操作', '综合评审', '结果', '证书编号'].join(sep));
    ps.forEach((p, i) => {
      const z = d.X('准考证号', zkz(day));
      const absent = chance(0.06);
      const t = absent ? '缺考' : String(ri(45, 96)), s = absent ? '缺考' : String(ri(50, 95));
      const pass = !absent && +t >= 60 && +s >= 60;
      const cn = pass ? d.X('证书编号', certNo(day)) : '';
      L.push([i + 1, z, d.N(p.name), masked ? d.mI(p.id, pick(['a', 'd', 'b'])) : d.I(p.id), t, s, absent ? '' : String(ri(60, 90)), pass ? '合格' : '不合格', cn].join(sep));
    });
    const s1 = staffOf(city, 2);
    L.push(`考评员：${d.N(s1[0].name)}、${d.N(s1[1].name)}    质量督导员：${d.X('职务', '质量督导员')}签字`);
    return L.join('\n');
  }
  // 特种作业 低压电工 考试结果 (证号 = T + 身份证号)
  const ps = people(ri(8, 22), { city, fp: 0.05 });
  L.push(`${city.p}省特种作业人员考试成绩查询结果导出  作业类别：电工作业  操作项目：${d.X('操作项目', '低压电工作业')}`);
  L.push('姓名,身份证号,考试类型,安全生产知识,实际操作,考试结果,证号,发证日期');
  ps.forEach((p) => {
    const a = ri(55, 98), b = pick(['合格', '合格', '合格', '不合格']);
    const pass = a >= 80 && b === '合格';
    const showId = chance(0.85);
    const idTxt = showId ? d.I(p.id) : d.mI(p.id, 'b');
    let zh = '';
    if (pass) { zh = 'T' + p.id; if (!showId) d.dc('cn_resident_id', p.id); }
    L.push([d.N(p.name), idTxt, pick(['初训', '初训', '复审']), a, b, pass ? '合格' : '不合格', zh, pass ? fd(addDays(day, 20)) : ''].join(','));
  });
  return L.join('\n');
}

const MIN_NAMES = new Set(MINORITY.map((m) => m[0]));
function surnameOf(n) { return COMPOUND.some((c) => n.startsWith(c[0])) ? n.slice(0, 2) : n.slice(0, 1); }
function givenOf(n) { return n.slice(surnameOf(n).length); }
// ---------------------------------------------------------------- online platforms / K12 brands
const PLATFORMS = [['学尖网校', 'xuejian-edu.com'], ['知行课堂', 'zhixingketang.cn'], ['考呗网校', 'kaobei100.com'], ['易考通', 'yikaotong.net'], ['会计帮', 'kuaijibang.cn'], ['金榜在线', 'jinbang-online.com']];
const K12 = ['高分培优', '金榜学堂', '向阳教育', '博思教育', '尚学堂', '明师堂', '常青藤学苑', '文华课堂'];
const COURSES = [['初级会计职称 无忧通关班', 3980], ['2025教资笔试 科目一二三 全程班', 1680], ['一级建造师 全科VIP签约班', 8800], ['二建 实务冲刺 押题班', 1980], ['中级会计 三科联报', 4980],
  ['心理咨询 基础+考证', 2980], ['健康管理师三级 直播课', 2680], ['王牌冲刺班（教资面试）', 2280], ['PS+剪辑 就业班', 4680], ['Python数据分析 就业班', 9800]];

// ---------------------------------------------------------------- 6. 退费 complaints / requests
function genRefund(d) {
  const city = pick(CITIES), v = ri(0, 3);
  const [plat, dom] = pick(PLATFORMS); const [course, price] = pick(COURSES);
  if (course.startsWith('王牌')) d.X('课程', '王牌冲刺班');
  const day = mkDay(); const later = addDays(day, ri(20, 160));
  const p = people(1, { city, gen: chance(0.6) ? 'young' : 'adult', fp: 0.6 })[0];
  const ord = d.X('订单号', (chance(0.5) ? 'E' : '') + mkOrder(day, 19));
  const adv = staffOf(city)[0];
  if (v === 0) { // 黑猫投诉 style, public page: the complainant's data are masked
    d.X('机构', plat);
    const L = [];
    L.push(`[投诉对象]${plat}`);
    L.push(`[投诉问题]${pick(['退款难', '虚假宣传，退款难', '诱导贷款报名，拒不退费', '承诺不过退费未兑现'])}`);
    L.push(`[投诉要求]${pick(['全额退款', '退款', '退款并解除分期贷款'])}`);
    L.push(`[涉诉金额]${price}元`);
    L.push(`[投诉进度]${pick(['处理中', '已回复', '已完成'])}`);
    L.push('');
    L.push(`${fd(day, 'cn')}我在抖音直播间被${d.X('老师称呼', titleT(adv))}拉进群，说报${plat}的“${course}”考不过全额退费，当天就付了${price}元（订单号：${ord}）。` +
      `${pick(['上课后发现全是录播，和宣传的直播小班完全不一样。', '老师说的“内部押题”根本就是网上免费的资料。', '后来才知道是分期贷款，每个月自动扣款。'])}` +
      `${fd(later, 'md')}按协议申请退费，客服一直说“已提交财务”，到现在${ri(20, 90)}天了一分没退，打${d.X('hotline', '400-' + ri(600, 999) + '-' + pad(ri(0, 9999), 4))}也没人接。`);
    L.push(`本人：${d.mN(p.name)}  注册手机：${d.mM(p.mobile)}  请平台帮忙督促退款！`);
    return L.join('\n');
  }
  if (v === 1) { // mail to the platform
    const L = [];
    const kefu = d.E_(pick(['kefu', 'service', 'tuifei', 'kf01']) + '@' + dom);
    L.push(`发件人: ${d.N(p.name)} <${d.E_(p.email)}>`);
    L.push(`收件人: ${plat}客服 <${kefu}>`);
    L.push(`主题: 退费申请-订单号${ord}`);
    L.push(`时间: ${fd(later)} ${hm()}`);
    L.push('');
    L.push('您好：');
    L.push(`    本人${p.name}，注册手机号${d.M(p.mobile, pick(['p', 'p', 's']))}，于${fd(day, 'cn')}在贵平台购买《${course}》课程，实付${price}元。${pick(['因工作调动无法继续学习', '报名时课程顾问承诺的直播课实际为录播', '课程尚未开课', '已按协议参加考试未通过'])}，根据《课程服务协议》相关条款申请退费。`);
    L.push('    请将退款退至以下账户：');
    L.push(`    户名：${p.name}`);
    const br = branch(p.bank, city, p.region); placeDecoys(d, br);
    L.push(`    开户行：${d.X('开户行', br)}`);
    L.push(`    卡号：${d.C(p.card, pick(['p', 's4', 's4']))}`);
    if (chance(0.5)) L.push(`    身份证号：${d.I(p.id)}（核验用）`);
    L.push(`    附件：${d.X('附件', '支付截图@2x.png')}、协议截图.jpg`);
    L.push('');
    L.push(`    顾问${adv.name}（${d.M(adv.mobile)}）知道情况，可以联系他/她核实。`);
    d.N(adv.name);
    L.push('');
    L.push(p.name);
    L.push(fd(later, 'cn'));
    return L.join('\n');
  }
  if (v === 2) { // K12 退费申请单
    const brand = d.X('机构', pick(K12));
    const kid = people(1, { city, gen: 'kid' })[0];
    const par = people(1, { city, gen: 'parent', sex: chance(0.55) ? '女' : '男' })[0];
    if ((par.sex === '男' || chance(0.2)) && !MIN_NAMES.has(kid.name) && !MIN_NAMES.has(par.name)) { const nn = surnameOf(kid.name) + givenOf(par.name); if (nn !== kid.name) par.name = nn; }
    const campus = pick(['文化路校区', '万达校区', '高新区校区', '江北校区', '明德路校区']); placeDecoys(d, campus); d.X('校区', campus);
    const hrs = ri(16, 48), used = ri(2, hrs - 4), unit = pick([120, 150, 180, 220]);
    const L = [];
    L.push(`${brand}  退费申请单`);
    L.push(`申请日期：${fd(later)}            单号：${d.X('退费单号', 'TF' + fd(later, 'compact') + pad(ri(1, 99), 4))}`);
    L.push(`学员姓名：${d.N(kid.name)}        年级：${pick(['三年级', '五年级', '初一', '初二', '初三', '高一'])}        校区：${campus}`);
    L.push(`家长姓名：${d.N(par.name)}        联系电话：${d.M(par.mobile)}`);
    L.push(`报名课程：${pick(['数学', '英语', '物理', '语文', '化学'])}${pick(['春季班', '暑假班', '秋季班', '一对一', '寒假班'])}（${hrs}课时）   已上课时：${used}   剩余课时：${hrs - used}`);
    L.push(`缴费金额：${(hrs * unit).toFixed(2)}    应退金额：${((hrs - used) * unit).toFixed(2)}    手续费：${pick(['0', '0', '200.00'])}`);
    L.push(`退费原因：${pick(['□时间冲突 ☑效果不满意 □搬家 □其他', '☑时间冲突 □效果不满意 □搬家 □其他', '□时间冲突 □效果不满意 ☑搬家 □其他'])}`);
    const br = branch(par.bank, city, par.region); placeDecoys(d, br);
    L.push(`收款账户：户名 ${par.name}   开户行 ${br}   账号 ${d.C(par.card, pick(['s4', 'p']))}`);
    L.push(`家长签字：${par.name}          班主任：${d.X('老师称呼', titleT(adv))}          校区负责人签字：`);
    L.push('财务审核：            审批：');
    return L.join('\n');
  }
  // WeChat messages to 客服 copied into a ticket
  const L = [];
  L.push(`工单号：${d.X('工单号', 'GD' + fd(later, 'compact') + digits(5))}   渠道：企业微信   状态：待财务处理`);
  L.push('—— 聊天记录 ——');
  const who = MIN_NAMES.has(p.name) ? p.name : givenOf(p.name).length === 2 ? givenOf(p.name) + pick(['', '妈妈', '']) : p.name;
  if (who === givenOf(p.name)) d.Ndc(who);
  const ks = `${plat}-小${pick(['雅', '安', '七', '糖'])}`; d.X('客服昵称', ks);
  let mm = ri(9, 20) * 60 + ri(0, 30);
  const tt = () => { mm += ri(1, 9); return `${fd(later)} ${pad(Math.floor(mm / 60), 2)}:${pad(mm % 60, 2)}`; };
  L.push(`${who} ${tt()}`);
  L.push('你好 我要退课 之前说好7天无理由的');
  L.push(`${ks} ${tt()}`);
  L.push('亲 您好 麻烦提供一下报名人姓名 手机号 订单号 以及退款账户哦');
  L.push(`${who} ${tt()}`);
  const sepc = pick([' ', '，', '\n']);
  L.push([`姓名${d.N(p.name)}`, `电话${d.M(p.mobile, pick(['p', 's']))}`, `订单${ord}`].join(sepc));
  L.push(`退到这张卡 ${d.C(p.card, pick(['p', 's4']))} ${p.bank.s} ${p.name}`);
  L.push(`${ks} ${tt()}`);
  L.push('好的 已经帮您提交 3-7个工作日原路或到卡 请耐心等待~');
  d.X('机构', plat);
  return L.join('\n');
}

// ---------------------------------------------------------------- 7. 招生 agents' chats pasting students
function studentLine(d, p, st, job) {
  switch (st) {
    case 0: return `${d.N(p.name)} ${d.I(p.id, pick(['p', 'x']))} ${d.M(p.mobile)}`;
    case 1: return `姓名：${d.N(p.name)}\n身份证：${d.I(p.id)}\n电话：${d.M(p.mobile, pick(['p', 's']))}`;
    case 2: return `${d.N(p.name)}/${d.I(p.id)}/${d.M(p.mobile)}/${job ? job.n : ''}`;
    case 3: return `${d.N(p.name)}，${p.sex}，身份证号${d.I(p.id)}，手机${d.M(p.mobile)}，卡号${d.C(p.card)}（${p.bank.s}）`;
    default: return `${d.N(p.name)}  ${d.M(p.mobile, 'd')}  ${d.I(p.id)}`;
  }
}
function genChat(d) {
  const city = pick(CITIES), v = ri(0, 2), day = mkDay();
  const a = staffOf(city, 2); const agent = '招生-小' + a[0].name[0], edu = '教务-' + titleT(a[1]);
  d.X('称呼', '小' + a[0].name[0]); d.X('老师称呼', titleT(a[1]));
  const L = []; let t = ri(8, 11) * 60 + ri(0, 59);
  const stamp = (who) => { t += ri(1, 25); return v === 2 ? `${who}：` : `${fd(day)} ${pad(Math.floor(t / 60) % 24, 2)}:${pad(t % 60, 2)}:${pad(ri(0, 59), 2)}  ${who}`; };
  const say = (who, msg) => { if (v === 2) L.push(stamp(who) + msg); else { L.push(stamp(who)); L.push(msg); } };
  if (chance(0.5)) { // 补贴班 凑人头
    const job = pick(JOBS); jobDecoy(d, job);
    const grp = `【${city.c}${job.n}${pick(['补贴班', '3月班', '周末班'])}对接群】`;
    L.push(v === 2 ? grp + '（截图识别）' : `群聊：${grp}`);
    say(edu, `${d.X('mention', '@所有人')} ${job.n}这期还差${ri(3, 9)}个，人社下周${pick(['二', '三', '四'])}来查，有身份证的抓紧发我，卡号一起发，补贴下来按老规矩`);
    const ps = people(ri(2, 7), { city, gen: job.gen || 'adult', fp: job.fp });
    const st = ri(0, 4);
    say(agent, `${a[1].name[0]}姐 先报${ps.length}个 都是我们村的`);
    d.X('称呼', `${a[1].name[0]}姐`);
    say(agent, ps.map((p) => studentLine(d, p, st, job)).join('\n'));
    const g0 = ps[0].name.length === 2 || MIN_NAMES.has(ps[0].name) ? ps[0].name : givenOf(ps[0].name);
    say(edu, `收到 ${g0}的卡是本人的吗 上回有个用家属卡的退回来了`);
    if (g0 !== ps[0].name) d.Ndc(g0);
    say(agent, '是本人的 签到表你们帮签一下 她们白天要上班');
    if (chance(0.5)) say(edu, `[转账] ${d.X('amount', '¥' + (ps.length * pick([100, 150, 200])).toFixed(2))} 上期的人头费`);
    if (chance(0.6)) {
      const q = people(1, { city })[0];
      say(agent, `还有个${q.name}，身份证过期了能报吗`); d.Ndc(q.name);
      say(edu, '临时身份证也行 拍正反面');
    }
    say(edu, `ok 结业考试${fd(addDays(day, ri(10, 20)), 'md')}，必须本人到场 人脸识别的`);
    return L.join('\n');
  }
  // 学历提升 / 考证 agents
  const what = pick(['成考专升本', '成考高起专', '国开本科', '自考本科', '教资笔试代报', '初级会计代报']);
  L.push(v === 2 ? `${what}对接（截图）` : `与“${city.c}${what}-${a[1].name[0]}姐”的聊天记录`);
  const ps = people(ri(1, 5), { city, gen: 'adult', fp: 0.6 });
  say(agent, `${a[1].name[0]}姐 又来${ps.length}个 ${what} ${pick(['工商管理', '会计学', '学前教育', '护理学', '计算机科学与技术', '汉语言文学'])}`);
  d.X('称呼', `${a[1].name[0]}姐`);
  for (const p of ps) {
    const lines = [`${d.N(p.name)} ${p.sex}`, `身份证${d.I(p.id, pick(['p', 'p', 'x', 's']))}`, `电话${d.M(p.mobile, pick(['p', 's', 'd']))}`];
    if (chance(0.4)) lines.push(`邮箱 ${d.E_(p.email)}`);
    if (what.startsWith('成考专升本') || what.startsWith('国开') || what.startsWith('自考')) {
      const g = d.X('毕业证书编号', gradCert(Math.min(2023, Math.max(p.y + 20, 2008) + ri(0, 3))));
      lines.push(`专科毕业证编号${g}`);
    }
    say(agent, lines.join(pick(['\n', ' ', '，'])));
  }
  say(edu, `收到 照片要白底的 ${what.includes('教资') ? '学信网账号密码也发下' : '学费先交一半'}`);
  if (chance(0.5)) { say(agent, '[图片]'); say(agent, '[图片]'); }
  say(agent, `${d.X('word', '好嘞')} 这${ps.length}个的返点月底一起结哈`);
  return L.join('\n');
}
function gradCert(y) { // 学历证书编号: 学校代码5 + 办学类型1 + 年份4 + 层次2 + 顺序6
  y = y || ri(2008, 2022);
  return clean(() => pick(['10459', '10475', '12518', '11068', '13506', '12794', '10511', '14212']) + pick(['1', '5']) + y + pick(['05', '06', '06']) + digits(6));
}

// ---------------------------------------------------------------- 8. 学员信息 JSON from an online course platform
function genPlatform(d) {
  const city = pick(CITIES), [plat, dom] = pick(PLATFORMS);
  const ps = people(ri(2, 9), { city, gen: chance(0.5) ? 'young' : 'adult' });
  const nick = ['周末愉快', '学习使我快乐', '向阳花', '金榜题名', '程序猿小李', '一只会计狗', '上岸上岸', '白白胖胖', '高山流水', '余生请多指教', '田园犬', '石头', '常有理', '马到成功'];
  const ns = shuffle(nick);
  const list = ps.map((p, i) => {
    const day = mkDay(); const ms = Date.UTC(day.y, day.m - 1, day.d, ri(0, 23), ri(0, 59), ri(0, 59)) + ri(0, 999);
    const u = { uid: ri(100000000, 199999999), nickname: d.X('昵称', ns[i % ns.length]), real_name: d.N(p.name) };
    const mst = wpick([['p', 6], ['86d', 1], ['86n', 1]]);
    u.mobile = d.M(p.mobile, mst);
    if (chance(0.75)) u.email = d.E_(p.email);
    if (chance(0.6)) u.id_card = d.I(p.id, chance(0.15) ? 'x' : 'p');
    else u.id_card_masked = d.mI(p.id, 'c');
    u.gender = p.sex === '男' ? 1 : 2;
    u.reg_time = d.X('timestamp', `${fd(day)} ${hms()}`);
    u.last_login = ms + ri(1, 9) * 86400000; d.X('timestamp_ms', String(u.last_login));
    const [c, price] = pick(COURSES);
    u.orders = [{ order_no: d.X('订单号', 'E' + mkOrder(day, 20)), course_id: d.X('课程编号', `C${ri(1000, 9999)}`), course_name: c, pay_amount: price.toFixed(2), pay_channel: pick(['wxpay', 'alipay', 'huabei_fq']), refund_status: pick(['NONE', 'NONE', 'REFUND_APPLY', 'REFUNDED']) }];
    if (chance(0.3)) u.refund_account = { bank_name: p.bank.n, card_no: d.C(p.card), holder: d.N(p.name) };
    return u;
  });
  const body = { code: 0, msg: 'success', data: { total: ri(ps.length, 400), page: 1, page_size: 20, list } };
  const pretty = chance(0.5);
  return (pretty ? '' : `// GET https://admin.${dom}/api/v2/students?page=1&keyword=&status=all  200 OK\n`) + JSON.stringify(body, null, pretty ? 2 : 0);
}

// ---------------------------------------------------------------- 9. 家长联系表 (K12 tutoring)
function genParents(d) {
  const city = pick(CITIES), brand = d.X('机构', pick(K12));
  const grade = pick(['三年级', '四年级', '五年级', '六年级', '初一', '初二', '初三', '高一', '高二']);
  const mid = /初|高/.test(grade);
  const subj = mid ? pick(['数学', '英语', '物理', '语文', '化学']) : pick(['数学', '英语', '语文', '数学思维', '作文']);
  const term = pick(['暑假班', '寒假班', '春季班', '秋季班', '周末精品班']);
  const teacher = staffOf(city, 2);
  const n = ri(5, 18); const kids = people(n, { city, gen: grade.startsWith('高') || grade.startsWith('初') ? 'teen' : 'kid' });
  const sep = pick(['\t', ',', ' | ']);
  const L = [];
  L.push(`${brand} ${grade}${subj}${term}（${d.X('班级编号', `${pick(['S', 'W', 'C', 'Q'])}${pick(['SX', 'YY', 'WL', 'YW'])}${pad(ri(1, 30), 2)}`)}班） 家长联系表`);
  L.push(`授课：${d.X('老师称呼', titleT(teacher[0]))}   助教：${d.X('称呼', '小' + teacher[1].name[0])}   上课时间：${pick(['周六 8:00-10:00', '周日 14:00-16:00', '每天 9:00-11:30', '周五 18:30-20:30'])}`);
  const withId = chance(0.3), withMail = chance(0.25), two = chance(0.4), withNo = chance(0.5);
  const cols = ['序号', '学生姓名', '学校', '年级', '家长姓名', '关系', '家长电话'];
  if (withNo) cols.splice(1, 0, '学员卡号');
  const withFee = chance(0.5); if (withFee) { cols.push('收费单号'); cols.push('金额'); }
  if (two) cols.push('备用电话'); if (withId) cols.push('学生身份证号（保险用）'); if (withMail) cols.push('家长邮箱'); cols.push('备注');
  L.push(cols.join(sep));
  const schools = mid ? [`${city.c}${pick(['八中', '外国语学校', '一中', '十九中', '七中'])}`, `${pick(city.dist)}${pick(['育才中学', '实验中学'])}`, `${city.c}${pick(['八中', '四十七中', '枫杨外国语'])}`]
    : [`${city.c}${pick(['实验小学', '外国语小学'])}`, `${pick(city.dist)}${pick(['实验小学', '第二小学', '育英小学'])}`, `${pick(['文化路', '金水路', '人民路', '解放路', '黄河路'])}${pick(['小学', '第一小学'])}`];
  kids.forEach((k, i) => {
    const rel = pick(['妈妈', '妈妈', '爸爸', '母亲', '父亲', '奶奶']);
    const par = people(1, { city, gen: rel === '奶奶' ? 'older' : 'parent', sex: /妈|母|奶/.test(rel) ? '女' : '男' })[0];
    let pname = par.name;
    if (/爸|父/.test(rel) && chance(0.85) && !MIN_NAMES.has(k.name) && !MIN_NAMES.has(par.name)) { const nn = surnameOf(k.name) + givenOf(par.name); if (nn !== k.name) pname = nn; }
    const row = [i + 1, d.N(k.name), d.X('学校', pick(schools)), grade, chance(0.1) && givenOf(k.name).length === 2 && !MIN_NAMES.has(k.name) ? d.X('家长称呼', givenOf(k.name) + rel) : d.N(pname), rel, d.M(par.mobile, wpick([['p', 8], ['s', 1], ['d', 1]]))];
    if (withNo) row.splice(1, 0, d.X('学员卡号', clean(() => String(ri(2019, 2025)) + pad(ri(1, 9999), 6))));
    if (two) row.push(chance(0.5) ? d.M(mkMobile()) : '');
    if (withId) row.push(chance(0.9) ? d.I(k.id) : '');
    if (withMail) row.push(chance(0.6) ? d.E_(par.email) : '');
    if (withFee) { row.push(chance(0.9) ? d.X('收费单号', 'SF' + String(ri(2023, 2025)).slice(2) + pad(ri(1, 12), 2) + pad(ri(1, 28), 2) + pad(ri(1, 999), 4)) : ''); row.push(pick(['2880', '3600', '4200', '1980', '5400'])); }
    row.push(wpick([['', 8], ['微信同号', 3], ['试听', 1], ['老生续费', 1.5], ['需发票', 0.5], ['周末班转入', 0.6], ['已退费', 0.4]]));
    L.push(row.join(sep));
  });
  L.push(`班主任：${d.N(teacher[1].name)} ${d.M(teacher[1].mobile)}（有事请提前请假，补课需预约）`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 10. 代报名 notes (考证 agencies)
function genProxyReg(d) {
  const city = pick(CITIES), ex = pick([
    ['2025年上半年中小学教师资格考试（笔试）', ['小学语文', '小学数学', '初中英语', '幼儿园', '高中数学', '初中道德与法治']],
    ['2025年度全国会计专业技术初级资格考试', ['初级会计实务+经济法基础']],
    ['2024年成人高考', ['专升本 工商管理', '高起专 会计', '专升本 学前教育', '专升本 护理学']],
    ['低压电工作业 特种作业操作证 初训', ['初训', '复审']],
  ]);
  const ps = people(ri(1, 6), { city, gen: chance(0.6) ? 'young' : 'adult' });
  const L = [];
  L.push(`代报名 ${ex[0]}  ${pick(['截止' + ri(1, 28) + '号', '周五前报完', '注意照片审核'])}`);
  L.push('');
  ps.forEach((p, i) => {
    const f = ri(0, 2);
    if (f === 0) {
      L.push(`${i + 1}. ${d.N(p.name)} ${pick(ex[1])}  报名号${d.X('报名号', clean(() => String(ri(2024, 2025)).slice(2) + pad(ri(11, 65), 2) + digits(6)))}`);
      L.push(`身份证：${d.I(p.id, pick(['p', 'x', 's']))}`);
      L.push(`手机：${d.M(p.mobile, pick(['p', 's']))}`);
      if (chance(0.75)) L.push(`邮箱：${d.E_(p.email, chance(0.05))}`);
      L.push(`${ex[0].includes('教师') ? '中小学教师资格考试网' : ex[0].includes('会计') ? '全国会计资格评价网' : '报名系统'}密码：${d.X('password', pick(['Aa', 'Zk', 'Jz', 'Kj']) + p.id.slice(10, 14) + pick(['@', '#', '!']) + ri(10, 99))}`);
      L.push(`学历：${pick(['本科 在读 2025届', '专科 已毕业', '本科 已毕业', '专科 在读 2026届'])}  照片${pick(['已收', '未发', '审核没过 重拍'])}`);
    } else if (f === 1) {
      const paid = pick(['已缴费', '没缴费', '待审核']);
      L.push(`${i + 1}）${d.N(p.name)}  ${d.M(p.mobile)}  ${d.I(p.id)}  ${chance(0.6) ? d.E_(p.email) : ''}  ${paid}${paid === '已缴费' ? ' 缴费单号' + d.X('缴费单号', mkOrder(mkDay(), 20)) : ''}`);
    } else {
      L.push(`---- ${i + 1} ----`);
      L.push(`姓名=${d.N(p.name)}`);
      L.push(`证件类型=居民身份证`);
      L.push(`证件号码=${d.I(p.id, pick(['p', 'x']))}`);
      L.push(`手机号码=${d.M(p.mobile)}`);
      L.push(`电子邮箱=${d.E_(p.email)}`);
      L.push(`报考=${pick(ex[1])}  考区=${city.c}市${pick(city.dist)}`);
      if (chance(0.3)) L.push(`准考证号=${d.X('准考证号', zkz(mkDay()))}`);
    }
    L.push('');
  });
  if (chance(0.45)) { // someone using a passport
    const p = people(1, { city, gen: 'young' })[0];
    const pass = 'E' + pick(['A', 'B', 'C', 'D', 'F', 'G', 'H', 'J', 'K']) + digits(7);
    L.push(`${ps.length + 1}. ${d.N(p.name)}（在国外 用护照报）`);
    L.push(`证件类型：护照  证件号码：${pass}`); d.ent('cn_passport', pass);
    L.push(`手机：${d.M(p.mobile, pick(['86s', '86', '0086']))}  邮箱：${d.E_(p.email)}`);
    L.push('');
  }
  L.push(`${pick(['费用', '代报费'])}：${pick(['50/人', '100/人', '含在学费里'])}  ${pick(['全部报完发群里', '有问题找' + d.X('老师称呼', titleT(staffOf(city)[0])), '审核结果出来截图'])}`);
  return L.join('\n');
}

const CITY_PY = { 苏州: 'suzhou', 郑州: 'zhengzhou', 深圳: 'shenzhen', 成都: 'chengdu', 武汉: 'wuhan', 西安: 'xian', 杭州: 'hangzhou', 长沙: 'changsha', 石家庄: 'sjz', 兰州: 'lanzhou', 济南: 'jinan', 福州: 'fuzhou', 重庆: 'cq', 北京: 'bj', 上海: 'sh', 广州: 'gz', 乌鲁木齐: 'wlmq' };
// hard wrap at a display width, never inside a protected string (names, decoys, e-mails); digits may be split
function hardWrap(text, width, protect) {
  const out = [];
  for (const line of text.split('\n')) {
    let cur = line;
    while (dw(cur) > width) {
      let cut = 0, w = 0; for (const ch of cur) { const cw = dw(ch); if (w + cw > width) break; w += cw; cut += ch.length; }
      for (const p of protect) { if (!p) continue; let k = cur.indexOf(p); while (k >= 0) { if (k < cut && k + p.length > cut) cut = k; k = cur.indexOf(p, k + 1); } }
      // a number cut in two must not leave a piece that looks like a value of its own
      const isD = (c) => /[0-9Xx]/.test(c || '');
      for (let tries = 0; tries < 8 && isD(cur[cut - 1]) && isD(cur[cut]); tries++) {
        let a = cut; while (a > 0 && isD(cur[a - 1])) a--; let b = cut; while (b < cur.length && isD(cur[b])) b++;
        if (isCleanNum(cur.slice(a, cut)) && isCleanNum(cur.slice(cut, b))) break;
        cut--;
      }
      if (cut <= 0) break;
      out.push(cur.slice(0, cut)); cur = cur.slice(cut);
    }
    out.push(cur);
  }
  return out.join('\n');
}
function protectList(d) { return [...d.Y.keys(), ...[...d.E.values()].filter((e) => e.detector === 'person_name_zh' || e.detector === 'email').map((e) => e.value), ...[...d.D.values()].filter((e) => e.detector === 'person_name_zh').map((e) => e.value)]; }
function schoolMail(city) { return pick(['hx', 'qh', 'bx', 'xy', 'zc', 'jq', 'jx', 'lc']) + pick(['px', 'peixun', '_pxxx', 'zypx']) + pick(['', String(ri(2010, 2021)), String(ri(1, 99))]) + '@' + pick(['163.com', '126.com', 'qq.com', 'sina.com']); }
function bureauMail(city) { return pick(['zynljsk', 'jycjk', 'pxk', 'zjk_rsj', 'jyfwzx']) + '@' + pick([CITY_PY[city.c] + '.gov.cn', CITY_PY[city.c] + 'rsj.gov.cn', '163.com']); }

// ---------------------------------------------------------------- 11. school ↔ bureau e-mails
function genBureauMail(d) {
  const city = pick(CITIES), dist = pick(city.dist), job = pick(JOBS), lv = pick(job.lv);
  const sch = d.X('机构', school(city, dist)); placeDecoys(d, sch);
  const bureau = `${city.c}市${dist}人力资源和社会保障局`;
  const ks = pick(['职业能力建设科', '就业促进科', '职业技能鉴定中心']);
  const day = mkDay(); const [s1, s2] = staffOf(city, 2); const off = people(1, { city, gen: 'staff' })[0];
  const smail = schoolMail(city), bmail = bureauMail(city);
  const uscc = mkUscc('minfei', pick(city.loc));
  const land = mkLand(city), bland = mkLand(city);
  const v = ri(0, 2); const H = [], B = [];
  const batch = d.X('补贴批次号', batchNo(city, day)); jobDecoy(d, job);
  if (v === 0) { // school → bureau: submission, with two corrected persons pasted
    H.push(`发件人：${sch} <${d.E_(smail)}>`);
    H.push(`收件人：${d.E_(bmail)}`);
    if (chance(0.5)) H.push(`抄送：${d.N(s2.name)} <${d.E_(s2.email)}>`);
    H.push(`主题：关于报送${day.y}年第${ri(1, 9)}期${job.n}培训补贴申请材料的函（${d.X('文号', `${pick(['华星', '启航', '博学', '众诚'])}培函〔${day.y}〕${ri(3, 60)}号`)}）`);
    H.push(`时间：${fd(day, 'cn')}（星期${weekday(day)}）${hm()}`);
    H.push(`附件：${pick(['补贴申请花名册', '花名册（盖章版）'])}.xlsx；签到表扫描件.pdf；结业考核成绩.xls`);
    B.push(`${bureau}${ks}：`);
    const n = ri(20, 48), ok = n - ri(0, 4);
    B.push(`    我校于${fd(addDays(day, -ri(20, 40)), 'cn')}至${fd(addDays(day, -ri(3, 10)), 'cn')}开展${job.n}（${lv}）培训，共培训学员${n}人，结业考核合格${ok}人。现将补贴申请材料报上（批次号${batch}），请予审核。`);
    const ps = people(ri(1, 3), { city, gen: job.gen || 'adult', fp: job.fp });
    B.push(`    另：上一批次退回的人员信息已更正如下：`);
    ps.forEach((p, i) => {
      const what = pick(['银行卡号', '身份证号', '手机号']);
      const val = what === '银行卡号' ? `${d.C(p.card, pick(['p', 's4']))}（${p.bank.n}）` : what === '身份证号' ? d.I(p.id) : d.M(p.mobile);
      B.push(`    ${i + 1}. ${d.N(p.name)}，${what}更正为${val}${what !== '身份证号' ? '，身份证号' + d.I(p.id) : ''}；`);
    });
    B.push('    特此函告。');
    B.push('');
    B.push(`联系人：${d.N(s1.name)}`);
    B.push(`电话：${d.L(land, pick(['d', 's']))}  手机：${d.M(s1.mobile)}`);
    B.push(sch);
    B.push(`统一社会信用代码：${d.U(uscc)}`);
    B.push(fd(day, 'cn'));
  } else if (v === 1) { // bureau → school: 审核意见 with the errors its system found
    H.push(`From: ${ks} <${d.E_(bmail)}>`);
    H.push(`To: ${d.E_(smail)}`);
    H.push(`Subject: 回复：${job.n}培训补贴申请材料（批次号${batch}）审核意见`);
    H.push(`Date: ${fd(day)} ${hms()}`);
    B.push(`${sch}：`);
    B.push(`    你校报送的补贴申请材料经系统比对及人工审核，以下人员信息有误，请核实后于${fd(addDays(day, 5), 'md')}前重新报送，逾期视为放弃本批次申领：`);
    const ps = people(ri(2, 5), { city, gen: job.gen || 'adult', fp: job.fp });
    ps.forEach((p, i) => {
      const row = ri(2, 45); const r = ri(0, 4);
      if (r === 0) B.push(`    ${i + 1}. 第${row}行 ${d.N(p.name)}：身份证号码${d.X('bad_id_check', clean(() => p.id.slice(0, 17) + pick('0123456789X'.split('').filter((c) => c !== p.id[17]))))}校验位错误；`);
      else if (r === 1) { const t = clean(() => { const b17 = p.id.slice(0, 10) + pick(['0230', '0231', '1131', '0431', '1332', '0631', '0900']) + pad(ri(0, 999), 3); return b17 + idCheck(b17); }); B.push(`    ${i + 1}. 第${row}行 ${d.N(p.name)}：身份证号码${d.X('bad_id_date', t)}出生日期不合法；`); }
      else if (r === 2) B.push(`    ${i + 1}. 第${row}行 ${d.N(p.name)}：手机号码${d.X('bad_mobile', mkBadMobile())}号段不存在；`);
      else if (r === 3) { const bc = badCard(p.card); d.dc('bank_card', bc); B.push(`    ${i + 1}. 第${row}行 ${d.N(p.name)}：银行卡号${bc}校验不通过，请核对是否为本人一类账户；`); }
      else B.push(`    ${i + 1}. 第${row}行 ${d.N(p.name)}（${d.mI(p.id, 'd')}）：已于${ri(2019, 2023)}年享受过同工种同等级培训补贴，不予重复补贴；`);
    });
    B.push(`    另，签到表第${ri(2, 9)}天下午有${ri(3, 8)}人签名笔迹一致，请说明情况。系统回执号：${d.X('回执号', clean(() => 'HZ' + fd(day, 'compact') + digits(8)))}`);
    B.push('');
    B.push(`${bureau}${ks}`);
    B.push(`经办人：${d.N(off.name)}  ${d.L(bland, pick(['d', 'p']))}`);
    if (chance(0.5)) { B.push(''); B.push(`> 在 ${fd(addDays(day, -6))} ${hm()}，${sch} <${smail}> 写道：`); B.push(`> 补贴申请材料见附件，请审核。联系人：${d.N(s1.name)}`); }
  } else { // school answering with a long pasted list (mail client turned the table into text)
    H.push(`发件人: "${s1.name}" <${d.E_(s1.email)}>`); d.N(s1.name);
    H.push(`收件人: "${off.name}" <${d.E_(off.email)}>`); d.N(off.name);
    H.push(`主题: 补报${job.n}学员信息（${pick(['缺的', '上次漏报的', '更正后'])}${ri(3, 9)}人）`);
    H.push(`日期: ${fd(day)} ${hm()}`);
    B.push(`${off.name[0]}科长您好：`);
    d.X('职务称呼', off.name[0] + '科长');
    B.push(`    按您电话里说的，补报人员信息如下（身份证、手机、卡号均已逐一核对本人原件）：`);
    const ps = people(ri(3, 9), { city, gen: job.gen || 'adult', fp: job.fp });
    ps.forEach((p, i) => B.push(`    ${i + 1}、${d.N(p.name)} ${p.sex} ${d.I(p.id)} ${d.M(p.mobile)} ${d.C(p.card)} ${p.bank.s}`));
    B.push(`    如有问题请随时联系我，${d.M(s1.mobile, pick(['p', 'd']))}。`);
    B.push('');
    B.push(`${s1.name}`);
    B.push(sch);
  }
  let body = B.join('\n');
  if (chance(0.4)) body = hardWrap(body, pick([72, 76, 80]), protectList(d));
  return H.join('\n') + '\n\n' + body;
}

// ---------------------------------------------------------------- 12. SMS
function genSMS(d) {
  const city = pick(CITIES), v = ri(0, 2);
  const brand = pick(BRANDS); const sch = school(city, pick(city.dist)).replace(/.*区/, '');
  const sig = d.X('短信签名', `【${brand}培训】`);
  if (v === 0) { // 短信平台 send log
    const job = pick(JOBS); const day = mkDay(); const ps = people(ri(5, 25), { city, gen: job.gen || 'adult', fp: job.fp });
    const L = ['发送时间,接收号码,短信内容,发送状态,计费条数,回执时间'];
    const zl = mkLand(city), zst = pick(['d', 'n']); const zx = () => d.L(zl, zst);
    const tmpl = pick([
      (p) => `${sig}${p.name}${pick(['同学', '学员'])}您好！您报名的${job.n}（${lvShort(pick(job.lv))}）培训班将于${fd(day, 'md')}8:30开课，地址：${city.c}市${pick(city.dist)}${pick(['文化路', '建设路', '人民路', '明德路'])}${ri(1, 300)}号${ri(2, 5)}楼，请携带身份证原件及银行卡。退订回T`,
      (p) => `${sig}${p.name}您好，您的结业考试时间为${fd(addDays(day, 14), 'md')} 9:00，须本人参加（人脸识别），请勿迟到。咨询：${zx()}`,
      (p) => `${sig}尊敬的${p.name}${p.sex === '女' ? '女士' : '先生'}，您的培训补贴申请已提交人社部门审核，请保持手机畅通，如接到核查电话请如实回答。`,
    ]);
    ps.forEach((p) => {
      const msg = tmpl(p).replace(/,/g, '，'); d.Ndc(p.name);
      const ok = chance(0.9);
      L.push([d.X('timestamp', `${fd(day)} ${hms()}`), d.M(p.mobile), `"${msg}"`, ok ? '成功' : pick(['失败:空号', '失败:停机', '失败:黑名单']), msg.length > 70 ? 2 : 1, ok ? d.X('timestamp', `${fd(day)} ${hms()}`) : ''].join(','));
    });
    jobDecoy(d, job);
    return L.join('\n');
  }
  if (v === 1) { // a few received messages, copied out of a phone
    const p = people(1, { city })[0]; const day = mkDay(); const L = [];
    L.push(`${fd(day, 'md')} ${hm()}  ${d.X('短信号码', '106' + digits(ri(9, 12)))}`);
    L.push(`【${city.c}人社】${p.name}您好，您${day.y}年参加的职业技能培训补贴${pick([800, 1200, 1500])}元已于${fd(day, 'md')}发放至您${d.X('card_tail', '尾号' + p.card.slice(-4))}的社会保障卡银行账户，请注意查收。如有疑问请咨询${d.X('hotline', '12333')}。`);
    d.Ndc(p.name);
    L.push('');
    L.push(`${fd(addDays(day, -30), 'md')} ${hm()}  ${d.M(staffOf(city)[0].mobile)}`);
    const t = staffOf(city)[0];
    L.push(`${p.name.length === 2 ? p.name : givenOf(p.name)}，明天${pick(['人社局', '区里'])}来抽查，问你就说全程都来上课了，老师姓${t.name[0]}，教的${pick(['育婴', '养老护理', '面点', '电工'])}。`);
    if (p.name.length !== 2 && !MIN_NAMES.has(p.name)) d.Ndc(givenOf(p.name));
    return L.join('\n');
  }
  // 催费 / 续费 SMS drafts in a tutoring school, with phone list below
  const brand2 = d.X('机构', pick(K12)); const ps = people(ri(4, 12), { city, gen: 'parent' });
  const L = [`群发草稿（${brand2}）：`, `${sig.replace(brand + '培训', brand2)}家长您好，${pick(['秋季班', '寒假班', '春季班'])}续费优惠截止本周日，老生续报立减${pick([200, 300, 500])}元，详询班主任。退订回T`, '', '发送名单：'];
  d.X('短信签名', sig.replace(brand + '培训', brand2));
  ps.forEach((p) => L.push(`${d.N(p.name)}${pick([' ', '  ', '：', ' - '])}${d.M(p.mobile, pick(['p', 'p', 's']))}`));
  return L.join('\n');
}

// ---------------------------------------------------------------- 13. 收据 / 发票
function genInvoice(d) {
  const city = pick(CITIES), day = mkDay(), v = ri(0, 2);
  const p = people(1, { city })[0]; const cashier = staffOf(city)[0];
  if (v === 0) { // 收款收据, OCR
    const sch = d.X('机构', school(city, pick(city.dist))); placeDecoys(d, sch);
    const job = pick(JOBS); jobDecoy(d, job); const amt = pick([800, 1200, 1500, 1800, 2600]);
    const CN = { 800: '捌佰元整', 1200: '壹仟贰佰元整', 1500: '壹仟伍佰元整', 1800: '壹仟捌佰元整', 2600: '贰仟陆佰元整' };
    const L = [];
    L.push('收  款  收  据');
    L.push(`${fd(day, 'cn').replace(/(\d+)年(\d+)月/, '$1年 $2 月 ')}          NO.${d.X('收据编号', pad(ri(1, 99999), 7))}`);
    L.push(`今收到 ${d.N(p.name)}${chance(0.5) ? `（身份证 ${d.I(p.id, pick(['p', 's']))}）` : ''}`);
    L.push(`交来：${job.n}培训费${chance(0.4) ? '（含教材、考试费）' : ''}`);
    L.push(`人民币（大写）${CN[amt]}      ¥${amt}.00`);
    L.push(`收款方式：${pick(['现金', '微信', '支付宝'])}   联系电话：${d.M(p.mobile, pick(['p', 's']))}`);
    L.push(`收款单位（盖章）：${sch}`);
    L.push(`收款人：${d.N(cashier.name)}      经手人：${chance(0.5) ? d.N(staffOf(city)[0].name) : ''}`);
    L.push('第二联 交款人');
    return L.join('\n');
  }
  const [plat] = pick(PLATFORMS);
  const company = `${city.c}${pick(['启明', '尚学', '优才', '智途', '博远'])}教育科技有限公司`; d.X('机构', company);
  const uscc = mkUscc('company', pick(city.loc));
  const [course, price] = pick(COURSES);
  const land = mkLand(city);
  const L = [];
  if (v === 1) { // 全电发票
    L.push('电子发票（普通发票）');
    L.push(`发票号码：${d.X('发票号码', clean(() => String(day.y).slice(2) + pick(['32', '41', '44', '51', '42']) + '2000000' + digits(9)))}`);
    L.push(`开票日期：${fd(day, 'cn').replace(/年(\d)月/, '年0$1月').replace(/月(\d)日/, '月0$1日')}`);
    L.push('购买方信息');
    L.push(`  名称：${d.N(p.name)}`);
    L.push(`  统一社会信用代码/纳税人识别号：${chance(0.5) ? d.I(p.id) : ''}`);
    L.push('销售方信息');
    L.push(`  名称：${company}`);
    L.push(`  统一社会信用代码/纳税人识别号：${d.U(uscc)}`);
    L.push('项目名称            规格型号  单位  数量  单价        金额        税率/征收率  税额');
    const net = (price / 1.06).toFixed(2), tax = (price - net).toFixed(2);
    L.push(`*教育服务*${course.replace(/\s/g, '')}          项    1     ${net}    ${net}    6%           ${tax}`);
    L.push(`价税合计（大写）  ⊗${pick(['壹仟', '贰仟', '叁仟'])}圆整      （小写）¥${price}.00`);
    L.push(`备注：订单号${d.X('订单号', mkOrder(day, 18))}；学员手机${d.M(p.mobile)}${chance(0.4) ? '；邮箱' + d.E_(p.email) : ''}`);
    L.push(`开票人：${d.N(cashier.name)}`);
    return L.join('\n');
  }
  // 增值税普通发票 (old style) as OCR text
  L.push(`${city.p}增值税普通发票`);
  L.push(`发票代码 ${d.X('发票代码', clean(() => '04403' + String(day.y - 1).slice(2) + '0' + digits(4)))}   发票号码 ${d.X('发票号码', pad(ri(100000, 99999999), 8))}`);
  L.push(`开票日期：${fd(day, 'cn')}    校验码 ${d.X('校验码', clean(() => digits(5) + ' ' + digits(5) + ' ' + digits(5) + ' ' + digits(5)))}`);
  L.push(`购 名    称：${d.N(p.name)}`);
  L.push(`买 纳税人识别号：`);
  L.push(`方 地址、电话：${chance(0.6) ? d.M(p.mobile) : ''}`);
  L.push(`   开户行及账号：`);
  L.push(`货物或应税劳务、服务名称  *教育服务*培训费  数量 1  金额 ${(price / 1.03).toFixed(2)}  税率 3%`);
  L.push(`价税合计（小写）¥${price}.00`);
  L.push(`销 名    称：${company}`);
  L.push(`售 纳税人识别号：${d.U(uscc)}`);
  const acct = clean(() => pick(['1702', '3701', '4100', '6101']) + digits(ri(15, 16)));
  d.dc('bank_card', acct);
  L.push(`方 地址、电话：${city.c}市${pick(city.dist)}${pick(['金融街', '科技路', '商务内环路'])}${ri(1, 99)}号${ri(5, 28)}层 ${d.L(land, pick(['d', 'n', 's']))}`);
  L.push(`   开户行及账号：${pick(['中国建设银行', '中国工商银行', '招商银行'])}${city.c}${pick(['高新', '城南', '分行营业部'])}支行 ${acct}`);
  L.push(`收款人：${d.N(cashier.name)}  复核：${d.N(staffOf(city)[0].name)}  开票人：${d.N(staffOf(city)[0].name)}`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 14. 会议纪要 / 工作记录
function genMinutes(d) {
  const city = pick(CITIES), day = mkDay(); const st = staffOf(city, ri(3, 6));
  const job = pick(JOBS); jobDecoy(d, job);
  const L = [];
  L.push(`${day.m}月份招生及补贴申报工作例会纪要`);
  L.push(`时间：${fd(day, 'cn')}（${d.X('weekday', '周' + weekday(day))}）${pick(['上午9:30', '下午3:00', '下午4:30'])}`);
  L.push(`地点：${pick(['二楼会议室', '校长办公室', '301教室'])}`);
  L.push(`参会人员：${st.map((s) => d.N(s.name)).join('、')}`);
  L.push(`记录人：${st[st.length - 1].name}`);
  L.push('');
  const bad = people(ri(2, 4), { city, gen: 'older', fp: 0.8 });
  L.push('一、上月补贴申报情况');
  L.push(`    上月共申报${job.n}、${pick(JOBS).n}${ri(2, 3)}个班，${ri(50, 90)}人，已拨付${ri(30, 50)}人。有${bad.length}人因银行卡户名不符被退回（${bad.map((b) => d.Ndc(b.name)).join('、')}），${st[0].name}负责联系学员重新提供本人一类卡，${d.X('weekday', '周五')}前报回。`);
  const yu = pick(['余额', '剩余']); if (yu === '余额') d.X('word', yu);
  L.push(`    ${st[1].name}汇报：${d.X('等级', '高级工')}报名人数不足，下期暂停；${yu}课时统一并入${d.X('班型', '周末班')}。`);
  L.push('二、规范管理');
  L.push(`    近期人社局暗访加强，签到必须本人签字并人脸识别，严禁代签。${st[0].name}提醒：学员${d.X('word', '何时')}到课以系统打卡为准，${d.X('word', '付款')}凭证统一交财务。`);
  const c = people(1, { city })[0];
  L.push('三、投诉处理');
  L.push(`    学员${d.N(c.name)}（${d.M(c.mobile, pick(['p', 'd']))}）投诉到${d.X('hotline', '12345')}，要求退还培训费${pick([800, 1200, 1500])}元，理由是“${pick(['补贴没发下来', '课程和宣传不符', '没有拿到证书'])}”。经核实${pick(['其考核未通过', '其出勤不足80%', '补贴尚在审核'])}，由${st[1].name}负责回访，必要时按规定退费。`);
  L.push('四、下月安排');
  L.push(`    ${fd(addDays(day, ri(7, 25)), 'md')}开${pick(JOBS).n}班，目标${ri(25, 50)}人；成考报名${pick(['启动', '截止前冲刺'])}，由${st[2].name}对接${d.X('老师称呼', titleT(staffOf(city)[0]))}。`);
  st.forEach((s) => d.N(s.name));
  return L.join('\n');
}

// ---------------------------------------------------------------- 15. 证书领取签收表
function genCertReg(d) {
  const city = pick(CITIES), job = pick(JOBS), lv = pick(job.lv), day = mkDay();
  const sch = d.X('机构', school(city, pick(city.dist))); placeDecoys(d, sch); jobDecoy(d, job);
  const ps = people(ri(8, 24), { city, gen: job.gen || 'adult', fp: job.fp });
  const sep = pick(['\t', ' | ', ',']);
  const L = [`${sch} 职业技能等级证书领取签收表`, `工种：${job.n}  等级：${lv}  发证日期：${fd(day)}`, ['序号', '姓名', '证书编号', '领取方式', '领取人签字', '代领人身份证', '代领人电话', '领取日期'].join(sep)];
  ps.forEach((p, i) => {
    const cn = d.X('证书编号', certNo(day));
    const proxy = chance(0.25);
    let row;
    if (proxy) {
      const q = people(1, { city, gen: 'adult' })[0];
      const rel = pick(['母', '父', '夫', '妻', '同事', '姐']);
      row = [i + 1, d.N(p.name), cn, '代领', `${d.N(q.name)}（${rel}）`, d.I(q.id, pick(['p', 'x'])), d.M(q.mobile), fd(addDays(day, ri(3, 30)), 'slash')];
    } else if (chance(0.15)) {
      row = [i + 1, d.N(p.name), cn, '邮寄', '', '', d.M(p.mobile), `${d.X('快递单号', 'SF' + digits(13))}`];
    } else row = [i + 1, d.N(p.name), cn, '本人', chance(0.85) ? p.name : '（未签）', '', '', chance(0.8) ? fd(addDays(day, ri(3, 30)), 'slash') : ''];
    L.push(row.join(sep));
  });
  L.push(`发放人：${d.N(staffOf(city)[0].name)}`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 16. XML upload to the 人社 system
function genXML(d) {
  const city = pick(CITIES), job = pick(JOBS), lv = pick(job.lv), day = mkDay();
  const sch = d.X('机构', school(city, pick(city.dist)));
  const uscc = mkUscc('minfei', pick(city.loc));
  const ps = people(ri(4, 16), { city, gen: job.gen || 'adult', fp: job.fp });
  const lvNo = { 五级: 5, 四级: 4, 三级: 3 }[lvShort(lv)];
  const L = ['<?xml version="1.0" encoding="GBK"?>', '<root>', '  <head>',
    `    <jgmc>${sch}</jgmc>`, `    <tyshxydm>${d.U(uscc)}</tyshxydm>`, `    <bjbh>${d.X('班级编号', classNo(job, day))}</bjbh>`,
    `    <pcbh>${d.X('补贴批次号', batchNo(city, day))}</pcbh>`, `    <gzbm>${d.X('职业代码', job.code)}</gzbm>`, `    <gzmc>${job.n}</gzmc>`, `    <jbrxm>${d.N(staffOf(city)[0].name)}</jbrxm>`, `    <sbsj>${fd(day)} ${hms()}</sbsj>`, '  </head>', '  <body>'];
  jobDecoy(d, job);
  ps.forEach((p, i) => {
    L.push('    <xy>');
    L.push(`      <xh>${i + 1}</xh><xm>${d.N(p.name)}</xm><xb>${p.sex === '男' ? 1 : 2}</xb><sfzhm>${d.I(p.id)}</sfzhm>`);
    L.push(`      <sjhm>${d.M(p.mobile)}</sjhm><yhkh>${d.C(p.card)}</yhkh><khh>${p.bank.n}</khh><dj>${lvNo}</dj><rylb>${pick(['11', '12', '21', '31'])}</rylb>`);
    L.push(`      <csrq>${d.X('birth_date', `${p.y}${pad(p.m, 2)}${pad(p.d, 2)}`)}</csrq><zsbh>${d.X('证书编号', certNo(day))}</zsbh><khhmc>${d.X('开户行', branch(p.bank, city, p.region))}</khhmc><cjsj>${d.X('timestamp', fd(day, 'compact') + hms().replace(/:/g, ''))}</cjsj>`);
    L.push('    </xy>');
  });
  L.push('  </body>', '</root>');
  return L.join('\n');
}

// ---------------------------------------------------------------- 17. platform server logs
function genLog(d) {
  const city = pick(CITIES), [plat, dom] = pick(PLATFORMS), day = mkDay();
  const ps = people(ri(3, 8), { city, gen: 'young' });
  const L = []; let t = ri(9, 22) * 3600;
  const ts = () => { t = Math.min(t + ri(1, 300), 86399); return d.X('timestamp', `${fd(day)} ${pad(Math.floor(t / 3600) % 24, 2)}:${pad(Math.floor(t / 60) % 60, 2)}:${pad(t % 60, 2)}.${pad(ri(0, 999), 3)}`); };
  const th = () => `[http-nio-8080-exec-${ri(1, 64)}]`;
  const tid = () => { for (;;) { const t = Array.from({ length: 16 }, () => 'abcdef0123456789'[ri(0, 15)]).join(''); if (!/\d{9}/.test(t)) return t; } };
  for (const p of ps) {
    const uid = ri(100000000, 199999999);
    L.push(`${ts()} INFO  ${th()} c.${dom.split('.')[0].replace('-', '')}.user.UserController - traceId=${tid()} register req={"mobile":"${d.M(p.mobile)}","smsCode":"${d.X('验证码', pad(ri(0, 999999), 6))}","channel":"${pick(['douyin', 'baidu_sem', 'wx_mp', 'xhs'])}"}`);
    if (chance(0.8)) {
      const okv = chance(0.85);
      L.push(`${ts()} INFO  ${th()} c.x.user.RealNameService - traceId=${tid()} realname verify uid=${uid} name=${d.N(p.name)} idCard=${d.I(p.id, chance(0.1) ? 'x' : 'p')}`);
      if (!okv) L.push(`${ts()} ERROR ${th()} c.x.thirdparty.IdVerifyClient - traceId=${tid()} 实名认证失败 name=${d.mN(p.name)} idCard=${d.mI(p.id, 'a')} code=1002 msg=姓名与身份证号不一致`);
    }
    if (chance(0.5)) L.push(`${ts()} INFO  ${th()} c.x.user.ProfileController - traceId=${tid()} bind email uid=${uid} email=${d.E_(p.email)}`);
    if (chance(0.5)) {
      const o = d.X('订单号', mkOrder(day, 19));
      L.push(`${ts()} WARN  ${th()} c.x.order.RefundService - traceId=${tid()} refund apply orderNo=${o} uid=${uid} bankCard=${d.C(p.card)} holder=${d.N(p.name)} amount=${pick(['1280.00', '399.00', '3980.00'])}`);
      L.push(`${ts()} INFO  ${th()} c.x.notify.SmsSender - traceId=${tid()} send tpl=REFUND_ACCEPTED to=${d.mM(p.mobile)} result=OK`);
    }
  }
  L.push(`${ts()} INFO  [scheduling-1] c.x.job.CleanupJob - cleaned ${ri(10, 900)} expired sessions, took ${ri(20, 900)}ms, ts=${d.X('timestamp_ms', String(Date.UTC(day.y, day.m - 1, day.d, 23, 0, 0) + ri(0, 999)))}`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 18. 校区 weekly report, markdown | tables
function genPipe(d) {
  const city = pick(CITIES), day = mkDay(), brand = d.X('机构', pick(K12));
  const campus = pick(['文化路校区', '万达校区', '高新区校区', '江北校区', '明德路校区', '人民路校区']); placeDecoys(d, campus); d.X('校区', campus);
  const st = staffOf(city, 3);
  const L = [`## ${brand}${campus} 第${ri(1, 52)}周周报（${day.m}.${day.d}-${addDays(day, 6).m}.${addDays(day, 6).d}）`, '', `汇报人：${d.N(st[0].name)}`, '', '### 一、新签', '',
    '| 学员 | 年级 | 课程 | 家长 | 电话 | 金额 | 收据号 | 顾问 |', '|---|---|---|---|---|---|---|---|'];
  const n = ri(3, 10);
  for (let i = 0; i < n; i++) {
    const k = people(1, { city, gen: chance(0.5) ? 'kid' : 'teen' })[0];
    const par = people(1, { city, gen: 'parent' })[0];
    if (!MIN_NAMES.has(k.name) && !MIN_NAMES.has(par.name) && chance(0.6)) { const nn = surnameOf(k.name) + givenOf(par.name); if (nn !== k.name) par.name = nn; }
    const course = pick(['物理一对一 40h', '数学小班 24次', '英语 1v3 30h', '语文阅读写作 16次', '化学冲刺 20h', '全科托管 月卡']);
    if (d.E.has('person_name_zh|' + k.name) || d.E.has('person_name_zh|' + par.name)) continue;
    const adv = pick(st);
    L.push(`| ${d.N(k.name)} | ${pick(['五年级', '六年级', '初一', '初二', '初三', '高一'])} | ${course} | ${d.N(par.name)} | ${d.M(par.mobile, pick(['p', 'p', 's']))} | ${pick([3600, 4800, 6400, 9600, 12800])} | ${d.X('收据号', 'NO.' + pad(ri(1, 99999), 7))} | ${chance(0.6) ? d.N(adv.name) : d.X('老师称呼', titleT(adv))} |`);
  }
  L.push('', '### 二、退费', '', '| 学员 | 家长电话 | 课程 | 退费金额 | 原因 | 状态 |', '|---|---|---|---|---|---|');
  for (let i = 0, m = ri(1, 4); i < m; i++) {
    const k = people(1, { city, gen: 'kid' })[0];
    if (d.E.has('person_name_zh|' + k.name)) continue;
    const mob = chance(0.3) ? d.mM(mkMobile()) : d.M(mkMobile());
    L.push(`| ${d.N(k.name)} | ${mob} | ${pick(['数学小班', '英语1v1', '物理暑假班'])} | ${pick(['1200.00', '2400.00', '860.00'])} | ${pick(['搬家', '效果不满意', '时间冲突', '孩子不愿意来'])} | ${pick(['已退', '审批中', '待家长提供卡号'])} |`);
  }
  L.push('', '### 三、下周计划', '', `- 续费率目标${ri(60, 85)}%，${d.N(st[1].name)}负责${d.X('班型', '周末班')}家长会`, `- ${d.X('word', '何时')}开学前测：待总部通知`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 19. 银行代发回盘 (补贴发放结果)
function genBankReturn(d) {
  const city = pick(CITIES), day = mkDay(), job = pick(JOBS);
  const ps = people(ri(8, 30), { city, gen: job.gen || 'adult', fp: job.fp });
  const sep = pick(['|', ',', '\t']);
  const org = `${city.c}市${pick(city.dist)}${pick(['就业服务中心', '公共就业和人才服务中心', '人力资源和社会保障局'])}`;
  const acct = clean(() => pick(['4100', '3205', '6101', '4403']) + digits(15)); d.dc('bank_card', acct);
  const batch = d.X('代发批次号', 'DF' + fd(day, 'compact') + pad(ri(1, 999), 4));
  const L = [`代发明细处理结果（回盘）`, `付款单位：${org}`, `付款账号：${acct}`, `用途：职业培训补贴（${job.n}）  批次：${batch}  提交日期：${fd(day)}`,
    ['序号', '收款账号', '收款户名', '金额', '处理结果', '失败原因', '银行流水号'].join(sep)];
  jobDecoy(d, job);
  let okN = 0, okAmt = 0;
  ps.forEach((p, i) => {
    const amt = pick([800, 1200, 1500]);
    const r = rnd();
    let card = p.card, res = '成功', why = '';
    if (r < 0.06) { card = badCard(p.card); d.dc('bank_card', card); res = '失败'; why = '账号不存在'; }
    else { d.C(card); if (r < 0.12) { res = '失败'; why = '户名与账号不符'; } else if (r < 0.16) { res = '失败'; why = '账户已销户'; } else if (r < 0.19) { res = '失败'; why = '账户状态异常（冻结）'; } }
    if (res === '成功') { okN++; okAmt += amt; }
    const flow = res === '成功' ? d.X('银行流水号', clean(() => fd(day, 'compact') + digits(11))) : '';
    L.push([i + 1, card, d.N(p.name), amt.toFixed(2), res, why, flow].join(sep));
  });
  L.push(`成功${okN}笔 金额${okAmt.toFixed(2)}元；失败${ps.length - okN}笔`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 20. 学历提升 学员信息采集表
const SCHOOLS_U = ['郑州大学', '周口师范学院', '江汉大学', '黄淮学院', '武汉理工大学', '常州大学', '石家庄学院', '高新职业技术学院', '西安石油大学', '长沙学院', '兰州交通大学', '成都大学', '安阳工学院', '许昌学院'];
function genAdultEdu(d) {
  const city = pick(CITIES), day = mkDay(); const p = people(1, { city, gen: chance(0.6) ? 'young' : 'adult', fp: 0.6 })[0];
  const lvl = pick(['专升本', '高起专', '高起本']);
  const uni = pick(SCHOOLS_U); d.X('院校', uni);
  const prev = pick(SCHOOLS_U.filter((x) => x !== uni)); d.X('院校', prev);
  const agentT = staffOf(city)[0];
  const v = ri(0, 1); const L = [];
  const legacy = p.y < 1983 && chance(0.5);
  if (v === 0) {
    L.push(`${day.y}年成人高考报名信息采集表`);
    L.push(`姓名：${d.N(p.name)}    性别：${p.sex}    民族：${pick(['汉族', '汉族', '汉族', '回族', '满族', '壮族'])}    政治面貌：${pick(['群众', '共青团员', '中共党员'])}`);
    L.push(`身份证号：${d.I(p.id, pick(['p', 'p', 'x', 's']))}`);
    L.push(`出生日期：${p.y}年${p.m}月${p.d}日`);
    L.push(`手机号码：${d.M(p.mobile, pick(['p', 's', 'd']))}    备用电话：${chance(0.5) ? d.M(mkMobile()) : ''}`);
    L.push(`电子邮箱：${d.E_(p.email)}`);
    L.push(`报考层次：${lvl}    报考院校：${uni}    报考专业：${pick(['工商管理', '会计学', '学前教育', '护理学', '土木工程', '法学'])}    学习形式：${pick(['函授', '业余'])}`);
    const gy = Math.min(2023, Math.max(p.y + 20, 2006) + ri(0, 4));
    if (lvl === '专升本') L.push(`原毕业院校：${prev}    毕业时间：${gy}年7月    毕业证书编号：${d.X('毕业证书编号', gradCert(gy))}`);
    else L.push(`高中毕业学校：${city.c}市第${pick(['一', '三', '七', '十二'])}中学    毕业年份：${ri(1998, 2015)}`);
    L.push(`户籍地址：${addrOf(d, p, city)}`);
    if (legacy) L.push(`（老身份证号：${d.I15(p.id)}，已换二代证）`);
    L.push(`考试县区：${pick(city.dist)}    照片：已采集`);
    L.push(`招生老师：${d.X('老师称呼', titleT(agentT))}    学费：${pick(['一次性', '分年', '分期'])}`);
    if (chance(0.5)) L.push(`工作单位：${city.c}${pick(['市第一人民医院', '某物流公司', '幼儿园', '万达广场'])}    单位电话：${d.L(mkLand(city), pick(['d', 'p']))}`);
  } else {
    L.push(`【${lvl}】信息登记 ${fd(day, 'slash')}`);
    L.push(`1、姓名：${d.N(p.name)}`);
    L.push(`2、身份证号码：${d.I(p.id)}`);
    L.push(`3、联系电话：${d.M(p.mobile)}`);
    L.push(`4、邮箱（学信网用）：${d.E_(p.email)}`);
    L.push(`5、第一学历：${pick(['中专', '高中', '大专'])} ${prev}`);
    L.push(`6、意向：${uni} ${pick(['会计学', '行政管理', '计算机科学与技术'])}`);
    if (legacy) L.push(`7、老身份证：${d.I15(p.id)}（学籍档案上是这个）`);
    L.push(`备注：推荐人 ${d.X('称呼', '小' + agentT.name[0])}，${pick(['已交报名费300', '学费分两年', '要求包过'])}`);
  }
  return L.join('\n');
}

// ---------------------------------------------------------------- 21. 个人职业培训补贴申请表 (paper form, OCR)
function genForm(d) {
  const city = pick(CITIES), job = pick(JOBS), lv = pick(job.lv), day = mkDay();
  const p = people(1, { city, gen: job.gen || 'adult', fp: job.fp })[0];
  const sch = d.X('机构', school(city, pick(city.dist))); placeDecoys(d, sch); jobDecoy(d, job);
  const bx = chance(0.6);
  const nm = chance(0.5) ? [...p.name].join(' ') : p.name; d.N(p.name);
  let idTxt;
  if (chance(0.12)) { idTxt = [...ocrBreak(p.id)].join(bx ? ' ' : ''); d.dc('cn_resident_id', p.id); }
  else idTxt = d.I(p.id, bx ? 'box' : pick(['p', 's']));
  const br = d.X('开户行', branch(p.bank, city, p.region)); placeDecoys(d, br);
  const L = [];
  L.push('个人职业培训补贴申请表');
  L.push(`编号：${chance(0.5) ? d.X('申请表编号', 'BT' + fd(day, 'compact') + pad(ri(1, 999), 3)) : ''}`);
  L.push(`姓  名 | ${nm} | 性 别 | ${p.sex} | 出生年月 | ${p.y}.${pad(p.m, 2)} | （照片）`);
  L.push(`身份证号码 | ${idTxt}`);
  L.push(`文化程度 | ${pick(['初中', '高中', '中专', '大专', '小学'])} | 人员类别 | ${pick(CATS)}`);
  L.push(`联系电话 | ${d.M(p.mobile, pick(['p', 's', '434', 'fw']))}`);
  L.push(`户籍地址 | ${addrOf(d, p, city)}`);
  L.push(`培训工种 | ${job.n} | 培训等级 | ${lv} | 职业代码 | ${d.X('职业代码', job.code)}`);
  L.push(`培训机构 | ${sch}`);
  L.push(`培训起止时间 | ${fd(addDays(day, -25), 'dot')}—${fd(addDays(day, -10), 'dot')} | 证书编号 | ${d.X('证书编号', certNo(day))}`);
  L.push(`社保卡金融账号 | ${d.C(p.card, bx ? 'box' : pick(['s4', 'p']))} | 开户银行 | ${br}`);
  L.push('申请人承诺：本人以上信息真实有效，同一职业同一等级只申领一次补贴，如有虚假愿承担相应责任。');
  L.push(`申请人（签字）：${chance(0.85) ? p.name : ''}        ${day.y} 年 ${day.m} 月 ${day.d} 日`);
  L.push(`经办人：${chance(0.4) ? d.N(staffOf(city)[0].name) : ''}        审核人：          （盖章）`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 22. 培训协议 (school ↔ trainee or parent)
function genAgreement(d) {
  const city = pick(CITIES), day = mkDay(), k12 = chance(0.35);
  const land = mkLand(city);
  const L = [];
  const rep = staffOf(city)[0];
  if (!k12) {
    const job = pick(JOBS), lv = pick(job.lv); jobDecoy(d, job);
    const sch = d.X('机构', school(city, pick(city.dist))); placeDecoys(d, sch);
    const p = people(1, { city, gen: job.gen || 'adult', fp: job.fp })[0];
    const em = people(1, { city, gen: 'adult' })[0];
    L.push('职业技能培训协议书', `合同编号：${d.X('合同编号', `PX${day.y}-${pad(day.m, 2)}${pad(day.d, 2)}-${pad(ri(1, 200), 3)}`)}`, '', `甲方（培训机构）：${sch}`, `统一社会信用代码：${d.U(mkUscc('minfei', pick(city.loc)))}`, `联系电话：${d.L(land, pick(['d', 's', 'fwp']))}`, '');
    L.push(`乙方（学员）：${d.N(p.name)}          性别：${p.sex}`, `身份证号码：${d.I(p.id, pick(['p', 's', 'fw']))}`, `联系电话：${d.M(p.mobile, pick(['p', 's', 'fw']))}`);
    if (chance(0.6)) L.push(`紧急联系人：${d.N(em.name)}（${pick(['配偶', '父亲', '母亲', '子女'])}）  电话：${d.M(em.mobile)}`);
    L.push('');
    L.push(`第一条 培训项目：${job.n}（${lv}），培训时间不少于${job.h}课时，采取理论与实操相结合方式。`);
    L.push(`第二条 培训费用：${pick([1200, 1500, 1800])}元。乙方取得职业技能等级证书后，甲方协助乙方向人社部门申领职业培训补贴，补贴直接发放至乙方本人社会保障卡银行账户（${p.bank.n}，卡号${d.C(p.card, pick(['p', 's4']))}）。`);
    L.push('第三条 乙方须按时参加培训，出勤率不低于90%，不得由他人代签到。');
    L.push('第四条 乙方因个人原因中途退学的，已发生的培训费用不予退还。');
    L.push('');
    L.push(`甲方（盖章）：                      乙方（签字）：${p.name}`);
    L.push(`代表：${d.N(rep.name)}`);
    L.push(`日期：${fd(day, 'cn')}                日期：${fd(day, 'cn')}`);
    return L.join('\n');
  }
  const brand = d.X('机构', pick(K12));
  const company = `${city.c}${brand}教育咨询有限公司`; d.X('机构', company);
  const kid = people(1, { city, gen: 'kid' })[0]; const par = people(1, { city, gen: 'parent' })[0];
  if (!MIN_NAMES.has(kid.name) && !MIN_NAMES.has(par.name)) { const nn = surnameOf(kid.name) + givenOf(par.name); if (nn !== kid.name) par.name = nn; }
  L.push('课外辅导服务协议', `协议编号：${d.X('合同编号', `FD${fd(day, 'compact')}${pad(ri(1, 99), 3)}`)}`, '', `甲方：${company}`, `统一社会信用代码：${d.U(mkUscc('company', pick(city.loc)))}`, `地址：${city.c}市${pick(city.dist)}${pick(['文化路', '金水路', '人民路'])}${ri(1, 200)}号${ri(2, 5)}楼   电话：${d.L(land)}`, '');
  L.push(`乙方（家长）：${d.N(par.name)}    身份证号：${d.I(par.id)}    手机：${d.M(par.mobile)}`);
  L.push(`学员姓名：${d.N(kid.name)}    就读学校：${city.c}${pick(['实验小学', '外国语学校', '第八中学'])}    年级：${pick(['三年级', '五年级', '初一', '初二'])}`);
  if (chance(0.5)) L.push(`电子邮箱（接收学习报告）：${d.E_(par.email)}`);
  const hrs = pick([24, 40, 60]), unit = pick([150, 180, 240]);
  L.push('');
  L.push(`一、服务内容：${pick(['数学', '英语', '物理'])}${pick(['一对一', '小班（不超过6人）'])}辅导，共${hrs}课时，单价${unit}元/课时，合计${hrs * unit}元。`);
  L.push('二、课时有效期12个月，逾期未消耗课时可申请退费，按剩余课时单价退还。');
  L.push('三、甲方不得承诺提分效果，不得组织学科类竞赛。');
  L.push('');
  L.push(`甲方代表：${d.N(rep.name)}                 乙方签字：${par.name}`);
  L.push(`签订日期：${fd(day)}`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 23. 家长群 chat export (tutoring)
function genParentChat(d) {
  const city = pick(CITIES), day = mkDay(), brand = pick(K12);
  const t = staffOf(city)[0]; const tt = d.X('老师称呼', titleT(t));
  const kids = people(ri(3, 6), { city, gen: 'kid' });
  const L = [`${d.X('机构', brand)}${pick(['初二物理', '五年级数学', '初三英语', '六年级语文'])}${pick(['暑假班', '秋季班'])}家长群`];
  let m = ri(18, 21) * 60;
  const st = () => { m += ri(1, 30); return `${fd(day)} ${pad(Math.floor(m / 60) % 24, 2)}:${pad(m % 60, 2)}`; };
  L.push(`${st()} ${tt}`, `${d.X('mention', '@所有人')} 各位家长，明天下午因教室检修调整到${ri(2, 5)}0${ri(1, 9)}，时间不变。`);
  const k0 = kids[0], g0 = MIN_NAMES.has(k0.name) ? k0.name : givenOf(k0.name);
  const nick0 = g0 + pick(['妈妈', '爸爸']);
  if (g0 !== k0.name) d.X('家长称呼', nick0);
  else d.Ndc(k0.name);
  L.push(`${st()} ${nick0}`, `@${tt} 收到，${g0}明天请假，去医院复查`);
  const k1 = kids[1], par = people(1, { city, gen: 'parent', sex: '男' })[0];
  if (!MIN_NAMES.has(k1.name) && !MIN_NAMES.has(par.name)) { const nn = surnameOf(k1.name) + givenOf(par.name); if (nn !== k1.name) par.name = nn; }
  L.push(`${st()} ${d.Ndc(k1.name)}爸爸`, `${t.name[0]}老师，发票开个人的，抬头：${d.N(par.name)}，${chance(0.6) ? '发邮箱 ' + d.E_(par.email) : '电话' + d.M(par.mobile)}`);
  L.push(`${st()} ${tt}`, `好的 ${d.Ndc(k1.name)}爸爸 明天财务开好发您`);
  const k2 = kids[2];
  L.push(`${st()} ${tt}`, `下周五组织去科技馆，需要给孩子买意外险，请把孩子的信息私发我或者直接发群里：姓名+身份证号`);
  L.push(`${st()} ${(MIN_NAMES.has(k2.name) ? '' : givenOf(k2.name)) || '家长'}妈妈`, `姓名：${d.N(k2.name)} 身份证号：${d.I(k2.id, pick(['p', 'x']))}`);
  if (kids.length > 3) {
    L.push(`${st()} ${tt}`, `以下同学作业还没交：${kids.slice(3).map((k) => d.Ndc(k.name)).join('、')}，请家长督促一下`);
  }
  return L.join('\n');
}

// ---------------------------------------------------------------- 24. 排课表 (tutoring schedule) — few entities, many look-alikes
function genSchedule(d) {
  const city = pick(CITIES), brand = d.X('机构', pick(K12)), day = mkDay();
  const campus = pick(['文化路校区', '万达校区', '高新区校区', '江北校区', '明德路校区', '人民路校区']); d.X('校区', campus); placeDecoys(d, campus);
  const teachers = staffOf(city, ri(4, 7));
  const days = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
  const slots = ['08:00-09:30', '10:00-11:30', '14:00-15:30', '16:00-17:30', '18:30-20:00'];
  const subj = ['高中数学', '高一物理', '高二化学', '初二数学', '初三英语', '五年级数学思维', '六年级语文', '小升初冲刺', '尖子班数学', '向日葵作文班', '常规班英语', '明星班物理', '金牌数学', '王牌英语'];
  const term = day.m <= 2 ? '寒假' : day.m <= 6 ? '春季' : day.m <= 8 ? '暑期' : '秋季';
  const L = [`${brand}（${campus}）${day.y}${term}排课表  第${ri(1, 18)}周  ${fd(day)} 起`, ''];
  L.push(['时间', ...days.map((x) => d.X('weekday', x))].join(' | '));
  for (const s of slots) {
    const row = [s];
    for (let i = 0; i < 7; i++) {
      if (chance(0.45)) { row.push(''); continue; }
      const c = d.X('课程', pick(subj)); const t = d.X('老师称呼', titleT(pick(teachers)));
      row.push(`${c}(${t}) ${ri(2, 5)}0${ri(1, 9)} ${d.X('班级编号', `${pick(['C', 'G', 'X'])}${pick(['SX', 'YY', 'WL', 'HX', 'YW'])}${String(day.y).slice(2)}${pad(ri(1, 40), 2)}`)}`);
    }
    L.push(row.join(' | '));
  }
  L.push('');
  L.push(`注：1. ${d.X('weekday', '周末')}班如遇调课以群通知为准；2. 一对一课程另排，见教务系统；3. 代课请提前${ri(1, 3)}天报${d.X('称呼', '教务处')}。`);
  const boss = teachers[0];
  if (chance(0.7)) L.push(`教务负责人：${d.N(boss.name)}  电话：${chance(0.5) ? d.L(mkLand(city)) : d.M(boss.mobile)}`);
  else L.push(`教务负责人：${d.X('老师称呼', titleT(boss))}  校区电话：${d.L(mkLand(city), pick(['d', 'p']))}`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 25. 招生简章 (OCR of a leaflet)
function genBrochure(d) {
  const city = pick(CITIES), day = mkDay(); const dist = pick(city.dist);
  const sch = d.X('机构', school(city, dist)); placeDecoys(d, sch);
  const js = shuffle(JOBS).slice(0, ri(3, 6));
  const L = [`${sch}`, `${day.y}年${pick(['春季', '秋季', '第二期'])}招生简章`, '政府补贴  免费学技能  考取国家认可职业技能等级证书', ''];
  L.push('一、招生工种');
  js.forEach((j, i) => L.push(`  ${i + 1}. ${d.X('工种', j.n)}（职业编码${d.X('职业代码', j.code)}）  ${j.lv.map((x) => d.X('等级', x)).join('、')}  ${j.h}课时`));
  L.push('二、补贴标准');
  L.push(`  取证后按${d.X('等级', '初级工')}（五级）800元/人、${d.X('等级', '中级工')}（四级）1200元/人、${d.X('等级', '高级工')}（三级）1600元/人申领补贴，补贴直接发放至本人社保卡。`);
  L.push('三、报名条件');
  L.push('  年满16周岁、有劳动能力和培训愿望的城乡劳动者；脱贫劳动力、农村转移劳动力、登记失业人员优先。');
  L.push('四、报名材料');
  L.push('  身份证原件及复印件、近期一寸白底照片2张、本人社保卡（或一类银行卡）。');
  L.push('五、联系方式');
  const t = staffOf(city, 2);
  L.push(`  地址：${city.c}市${dist}${pick(['建设路', '人民路', '文化路', '黄河路', '长江路'])}${ri(1, 300)}号${pick(['', '三楼', '院内'])}`);
  L.push(`  电话：${d.L(mkLand(city), pick(['d', 'fwp', 's']))}    咨询热线：${d.X('hotline', '400-' + ri(600, 999) + '-' + pad(ri(0, 9999), 4))}`);
  L.push(`  招生老师：${d.X('老师称呼', titleT(t[0]))} ${d.M(t[0].mobile, pick(['p', 's', 'd']))}（微信同号）   ${d.X('老师称呼', titleT(t[1]))} ${d.M(t[1].mobile, pick(['p', 's', 'd']))}`);
  L.push(`  公众号：${pick(['华星职培', '启航技能', '匠心培训', '德技学堂'])}   监督电话：${d.X('hotline', '12333')}`);
  return L.join('\n');
}

// ---------------------------------------------------------------- 26. 人社局 notice on subsidy standards — a clean document
function genNotice(d) {
  const city = pick(CITIES), day = mkDay();
  const abbr = { 苏州: '苏', 郑州: '郑', 深圳: '深', 成都: '成', 武汉: '武', 西安: '西', 杭州: '杭', 长沙: '长', 石家庄: '石', 兰州: '兰', 济南: '济', 福州: '榕', 重庆: '渝', 北京: '京', 上海: '沪', 广州: '穗', 乌鲁木齐: '乌' }[city.c];
  const L = [`${city.c}市人力资源和社会保障局`, `${city.c}市财政局`, `关于公布${day.y}年度职业技能培训补贴标准目录的通知`, d.X('文号', `${abbr}人社规〔${day.y}〕${ri(1, 20)}号`), ''];
  L.push('各县（市、区）人力资源和社会保障局、财政局，各定点培训机构：');
  L.push(`    为贯彻落实职业技能提升行动有关要求，规范培训补贴资金使用，经研究，现将${day.y}年度职业技能培训补贴标准目录予以公布，自${fd(addDays(day, 10), 'cn')}起执行。`);
  L.push('    一、补贴对象为在本市参加职业技能培训并取得职业技能等级证书的城乡劳动者，同一职业（工种）同一等级只能享受一次补贴。');
  L.push('    二、补贴资金直接发放至本人社会保障卡银行账户，不得以现金或其他方式发放。');
  L.push(`    三、培训机构应于结业后${ri(10, 30)}个工作日内通过系统提交花名册、签到表及考核结果，逾期不予受理。`);
  L.push('');
  L.push('附件：职业技能培训补贴标准目录');
  L.push(['序号', '职业（工种）', '职业编码', '等级', '补贴标准（元/人）'].join('\t'));
  let i = 0;
  for (const j of shuffle(JOBS).slice(0, ri(6, 12))) for (const lv of j.lv) {
    L.push([++i, d.X('工种', j.n), d.X('职业代码', j.code), d.X('等级', lv), { 五级: 800, 四级: 1200, 三级: 1600 }[lvShort(lv)]].join('\t'));
  }
  L.push('');
  L.push(`    咨询电话：${d.L(mkLand(city), pick(['d', 's']))}（市职业能力建设处）`);
  L.push(`${fd(day, 'cn')}`);
  L.push(`（此件${pick(['主动公开', '依申请公开'])}）`);
  return L.join('\n');
}

// ================================================================ corpus assembly
const PLAN = [
  ['roster', genRoster, 22], ['roster-fw', genRosterFW, 12], ['signup', genSignup, 18], ['signin-ocr', genSignin, 14], ['scores', genScores, 14],
  ['refund', genRefund, 18], ['agent-chat', genChat, 18], ['platform-json', genPlatform, 14], ['parents', genParents, 14], ['proxy-reg', genProxyReg, 14],
  ['bureau-mail', genBureauMail, 18], ['sms', genSMS, 12], ['invoice', genInvoice, 12], ['minutes', genMinutes, 8], ['cert-register', genCertReg, 10],
  ['xml-upload', genXML, 8], ['app-log', genLog, 8], ['weekly-report', genPipe, 8], ['bank-return', genBankReturn, 8], ['adult-edu', genAdultEdu, 14],
  ['paper-form', genForm, 12], ['agreement', genAgreement, 12], ['parent-chat', genParentChat, 8],
  ['schedule', genSchedule, 8], ['brochure', genBrochure, 10], ['notice', genNotice, 6],
];
// interleave kinds deterministically
const queue = [];
for (const [kind, fn, n] of PLAN) for (let i = 0; i < n; i++) queue.push([kind, fn]);
const order = shuffle(queue);
const counters = {}; const docs = []; let droppedDecoys = 0;
for (const [kind, fn] of order) {
  const d = new Doc(kind);
  const text = fn(d);
  counters[kind] = (counters[kind] || 0) + 1;
  for (const k of d.E.keys()) d.D.delete(k);
  // decoys are registered where a generator may write them; keep those that the text really holds
  for (const [k, y] of d.Y) if (!text.includes(y.text)) { d.Y.delete(k); droppedDecoys++; }
  docs.push({ d, rec: { id: `trn-${kind}-${counters[kind]}`, kind, text, entities: [...d.E.values()], dontCare: [...d.D.values()], decoys: [...d.Y.values()] } });
}

// ================================================================ self-check
const errors = [];
const err = (id, m) => { if (errors.length < 60) errors.push(`${id}: ${m}`); else errors.length++; };
const collapse = (t) => { let p; do { p = t; t = t.replace(/([0-9Xx])[ \t\n\-()\u00a0]+(?=[0-9Xx])/g, '$1'); } while (t !== p); return t; };
const LAND_OK = new Set(CITIES.map((c) => c.area + ':' + c.len));
const MASKED = new Set(['masked_mobile', 'masked_id', 'masked_card', 'masked_name']);
const nameLike = (s) => /^[\u4e00-\u9fa5·]+$/.test(s);
for (const { d, rec } of docs) {
  const { id, text } = rec;
  const nf = text.normalize('NFKC'); const col = collapse(nf); const colU = col.toUpperCase(); const nosp = text.replace(/\s/g, '');
  const labelled = new Set([...rec.entities, ...rec.dontCare].map((e) => e.detector + '|' + e.value));
  // entities: valid and present
  for (const e of rec.entities) {
    const v = e.value; let ok = false, valid = false;
    switch (e.detector) {
      case 'cn_resident_id': valid = validId18(v) && !!REGION[v.slice(0, 6)]; ok = colU.includes(v) || (v.slice(6, 8) === '19' && col.includes(legacy15(v))); break;
      case 'cn_mobile': valid = mobileOk(v); ok = col.includes(v); break;
      case 'bank_card': valid = /^62\d{14,17}$/.test(v) && luhnOk(v); ok = col.includes(v); break;
      case 'cn_landline': valid = LAND_OK.has(v.slice(0, v[1] === '1' || v[1] === '2' ? 3 : 4) + ':' + (v.length - (v[1] === '1' || v[1] === '2' ? 3 : 4))); ok = col.includes(v) || col.includes('86' + v.slice(1)); break;
      case 'email': valid = /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v); ok = nf.toLowerCase().includes(v); break;
      case 'cn_uscc': valid = usccValid(v) && orgCheck(v.slice(8, 16)) === v[16]; ok = nf.toUpperCase().includes(v); break;
      case 'cn_passport': valid = /^E[A-HJ-NP-Z0-9]\d{7}$/.test(v); ok = nf.toUpperCase().includes(v); break;
      case 'person_name_zh': valid = /^[\u4e00-\u9fa5]{2,4}$/.test(v) || /^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(v); ok = nosp.includes(v); break;
    }
    if (!ok) { const sp = d.split.find((s) => s[0] === v); if (sp && sp[1].every((x) => text.includes(x)) && sp[1].join('') === v) ok = true; }
    if (!valid) err(id, `invalid ${e.detector} entity ${v}`);
    if (!ok) err(id, `entity ${e.detector} ${v} not in text`);
  }
  // decoys: present, not an entity, numbers clean, names disjoint from labelled names
  const entVals = new Set(rec.entities.map((e) => e.value));
  const names = [...rec.entities, ...rec.dontCare].filter((e) => e.detector === 'person_name_zh').map((e) => e.value);
  for (const y of rec.decoys) {
    if (!text.includes(y.text)) err(id, `decoy not in text: ${y.text}`);
    const norm = y.text.normalize('NFKC').replace(/[\s\-+']/g, '').toUpperCase();
    if (entVals.has(y.text) || entVals.has(norm) || entVals.has(norm.toLowerCase())) err(id, `decoy is also an entity: ${y.text}`);
    if (!MASKED.has(y.kind) && !isCleanNum(y.text)) err(id, `decoy number validates: ${y.kind} ${y.text}`);
    if (nameLike(y.text)) for (const n of names) if (y.text.includes(n) || n.includes(y.text)) err(id, `decoy ${y.text} overlaps name ${n}`);
  }
  // audit: no valid-looking value left unlabelled
  const runs = new Set([...(nf.match(/\d+[Xx]?/g) || []), ...(nf.match(/\d+(?:[ \-]\d+)+[Xx]?/g) || []).map((s) => s.replace(/[ \-]/g, ''))]);
  for (const r0 of runs) {
    for (const r of dirtyRun(r0) ? [r0] : [r0, r0.replace(/[Xx]$/, '')]) {
      const k = dirtyRun(r); if (!k) continue;
      const R = r.toUpperCase();
      const want = k === 'mobile' ? ['cn_mobile|' + R] : k === 'id' ? ['cn_resident_id|' + R] : k === 'id15' ? ['cn_resident_id|' + (() => { const b = R.slice(0, 6) + '19' + R.slice(6); return b + idCheck(b); })()] : k === 'card' ? ['bank_card|' + R] : ['cn_uscc|' + R];
      if (!want.some((w) => labelled.has(w))) err(id, `unlabelled ${k}: ${r}`);
    }
  }
  for (const m of nf.match(/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g) || []) {
    const v = m.toLowerCase();
    if (!labelled.has('email|' + v) && !rec.decoys.some((y) => y.text.includes(m))) err(id, `unlabelled email ${m}`);
  }
}

// ================================================================ write + summary
writeFileSync(OUT, docs.map((x) => JSON.stringify(x.rec)).join('\n') + '\n');
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nE = 0, nY = 0;
for (const { rec } of docs) {
  perKind[rec.kind] = (perKind[rec.kind] || 0) + 1;
  for (const e of rec.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nE++; }
  for (const e of rec.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const y of rec.decoys) { perDecoy[y.kind] = (perDecoy[y.kind] || 0) + 1; nY++; }
}
const show = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(18)} ${v}`).join('\n');
console.log(`training corpus: ${docs.length} documents, ${Object.keys(perKind).length} kinds -> ${OUT}`);
console.log('documents per kind:\n' + show(perKind));
console.log(`entities per detector (total ${nE}):\n` + show(perDet));
console.log('dontCare per detector:\n' + show(perDc));
console.log(`decoys per kind (total ${nY}):\n` + show(perDecoy));
const need = ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email'];
for (const k of need) if ((perDet[k] || 0) < 150) errors.push(`too few ${k}: ${perDet[k] || 0}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 60).join('\n')); process.exit(1); }
console.log('self-check: OK');
