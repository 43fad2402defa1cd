#!/usr/bin/env node
/**
 * construction.mjs — independent labelled test corpus for listguard.
 *
 * Theme: personal data in construction-site and labour-subcontracting records:
 *   劳务实名制花名册 (工人 with 身份证, 手机, 工种, 班组, 工资卡), 进场/退场登记,
 *   考勤机 and 闸机 exports (CSV, JSON, logs), 农民工工资专户代发 batch files and
 *   bank return files, 工资表 with 签字 columns, 班组长/管理人员通讯录,
 *   三级安全教育签到表 (OCR'd paper), 特种作业人员台账, 团体意外险 清单 and
 *   理赔/工伤 forms, 12345 欠薪 work orders, WeChat work-group chats, 劳动合同
 *   party blocks, OCR'd ID cards, 实名制信息采集表, 监理/施工日志, mail, SMS
 *   send logs, 实名制平台 XML uploads and import reports, 欠薪协调会纪要,
 *   退场工资结清确认书, 班组长 notebooks.
 *   Decoys: 特种作业证号 (provincial format), 工号, 考勤卡号, 闸机 serials,
 *   项目编号, 合同编号, 施工许可证号 (region+date, 18 digits, check fails),
 *   楼栋/房号, amounts, dates, times, ms timestamps, snowflake record ids,
 *   安全帽编号, 车牌, 联行号, 专户账号, 批次号, 保单号, 工单编号, QQ numbers,
 *   masked values, typo'd / invalid IDs, mobiles and cards, Excel scientific
 *   notation, company and 劳务公司 names, 工种/职务/班组 words and
 *   placeholders (陌生人, 代签, 合计) in name positions.
 *
 * Usage:  node construction.mjs OUT.jsonl
 *
 * Output: one JSON object per line:
 *   {"id":"cs-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector","value"}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector","value"}],   // either answer is fine
 *    "decoys":[{"kind","text"}]}          // must not be reported by any detector
 *
 * Normalisation of values: cn_resident_id 18 chars upper-case X (legacy 15-digit
 * numbers upgraded to 18); cn_mobile 11 digits (no +86, no separators);
 * cn_landline digits incl. leading 0 and area code; email lower-case;
 * bank_card digits only; cn_uscc upper-case; person_name_zh as written without
 * spaces or titles. Decoys carry their exact text.
 *
 * Deterministic: own mulberry32 PRNG with a fixed seed, no clock, no I/O but OUT.
 * Ends with a self-check (exit 1 on failure) and prints a summary.
 *
 * Written in session 27 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x27C0FFEE);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
function pickW(items) { let s = 0; for (const [, w] of items) s += w; let r = rnd() * s; for (const [it, w] of items) { if ((r -= w) < 0) return it; } return items[items.length - 1][0]; }
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += (b.charCodeAt(i) - 48) * IDW[i]; return '10X98765432'[s % 11]; }
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const dim = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const validDate = (y, m, d) => y >= 1900 && y <= 2025 && m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
const PROV_OK = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83 91'.split(' '));
function idShapeOk(s, strict) {
  s = s.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (strict ? !REGION_SET.has(s.slice(0, 6)) : !PROV_OK.has(s.slice(0, 2))) return false;
  if (!validDate(+s.slice(6, 10), +s.slice(10, 12), +s.slice(12, 14))) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function luhnOk(s) { let sum = 0; for (let i = 0; i < s.length; i++) { let n = s.charCodeAt(s.length - 1 - i) - 48; if (i % 2 === 1) { n *= 2; if (n > 9) n -= 9; } sum += n; } return sum % 10 === 0; }
function luhnFix(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }
function luhnBreak(s) { if (!luhnOk(s)) return s; return s.slice(0, -1) + ((+s[s.length - 1] + ri(1, 9)) % 10); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UWT = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function orgCheck(s8) { const w = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * w[i]; } const r = 11 - (s % 11); return r === 10 ? 'X' : r === 11 ? '0' : String(r); }
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UWT[i]; return UA[(31 - (s % 31)) % 31]; }
function usccOk(s) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17] && orgCheck(s.slice(8, 16)) === s[16]; }
const MOB_PRE = '130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199'.split(' ');
const MOB_SET = new Set(MOB_PRE);
const mobOk = (s) => /^1\d{10}$/.test(s) && MOB_SET.has(s.slice(0, 3));
const AREAS = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0371': 8, '0551': 8, '0571': 8, '0755': 8, '0731': 8, '0851': 8, '0931': 7 };

// ---------------------------------------------------------------- people data
const parsePy = (s) => s.split('|').map((x) => { const [h, ...p] = x.split(' '); return [h, p]; });
const SURN = parsePy('王 wang|李 li|张 zhang|刘 liu|陈 chen|杨 yang|黄 huang|赵 zhao|吴 wu|周 zhou|徐 xu|孙 sun|马 ma|朱 zhu|胡 hu|郭 guo|何 he|高 gao|林 lin|罗 luo|郑 zheng|梁 liang|谢 xie|宋 song|唐 tang|许 xu|韩 han|冯 feng|邓 deng|曹 cao|彭 peng|曾 zeng|肖 xiao|田 tian|董 dong|袁 yuan|潘 pan|于 yu|蒋 jiang|蔡 cai|余 yu|杜 du|叶 ye|程 cheng|苏 su|魏 wei|吕 lv|丁 ding|任 ren|沈 shen|姚 yao|卢 lu|姜 jiang|崔 cui|钟 zhong|谭 tan|陆 lu|汪 wang|范 fan|金 jin|石 shi|廖 liao|贾 jia|夏 xia|韦 wei|付 fu|方 fang|白 bai|邹 zou|孟 meng|熊 xiong|秦 qin|邱 qiu|江 jiang|尹 yin|薛 xue|闫 yan|段 duan|雷 lei|侯 hou|龙 long|史 shi|陶 tao|黎 li|贺 he|顾 gu|毛 mao|郝 hao|龚 gong|邵 shao|万 wan|钱 qian|严 yan|覃 qin|武 wu|戴 dai|莫 mo|孔 kong|向 xiang|汤 tang|冉 ran|母 mu|蒲 pu|欧阳 ou yang|司马 si ma|诸葛 zhu ge');
const GM2 = parsePy('建国 jian guo|建军 jian jun|建华 jian hua|国华 guo hua|国平 guo ping|国强 guo qiang|志强 zhi qiang|志刚 zhi gang|志明 zhi ming|德明 de ming|德福 de fu|德华 de hua|永强 yong qiang|永福 yong fu|永贵 yong gui|长青 chang qing|春生 chun sheng|秋生 qiu sheng|海波 hai bo|红兵 hong bing|卫东 wei dong|向东 xiang dong|小龙 xiao long|小兵 xiao bing|小军 xiao jun|大勇 da yong|勇军 yong jun|兴旺 xing wang|金山 jin shan|福贵 fu gui|光荣 guang rong|继红 ji hong|中华 zhong hua|有才 you cai|有福 you fu|昌盛 chang sheng|世明 shi ming|世军 shi jun|文斌 wen bin|文华 wen hua|学军 xue jun|学兵 xue bing|正华 zheng hua|正林 zheng lin|定国 ding guo|才良 cai liang|宗保 zong bao|保国 bao guo|成林 cheng lin|俊杰 jun jie|浩然 hao ran|子豪 zi hao|家豪 jia hao|宇航 yu hang|明亮 ming liang|光辉 guang hui|云峰 yun feng|开富 kai fu|仕林 shi lin|泽民 ze min|运华 yun hua|先明 xian ming|德顺 de shun|庆华 qing hua|天福 tian fu|绍军 shao jun|荣华 rong hua|代兵 dai bing|远洪 yuan hong|廷贵 ting gui|应龙 ying long|朝阳 chao yang|加林 jia lin|登高 deng gao|万福 wan fu|启明 qi ming|仁贵 ren gui|树林 shu lin|洪涛 hong tao|元军 yuan jun');
const GM1 = parsePy('勇 yong|军 jun|强 qiang|伟 wei|斌 bin|涛 tao|刚 gang|平 ping|波 bo|林 lin|华 hua|明 ming|亮 liang|杰 jie|鹏 peng|飞 fei|磊 lei|超 chao|辉 hui|彬 bin|健 jian|峰 feng|龙 long|浩 hao|鑫 xin|凯 kai|兵 bing|坤 kun|俊 jun');
const GF2 = parsePy('秀英 xiu ying|桂兰 gui lan|桂英 gui ying|玉兰 yu lan|红梅 hong mei|春燕 chun yan|小红 xiao hong|秀芳 xiu fang|翠花 cui hua|金凤 jin feng|凤英 feng ying|美玲 mei ling|丽华 li hua|海燕 hai yan|晓燕 xiao yan|婷婷 ting ting|雪梅 xue mei|小芳 xiao fang|晓丽 xiao li|佳怡 jia yi|雨欣 yu xin|思琪 si qi');
const GF1 = parsePy('丽 li|芳 fang|霞 xia|燕 yan|娟 juan|敏 min|静 jing|艳 yan|萍 ping|琴 qin|莉 li|倩 qian');
const YI_S = ['吉克', '阿苦', '沙马', '曲比', '吉伍', '俄木', '海来', '马海', '阿说', '勒尔', '阿力', '比曲'];
const YI_G = ['阿牛', '日哈', '拉则', '阿果', '木呷', '拉体', '阿木', '尔古', '子哈', '伍各', '石布', '拉哈', '伍沙', '么古'];
const UY = ['艾山', '买买提', '阿不都', '吐尔逊', '艾力', '阿布拉', '努尔', '麦麦提', '热合曼', '依明', '阿迪力', '吾斯曼'];

// code, province, city, county, flag
const REG = [
  ['510722', '四川省', '绵阳市', '三台县'], ['511321', '四川省', '南充市', '南部县'], ['511725', '四川省', '达州市', '渠县'],
  ['511623', '四川省', '广安市', '邻水县'], ['510823', '四川省', '广元市', '剑阁县'], ['511025', '四川省', '内江市', '资中县'],
  ['512021', '四川省', '资阳市', '安岳县'], ['513431', '四川省', '凉山彝族自治州', '昭觉县', 'yi'], ['513432', '四川省', '凉山彝族自治州', '喜德县', 'yi'],
  ['513428', '四川省', '凉山彝族自治州', '普格县', 'yi'], ['513436', '四川省', '凉山彝族自治州', '美姑县', 'yi'],
  ['411627', '河南省', '周口市', '太康县'], ['411625', '河南省', '周口市', '郸城县'], ['411528', '河南省', '信阳市', '息县'],
  ['411721', '河南省', '驻马店市', '西平县'], ['410223', '河南省', '开封市', '尉氏县'], ['411324', '河南省', '南阳市', '镇平县'],
  ['341221', '安徽省', '阜阳市', '临泉县'], ['341222', '安徽省', '阜阳市', '太和县'], ['341623', '安徽省', '亳州市', '利辛县'],
  ['341125', '安徽省', '滁州市', '定远县'], ['341322', '安徽省', '宿州市', '萧县'],
  ['430524', '湖南省', '邵阳市', '隆回县'], ['430623', '湖南省', '岳阳市', '华容县'], ['431022', '湖南省', '郴州市', '宜章县'], ['430422', '湖南省', '衡阳市', '衡南县'],
  ['522627', '贵州省', '黔东南苗族侗族自治州', '天柱县', 'miao'], ['522622', '贵州省', '黔东南苗族侗族自治州', '黄平县', 'miao'],
  ['500235', '重庆市', '', '云阳县'], ['500236', '重庆市', '', '奉节县'], ['500238', '重庆市', '', '巫溪县'],
  ['500243', '重庆市', '', '彭水苗族土家族自治县', 'tujia'], ['500242', '重庆市', '', '酉阳土家族苗族自治县', 'tujia'],
  ['360731', '江西省', '赣州市', '于都县'], ['360730', '江西省', '赣州市', '宁都县'], ['361127', '江西省', '上饶市', '余干县'],
  ['421127', '湖北省', '黄冈市', '黄梅县'], ['421126', '湖北省', '黄冈市', '蕲春县'], ['420921', '湖北省', '孝感市', '孝昌县'],
  ['620422', '甘肃省', '白银市', '会宁县'], ['621121', '甘肃省', '定西市', '通渭县'], ['621126', '甘肃省', '定西市', '岷县'],
  ['450881', '广西壮族自治区', '贵港市', '桂平市', 'zhuang'], ['450921', '广西壮族自治区', '玉林市', '容县', 'zhuang'],
  ['371326', '山东省', '临沂市', '平邑县'], ['371722', '山东省', '菏泽市', '单县'], ['320723', '江苏省', '连云港市', '灌云县'],
  ['321322', '江苏省', '宿迁市', '沭阳县'], ['610526', '陕西省', '渭南市', '蒲城县'], ['530627', '云南省', '昭通市', '镇雄县'],
  ['653121', '新疆维吾尔自治区', '喀什地区', '疏附县', 'uy'], ['653122', '新疆维吾尔自治区', '喀什地区', '疏勒县', 'uy'],
].map(([code, prov, city, county, f]) => ({ code, prov, city, county, f }));
const LOCAL = {
  成都: [['510104', '四川省', '成都市', '锦江区'], ['510107', '四川省', '成都市', '武侯区'], ['510108', '四川省', '成都市', '成华区']],
  重庆: [['500103', '重庆市', '', '渝中区'], ['500106', '重庆市', '', '沙坪坝区']],
  合肥: [['340104', '安徽省', '合肥市', '蜀山区'], ['340102', '安徽省', '合肥市', '瑶海区']],
  郑州: [['410105', '河南省', '郑州市', '金水区'], ['410102', '河南省', '郑州市', '中原区']],
  杭州: [['330106', '浙江省', '杭州市', '西湖区'], ['330102', '浙江省', '杭州市', '上城区']],
  深圳: [['440304', '广东省', '深圳市', '福田区'], ['440305', '广东省', '深圳市', '南山区']],
  西安: [['610113', '陕西省', '西安市', '雁塔区'], ['610103', '陕西省', '西安市', '碑林区']],
};
for (const k of Object.keys(LOCAL)) LOCAL[k] = LOCAL[k].map(([code, prov, city, county]) => ({ code, prov, city, county }));
const REGION_SET = new Set([...REG.map((r) => r.code), ...Object.values(LOCAL).flat().map((r) => r.code)]);
const PROVS = [...new Set(REG.map((r) => r.prov))];
const PROV_W = { '四川省': 6, '河南省': 5, '安徽省': 3, '湖南省': 3, '贵州省': 2, '重庆市': 3, '江西省': 2, '湖北省': 2, '甘肃省': 1.5, '广西壮族自治区': 1, '山东省': 1, '江苏省': 1, '陕西省': 1, '云南省': 1, '新疆维吾尔自治区': 0.6 };
const TOWNS = ['城关镇', '柑子镇', '石永镇', '新场镇', '龙桥乡', '太平镇', '永兴镇', '白庙乡', '兴隆镇', '三汇镇', '观音桥镇', '青龙乡', '马庙镇', '大河乡', '双河镇'];
const VILLS = ['石板村', '桂花村', '新农村', '红星村', '大河村', '双龙村', '金竹村', '团结村', '黄桷村', '响水村', '新华村', '和平村', '长岭村', '柏树村', '杨柳村'];

const BANKS = [
  { name: '中国农业银行', short: '农行', bin: '622848', len: 19, lh: '103' }, { name: '中国农业银行', short: '农行', bin: '622845', len: 19, lh: '103' },
  { name: '中国建设银行', short: '建行', bin: '621700', len: 19, lh: '105' }, { name: '中国工商银行', short: '工行', bin: '621226', len: 19, lh: '102' },
  { name: '中国工商银行', short: '工行', bin: '622202', len: 19, lh: '102' }, { name: '中国邮政储蓄银行', short: '邮储', bin: '621799', len: 19, lh: '403' },
  { name: '中国邮政储蓄银行', short: '邮储', bin: '621098', len: 19, lh: '403' }, { name: '中国银行', short: '中行', bin: '621661', len: 19, lh: '104' },
  { name: '中国银行', short: '中行', bin: '621785', len: 19, lh: '104' }, { name: '招商银行', short: '招行', bin: '621483', len: 16, lh: '308' },
  { name: '兴业银行', short: '兴业', bin: '622909', len: 18, lh: '309' }, { name: '交通银行', short: '交行', bin: '622262', len: 19, lh: '301' },
  { name: '农村信用合作社', short: '信用社', bin: '621458', len: 19, lh: '402' }, { name: '农村商业银行', short: '农商行', bin: '623190', len: 19, lh: '314' },
];
const TEAMS = [
  { name: '钢筋班', trades: ['钢筋工', '钢筋工', '电焊工'] }, { name: '木工班', trades: ['木工'] }, { name: '架子班', trades: ['架子工'] },
  { name: '砌体班', trades: ['砌筑工', '抹灰工'] }, { name: '混凝土班', trades: ['混凝土工', '普工'] }, { name: '水电班', trades: ['水电工', '电工', '管道工'] },
  { name: '防水班', trades: ['防水工'] }, { name: '装饰班', trades: ['油漆工', '腻子工', '抹灰工'] }, { name: '杂工班', trades: ['普工'] },
  { name: '塔吊班', trades: ['塔式起重机司机', '信号工', '司索工'] }, { name: '泥工班', trades: ['泥工', '瓦工'] },
];
const CITIES = [
  { short: '成都', city: '成都市', dist: [['510116', '双流区'], ['510112', '龙泉驿区'], ['510107', '武侯区'], ['510117', '郫都区']], area: '028', plate: '川A', prov: '川' },
  { short: '重庆', city: '重庆市', dist: [['500112', '渝北区'], ['500113', '巴南区']], area: '023', plate: '渝A', prov: '渝' },
  { short: '合肥', city: '合肥市', dist: [['340104', '蜀山区'], ['340111', '包河区']], area: '0551', plate: '皖A', prov: '皖' },
  { short: '郑州', city: '郑州市', dist: [['410105', '金水区'], ['410122', '中牟县']], area: '0371', plate: '豫A', prov: '豫' },
  { short: '杭州', city: '杭州市', dist: [['330110', '余杭区'], ['330106', '西湖区']], area: '0571', plate: '浙A', prov: '浙' },
  { short: '深圳', city: '深圳市', dist: [['440306', '宝安区'], ['440307', '龙岗区']], area: '0755', plate: '粤B', prov: '粤' },
  { short: '西安', city: '西安市', dist: [['610113', '雁塔区'], ['610116', '长安区']], area: '029', plate: '陕A', prov: '陕' },
];
const AREA_NAMES = ['兴隆湖', '西航港', '东安湖', '临空港', '滨河', '锦城', '南湖', '龙湾', '青山', '科学城', '白鹭湾', '金桥', '翠屏'];
const PTYPES = ['安置房项目', '人才公寓项目', '九年一贯制学校新建工程', '人民医院住院综合楼工程', '商业综合体项目', '产业园标准化厂房项目', '棚户区改造项目', '市政道路及综合管廊工程', '保障性租赁住房项目', '还建房项目'];
const GCS = ['华泰建工集团有限公司', '中恒建设集团有限公司', '川建第三建筑工程有限公司', '渝兴建筑工程有限责任公司', '皖建工程集团有限公司', '中原鼎盛建设集团有限公司', '浙东建设工程有限公司', '鹏城建工集团有限公司', '长安华建集团有限公司', '金泰建设集团有限公司'];
const GC_DOM = { '华泰建工集团有限公司': 'htjg.com.cn', '中恒建设集团有限公司': 'zhjsjt.com', '川建第三建筑工程有限公司': 'cj3j.cn', '渝兴建筑工程有限责任公司': 'yxjz.com.cn', '皖建工程集团有限公司': 'wjgc.cn', '中原鼎盛建设集团有限公司': 'zydsjs.com', '浙东建设工程有限公司': 'zdjsgc.com', '鹏城建工集团有限公司': 'pcjg.com.cn', '长安华建集团有限公司': 'cahj.cn', '金泰建设集团有限公司': 'jtjsjt.com' };
const LABOUR = [
  ['广安市邻州建筑劳务有限公司', '511600'], ['达州市川东劳务有限公司', '511700'], ['南充市嘉陵建筑劳务有限公司', '511300'],
  ['凉山州安宁劳务服务有限公司', '513400'], ['周口市豫东建筑劳务有限公司', '411600'], ['信阳市豫兴劳务分包有限公司', '411500'],
  ['阜阳市皖北建筑劳务有限公司', '341200'], ['邵阳市宝庆劳务有限公司', '430500'], ['黔东南州黔筑劳务有限公司', '522600'],
  ['云阳县云峰建筑劳务有限公司', '500235'], ['高新建筑劳务有限公司', '510100'], ['金鼎劳务分包有限公司', '410100'],
  ['江南建筑劳务有限公司', '330100'], ['周口市华丰劳务有限公司', '411600'], ['赣州市宏达建筑劳务有限公司', '360700'],
].map(([name, reg]) => ({ name, reg, uscc: null }));

// ---------------------------------------------------------------- generators of values
const used = { name: new Set(), id: new Set(), mob: new Set(), card: new Set(), mail: new Set() };
function pickSurname() { return SURN[Math.floor(SURN.length * Math.pow(rnd(), 1.7))]; }
function genName(male, r) {
  for (let k = 0; k < 500; k++) {
    let nm, py = null;
    if (r.f === 'yi' && chance(0.9)) { nm = pick(YI_S) + pick(YI_G); }
    else if (r.f === 'uy') { const a = pick(UY); let b = pick(UY); while (b === a) b = pick(UY); nm = a + '·' + b; }
    else {
      const [s, sp] = pickSurname();
      const g = male ? (chance(0.78) ? pick(GM2) : pick(GM1)) : (chance(0.72) ? pick(GF2) : pick(GF1));
      nm = s + g[0]; py = [sp.join(''), g[1]];
    }
    if (!used.name.has(nm)) { used.name.add(nm); return { nm, py }; }
  }
  throw new Error('names exhausted');
}
function birthYear() { return pickW([[[1958, 1965], 0.12], [[1966, 1975], 0.33], [[1976, 1985], 0.3], [[1986, 1995], 0.18], [[1996, 2004], 0.07]]).reduce((a, b) => ri(a, b)); }
function makeId(code, y, m, d, male) {
  for (;;) {
    let seq = ri(0, 99) * 10 + (male ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]));
    const b = code + y + pad(m, 2) + pad(d, 2) + pad(seq, 3);
    const id = b + idCheck(b);
    if (!used.id.has(id)) { used.id.add(id); return id; }
  }
}
const MOB_GEN = [['13', 5], ['15', 4], ['18', 4], ['17', 1.5], ['19', 1.5], ['16', 0.4]];
function makeMobile() {
  for (;;) {
    const p2 = pickW(MOB_GEN);
    const pres = MOB_PRE.filter((p) => p.startsWith(p2));
    const m = pick(pres) + digits(8);
    if (!used.mob.has(m) && !/^1(3800138000|3912345678|8888888888)$/.test(m)) { used.mob.add(m); return m; }
  }
}
function makeCard(bank) { for (;;) { const c = luhnFix(bank.bin + digits(bank.len - 7)); if (!used.card.has(c)) { used.card.add(c); return c; } } }
function qqNum() { return String(pickW([[[10000000, 99999999], 1], [[100000000, 999999999], 4], [[1000000000, 3999999999], 3]]).reduce((a, b) => ri(a, b))); }
function makeUscc(region) { const body = 'MA' + Array.from({ length: 6 }, () => pick(UA)).join(''); const s17 = '91' + region + body + orgCheck(body); return s17 + usccCheck(s17); }
for (const l of LABOUR) l.uscc = makeUscc(l.reg);
const GC_USCC = Object.fromEntries(GCS.map((g) => [g, makeUscc(pick(['510100', '500000', '340100', '410100', '330100', '440300', '610100']))]));
const TEL_FIRST = { '010': '568', '020': '38', '021': '56', '022': '2', '023': '6', '025': '58', '027': '58', '028': '68', '029': '8', '0371': '6', '0551': '6', '0571': '8', '0755': '28', '0731': '8', '0851': '8', '0931': '8' };
function makeTel(area) { const len = AREAS[area]; return { area, sub: pick(TEL_FIRST[area].split('')) + digits(len - 1) }; }

const cap = (s) => s[0].toUpperCase() + s.slice(1);
function emailOf(w, dom) {
  dom = dom || pickW([['qq.com', 4], ['163.com', 4], ['126.com', 2], ['sina.com', 0.8], ['foxmail.com', 0.8], ['139.com', 0.8], ['yeah.net', 0.4], ['sohu.com', 0.4], ['aliyun.com', 0.4]]);
  let e;
  if (dom === '139.com') e = w.mob + '@139.com';
  else if (!w.py || (dom === 'qq.com' && chance(0.75))) { w.qq = w.qq || qqNum(); e = w.qq + '@qq.com'; }
  else {
    const s = w.py[0], gs = w.py[1], g = gs.join(''), yy = String(w.y).slice(2);
    e = pick([s + g, s + g + yy, g + '_' + s, s + gs.map((x) => x[0]).join('') + pad(w.m, 2) + pad(w.d, 2), s + g + ri(1, 999), s + '.' + g, s[0] + gs.map((x) => x[0]).join('') + w.y]);
    if (chance(0.08)) e = cap(s) + cap(g) + yy;
    e += '@' + dom;
  }
  while (used.mail.has(e.toLowerCase())) e = e.replace('@', ri(0, 9) + '@');
  used.mail.add(e.toLowerCase());
  return e;
}
function ethOf(r) {
  if (r.f === 'yi') return '彝族'; if (r.f === 'uy') return '维吾尔族';
  if (r.f === 'miao') return pickW([['苗族', 4], ['侗族', 3], ['汉族', 3]]);
  if (r.f === 'tujia') return pickW([['土家族', 4], ['苗族', 3], ['汉族', 3]]);
  if (r.f === 'zhuang') return pickW([['壮族', 4], ['汉族', 6]]);
  return '汉族';
}
function addrOf(r) { return `${r.prov}${r.city}${r.county}${pick(TOWNS)}${pick(VILLS)}${ri(1, 12)}组${ri(1, 60)}号`; }
let WNO = 100;
function worker(o = {}) {
  let r = o.region;
  if (!r) { const prov = o.prov || pickW(PROVS.map((p) => [p, PROV_W[p] || 1])); r = pick(REG.filter((x) => x.prov === prov)); }
  const male = o.male !== undefined ? o.male : chance(r.f === 'yi' || r.f === 'uy' ? 0.96 : 0.88);
  const { nm, py } = genName(male, r);
  const y = o.y || birthYear(), m = ri(1, 12), d = ri(1, dim(y, m));
  const bank = pick(BANKS);
  const team = o.team || pick(TEAMS);
  return {
    name: nm, py, male, sex: male ? '男' : '女', eth: ethOf(r), r, y, m, d,
    id: makeId(r.code, y, m, d, male), mob: makeMobile(), bank, card: makeCard(bank),
    trade: o.trade || pick(team.trades), team, addr: addrOf(r), wno: ++WNO, qq: null,
  };
}
let LAB_PROV = null; // province of the labour company of the project being written
function crew(n, team, o = {}) {
  const prov = o.prov || (LAB_PROV && chance(0.75) ? LAB_PROV : pickW(PROVS.map((p) => [p, PROV_W[p] || 1])));
  const ws = [worker({ prov, team, trade: team.trades[0], y: ri(1966, 1988), male: true })];
  while (ws.length < n) ws.push(worker({ prov: chance(0.8) ? prov : undefined, team }));
  return ws;
}
function staff(P, role) {
  const local = chance(0.7);
  const w = local ? worker({ region: pick(LOCAL[P.C.short]), y: ri(1975, 1999) }) : worker({ y: ri(1972, 1998) });
  w.role = role; return w;
}
function proj() {
  const C = pick(CITIES); const [dc, dn] = pick(C.dist);
  WN_STYLE = ri(0, 2);
  const y = pick([2022, 2023, 2023, 2024, 2024]);
  const pm = ri(1, 12), pd = ri(1, dim(y, pm));
  let permit = dc + y + pad(pm, 2) + pad(pd, 2) + digits(4);
  while (idCheck(permit.slice(0, 17)) === permit[17] || luhnOk(permit)) permit = permit.slice(0, 14) + digits(4);
  const gc = pick(GCS);
  return {
    C, dc, dn, y, gc, lab: (() => { const l = pick(LABOUR); const r = REG.find((x) => x.code.slice(0, 2) === l.reg.slice(0, 2)); LAB_PROV = r ? r.prov : null; return l; })(), permit,
    name: `${C.short}市${dn}${pick(AREA_NAMES)}${pick(PTYPES)}${pick(['', '', '（一期）', '（二期）', 'A区'])}`,
    code: pick([`XM${y}${pad(ri(1, 400), 4)}`, `${dc}-${y}-${pad(ri(1, 300), 4)}`, `JG${String(y).slice(2)}${pad(ri(1, 999), 3)}`]),
    contract: `${pick(['LWFB', 'LW-HT', 'HT-LW', 'FB'])}-${y}-${pad(ri(1, 150), 3)}`,
    dom: GC_DOM[gc],
  };
}
function corpAcct(bank) {
  const len = { '105': 20, '103': 17, '102': 19, '104': 12, '403': 18, '308': 15, '309': 18, '301': 21, '402': 19, '314': 19 }[bank.lh] || 20;
  let a = String(ri(1, 9)) + digits(len - 1);
  if (len >= 16 && len <= 19) a = luhnBreak(a);
  return a;
}
function lianhang(bank) { return bank.lh + digits(9); }
function bigNonLuhn(first, len) { let s = first + digits(len - first.length); s = luhnBreak(s); return s; }

// ---------------------------------------------------------------- formatting
const FW = (s) => s.replace(/[0-9A-Za-z@.\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
function fmtMob(m, st) {
  switch (st) {
    case 's344': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'd344': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'p86': return '+86' + m;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'p86d': return '+86-' + m;
    case 'c86': return '(+86)' + m;
    case 'z86': return '0086 ' + m;
    case 'fw': return FW(m);
    default: return m;
  }
}
function fmtId(id, st) {
  switch (st) {
    case 'lx': return id.replace(/X$/, 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    default: return id;
  }
}
function fmtCard(c, st) {
  switch (st) {
    case 'g4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'g4d': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'apos': return "'" + c;
    case 'fw': return FW(c);
    default: return c;
  }
}
function fmtTel(t, st) {
  switch (st) {
    case 'par': return `(${t.area})${t.sub}`;
    case 'fpar': return `（${t.area}）${t.sub}`;
    case 'sp': return `${t.area} ${t.sub}`;
    case 'p86': return `+86 ${t.area.slice(1)} ${t.sub}`;
    default: return `${t.area}-${t.sub}`;
  }
}
const maskMob = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id, k = 0) => [id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 4) + '**********' + id.slice(14), id.slice(0, 3) + '*'.repeat(11) + id.slice(14), id.slice(0, 1) + '*'.repeat(16) + id.slice(17)][k];
const maskCard = (c) => c.slice(0, 4) + ' **** **** ' + c.slice(-4);
const maskName = (n) => n[0] + (n.length > 2 ? '**' : '*');
function sci(n) { let m = (n[0] + '.' + n.slice(1, 6)).replace(/0+$/, '').replace(/\.$/, ''); return `${m}E+${n.length - 1}`; }
function typoMob(m) { const i = ri(3, 10); return m.slice(0, i) + m.slice(i + 1); }
function typoCard(c) { const i = ri(6, c.length - 2); let d = (+c[i] + ri(1, 9)) % 10; let s = c.slice(0, i) + d + c.slice(i + 1); return luhnOk(s) ? luhnBreak(s) : s; }
function badCheckId(id) { const b = id.slice(0, 17); const good = idCheck(b); const alt = '0123456789X'.split('').filter((c) => c !== good && !luhnOk(b + c)); return b + pick(alt); }
function badDateId(id) {
  const y = id.slice(6, 10); const opts = [[y, '02', '30'], [y, '13', '05'], [y, '04', '31'], [y, '00', '12'], [y, '11', '00']];
  for (;;) { const [yy, mm, dd] = pick(opts); const b = id.slice(0, 6) + yy + mm + dd + pad(ri(0, 999), 3); const r = b + idCheck(b); if (!luhnOk(r)) return r; }
}
const money = (a, comma = true) => (comma ? a.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : a.toFixed(2));
const dstr = (y, m, d, sep = '-') => `${y}${sep}${pad(m, 2)}${sep}${pad(d, 2)}`;
const dcn = (y, m, d) => `${y}年${m}月${d}日`;
function rday(y) { const m = ri(1, 12); return [y, m, ri(1, dim(y, m))]; }
const hms = (h, mi, s) => `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`;
const epochMs = (y, m, d, h, mi, s) => Date.UTC(y, m - 1, d, h - 8, mi, s) + ri(0, 999);
const pn = (n) => (n.length === 2 && chance(0.6) ? n[0] + '\u3000' + n[1] : n);
function dw(s) { let w = 0; for (const ch of String(s)) { const c = ch.codePointAt(0); w += (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x3000 ? 2 : 1; } return w; }
function padR(s, w) { s = String(s); const k = w - dw(s); return s + ' '.repeat(k > 0 ? k : 1); }
function fwTable(rows) {
  const n = Math.max(...rows.map((r) => r.length)); const W = [];
  for (let i = 0; i < n; i++) W[i] = Math.max(...rows.map((r) => dw(r[i] ?? ''))) + 2;
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? String(c) : padR(c, W[i]))).join('').replace(/\s+$/, '')).join('\n');
}
const pipeTable = (rows) => rows.map((r) => '| ' + r.join(' | ') + ' |').join('\n');
const csv = (rows, sep = ',') => rows.map((r) => r.map((c) => { c = String(c); return sep === ',' && /[,"\n]/.test(c) ? '"' + c.replace(/"/g, '""') + '"' : c; }).join(sep)).join('\n');
const helmet = () => pick([`A-${pad(ri(1, 999), 4)}`, `AQM${pad(ri(1, 999), 3)}`, `${pick(['红', '黄', '蓝', '白'])}${pad(ri(1, 300), 3)}`]);
const attCard = () => pad(ri(100000, 9999999), 10);
let WN_STYLE = 0;
const workNo = (w) => [`LW${pad(w.wno, 4)}`, `GH-${pad(w.wno, 5)}`, `JZ${pad(w.wno, 5)}`][WN_STYLE];
const plate = (C) => `${C.plate}${pick(['·', '', ' '])}${pick('0123456789DFKLMN')}${pick('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ')}${pad(ri(0, 999), 3)}`;
const CERT_PROV = { 川: '四川省', 渝: '重庆市', 豫: '河南省', 皖: '安徽省', 湘: '湖南省', 黔: '贵州省', 浙: '浙江省', 粤: '广东省', 陕: '陕西省' };
let LAST_CERT_ORG = '';
const provCert = (C) => { const p = chance(0.5) ? C.prov : pick(Object.keys(CERT_PROV)); LAST_CERT_ORG = CERT_PROV[p] + '住房和城乡建设厅'; return `${p}${pick(['A', 'A', 'B', 'C'])}${pad(pick([1, 2, 3, 4, 5, 6, 7, 8]), 2)}${ri(2014, 2024)}${pad(ri(1, 9999), 6)}`; };
const TRADE_CODE = { '钢筋工': '010', '木工': '020', '架子工': '030', '砌筑工': '040', '抹灰工': '050', '混凝土工': '060', '水电工': '070', '电工': '080', '管道工': '090', '防水工': '100', '油漆工': '110', '腻子工': '120', '普工': '900', '塔式起重机司机': '200', '信号工': '210', '司索工': '220', '电焊工': '230', '泥工': '040', '瓦工': '040' };
const REMARKS = ['高温补贴已含', '周末加班2天', '周日休息', '余款月底结', '付清', '金额已核对', '安全考核合格', '马上退场', '任务完成退场', '方案调整后返岗', '常驻工地', '关于借支另计', '成功开卡', '何时进场待定', '高处作业证在办', '白班', '夜班', '文明施工扣款50', '农忙请假3天', '华西项目转来'];
const wxid = (w) => (w.py && chance(0.6) ? w.py[0] + w.py[1].map((x) => x[0]).join('') + pick(['_', '', '-']) + pick([String(w.y).slice(2), String(ri(1, 999)), 'jz', 'lw']) : 'wxid_' + Array.from({ length: 14 }, () => pick('abcdefghijkmnpqrstuvwxyz0123456789')).join(''));
const remark = (D) => (chance(0.35) ? D.x('word', pick(REMARKS)) : '');
const POSTS = ['项目经理', '生产经理', '技术负责人', '施工员', '安全员', '质检员', '资料员', '材料员', '劳资专管员', '预算员', '机管员'];

// ---------------------------------------------------------------- document object
const NORM = {
  person_name_zh: (v) => v.replace(/[\s\u3000]/g, ''),
  cn_mobile: (v) => v.normalize('NFKC').replace(/\D/g, '').replace(/^(0086|86)(?=1\d{10}$)/, ''),
  cn_resident_id: (v) => { v = v.normalize('NFKC').replace(/\s/g, '').toUpperCase(); return v.length === 15 ? upgrade15(v) : v; },
  bank_card: (v) => v.normalize('NFKC').replace(/\D/g, ''),
  email: (v) => v.normalize('NFKC').toLowerCase(),
  cn_landline: (v) => v.replace(/\D/g, ''),
  cn_uscc: (v) => v.toUpperCase(),
  cn_passport: (v) => v.toUpperCase(),
};
class Doc {
  constructor(kind) { this.kind = kind; this.ents = []; this.dc = []; this.dec = []; }
  E(det, v) { v = NORM[det](v); if (!this.ents.some((e) => e.detector === det && e.value === v)) this.ents.push({ detector: det, value: v }); return v; }
  DC(det, v) { v = NORM[det](v); if (!this.dc.some((e) => e.detector === det && e.value === v)) this.dc.push({ detector: det, value: v }); return v; }
  xs(kind, gen) { for (;;) { const t = gen(); const c = t.normalize('NFKC').replace(/[\s-]/g, ''); if (!numberHits(t).length && !numberHits(c).length) return this.x(kind, t); } }
  x(kind, text) { text = String(text); if (!this.dec.some((d) => d.text === text)) this.dec.push({ kind, text }); return text; }
  n(name) { this.E('person_name_zh', name); return name; }
  np(name) { this.E('person_name_zh', name); return pn(name); }
  nd(name) { this.DC('person_name_zh', name); return name; }
  m(mob, st = 'plain') { this.E('cn_mobile', mob); return fmtMob(mob, st); }
  id(id, st = 'plain') { this.E('cn_resident_id', id); return fmtId(id, st); }
  id15(id) { this.E('cn_resident_id', id); return id.slice(0, 6) + id.slice(8, 17); }
  card(c, st = 'plain') { this.E('bank_card', c); return fmtCard(c, st); }
  mail(e) { this.E('email', e); const m = /^(1\d{10})@/.exec(e); if (m && mobOk(m[1])) this.E('cn_mobile', m[1]); return e; }
  tel(t, st = 'dash') { this.E('cn_landline', t.area + t.sub); return fmtTel(t, st); }
  uscc(u) { this.E('cn_uscc', u); return u; }
}
const rMob = () => pick(['plain', 'plain', 'plain', 'plain', 's344', 'd344', 'p86', 'p86s']);
const rCard = () => pick(['plain', 'plain', 'g4']);
const rId = (id) => (id.endsWith('X') && chance(0.4) ? 'lx' : chance(0.06) ? 'sp' : 'plain');

// ================================================================= generators
// 1. 劳务实名制花名册
function g_roster(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(4, 16), T), st = ri(0, 3);
  const maker = staff(P, '劳资专管员'), chk = staff(P, '项目经理');
  const badMob = chance(0.35) ? ri(1, ws.length - 1) : -1;
  const sciCard = chance(0.25) ? ri(1, ws.length - 1) : -1;
  const sciId = st === 1 && chance(0.4) ? ri(1, ws.length - 1) : -1;
  const entry = () => dstr(P.y, ri(1, 12), ri(1, 28), pick(['-', '/', '.']));
  let t = '';
  if (st === 0) {
    const rows = [['序号', '姓名', '性别', '民族', '出生日期', '身份证号码', '籍贯', '手机号码', '工种', '班组', '门禁卡号', '进场日期', '工资卡号', '开户银行', '是否签订劳动合同', '备注']];
    ws.forEach((w, i) => {
      rows.push([i + 1, D.n(w.name), w.sex, w.eth.replace('族', ''), D.x('date', `${w.y}/${w.m}/${w.d}`), D.id(w.id, rId(w.id)), D.x('place', w.r.prov.replace(/省|市|壮族自治区|维吾尔自治区/, '') + w.r.county),
        i === badMob ? D.x('mobile_typo', typoMob(w.mob)) : D.m(w.mob), D.x('trade', w.trade), T.name, D.x('attend_card', attCard()), D.x('date', entry()),
        i === sciCard ? D.x('excel_sci', sci(w.card)) : D.card(w.card, chance(0.3) ? 'apos' : 'plain'), w.bank.name, chance(0.92) ? '是' : '否', i === 0 ? D.x('post', '班组长') : remark(D)]);
    });
    rows.push([D.x('placeholder', '合计'), `${ws.length}人`]);
    t = `${P.name}劳务实名制花名册（${D.x('team', T.name)}）\n总包单位：${D.x('company', P.gc)}　　劳务分包单位：${D.x('company', P.lab.name)}\n` + csv(rows) +
      `\n制表人：${D.n(maker.name)},,,,审核：${D.n(chk.name)},,,,制表日期：${dcn(P.y, ri(1, 12), ri(1, 28))}\n`;
  } else if (st === 1) {
    const rows = [['工人编号', '姓名', '证件类型', '证件号码', '性别', '民族', '手机号码', '所属参建单位', '班组名称', '工种', '是否班组长', '工资卡开户行', '工资卡号', '劳动合同编号', '进场时间', '退场时间']];
    ws.forEach((w, i) => rows.push([D.x('work_no', `GR${P.dc}${pad(w.wno, 6)}`), D.n(w.name), '居民身份证', i === sciId ? D.x('excel_sci', sci(w.id)) : D.id(w.id, rId(w.id)), w.sex, w.eth, i === badMob ? D.x('mobile_typo', typoMob(w.mob)) : D.m(w.mob),
      P.lab.name, i === 0 || chance(0.2) ? D.nd(ws[0].name) + T.name.replace('班', '班组') : T.name, w.trade, i === 0 ? '是' : '否', w.bank.name,
      i === sciCard ? D.x('excel_sci', sci(w.card)) : D.card(w.card), D.x('contract_no', `${P.contract}-${pad(i + 1, 3)}`), D.x('date', entry()), chance(0.15) ? D.x('date', entry()) : '']));
    t = csv(rows) + '\n';
    if (ws.length) D.n(ws[0].name);
  } else if (st === 2) {
    const rows = [['工号', '姓名', '身份证', '联系电话', '班组', '工种', '考勤卡号', '工资卡号', '开户行', '入场日期']];
    ws.forEach((w, i) => rows.push([D.x('work_no', workNo(w)), D.n(w.name), D.id(w.id), i === badMob ? D.x('mobile_typo', typoMob(w.mob)) : D.m(w.mob), T.name, w.trade,
      D.x('attend_card', attCard()), i === sciCard ? D.x('excel_sci', sci(w.card)) : D.card(w.card), w.bank.short, D.x('date', entry())]));
    t = `# ${P.lab.name} ${T.name} 人员清单 ${P.y}\n` + csv(rows, '\t') + '\n';
  } else {
    const rows = [['序号', '姓  名', '性别', '出生年月', '身份证号', '电话', '工种', '安全帽编号', '进场时间', '备注']];
    ws.forEach((w, i) => rows.push([i + 1, D.np(w.name), w.sex, D.x('date', `${w.y}.${pad(w.m, 2)}`), D.id(w.id, rId(w.id)), i === badMob ? D.x('mobile_typo', typoMob(w.mob)) : D.m(w.mob, chance(0.2) ? 's344' : 'plain'),
      w.trade, D.x('helmet_no', helmet()), D.x('date', entry()), P.y - w.y >= 60 ? '超龄，已体检' : i === 0 ? '班长' : remark(D)]));
    t = `${P.name}\n${T.name}花名册\n项目编号：${D.x('project_no', P.code)}\n\n` + pipeTable(rows) + `\n\n填表人：${D.n(maker.name)}（${maker.role}）  电话：${D.m(maker.mob)}\n`;
  }
  return t;
}

// 2. 进/退场登记
function g_entry_exit(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(3, 14), T), L = ws[0], exitMode = chance(0.4);
  const reg = staff(P, '劳资专管员');
  const rows = [exitMode ? ['序号', '姓名', '性别', '身份证号码', '工种', '进场日期', '退场日期', '退场原因', '工资结清', '本人签字'] : ['序号', '姓名', '性别', '身份证号码', '工种', '进场日期', '安全帽编号', '三级教育', '本人签字']];
  ws.forEach((w, i) => {
    const sk = pickW([['name', 3], ['', 2], ['dq', 1], ['（手印）', 1]]);
    const sig = sk === 'name' ? w.name : sk === 'dq' ? D.x('placeholder', '代签') : sk;
    const y = P.y, m = ri(1, 10), d = ri(1, 28);
    if (exitMode) rows.push([i + 1, D.np(w.name), w.sex, D.id(w.id), w.trade, D.x('date', dstr(y, m, d, '.')), D.x('date', dstr(y, m + ri(1, 2), ri(1, 28), '.')), pick(['工程完工', '个人原因', '家中有事', '转场', '合同到期', '身体原因']), pick(['已结清', '已结清', '已结清', '未结清']), sig]);
    else rows.push([i + 1, D.np(w.name), w.sex, D.id(w.id, rId(w.id)), w.trade, D.x('date', dstr(y, m, d, '.')), D.x('helmet_no', helmet()), pick(['已完成', '已完成', '待补']), sig]);
    if (sig === w.name) D.n(w.name);
  });
  let t = `${P.name}\n                施工人员${exitMode ? '退场' : '进场'}登记表\n`;
  t += `分包单位：${D.x('company', P.lab.name)}    班组：${T.name}    班组长：${D.n(L.name)}    联系电话：${D.m(L.mob, rMob())}\n`;
  t += `项目编号：${D.x('project_no', P.code)}\n\n` + fwTable(rows) + '\n\n';
  t += `登记人：${D.n(reg.name)}            ${exitMode ? '班组长确认：' + L.name + '          项目部审核：' + D.x('post', '劳资专管员') : '安全员：' + D.n(staff(P, '安全员').name)}\n`;
  return t;
}

// 3. 考勤
function g_attendance(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(4, 14), T), st = ri(0, 2);
  const [y, m] = [P.y, ri(1, 12)];
  if (st === 0) {
    const rows = [['部门', '姓名', '考勤号码', '日期时间', '机器号', '编号', '比对方式', '卡号']];
    const days = [ri(1, dim(y, m) - 2)]; days.push(days[0] + 1);
    const extra = chance(0.6) ? [D.x('placeholder_name', `${pick(T.trades)}${ri(1, 9)}`), D.x('placeholder', '陌生人')] : [];
    for (const d of days) {
      for (const w of ws) {
        if (chance(0.1)) continue;
        rows.push([T.name, D.n(w.name), w.wno, D.x('time', `${y}/${m}/${d} ${ri(6, 7)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`), 1, '', pick(['人脸', '人脸', '指纹', '刷卡']), chance(0.3) ? D.x('attend_card', attCard()) : '']);
        rows.push([T.name, w.name, w.wno, D.x('time', `${y}/${m}/${d} ${ri(17, 19)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`), 1, '', '人脸', '']);
      }
      for (const e of extra) rows.push([T.name, e, ri(900, 999), `${y}/${m}/${d} ${ri(6, 8)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`, 2, '', '人脸', '']);
    }
    return csv(rows) + '\n';
  }
  if (st === 1) {
    const nd = dim(y, m);
    const head = ['姓名', ...Array.from({ length: nd }, (_, i) => String(i + 1)), '出勤', '加班', '签字'];
    const rows = [head];
    for (const w of ws) {
      let days = 0; const marks = [];
      for (let i = 0; i < nd; i++) { const k = pickW([['√', 8], ['半', 1], ['×', 1], ['休', 1]]); marks.push(k); days += k === '√' ? 1 : k === '半' ? 0.5 : 0; }
      const sig = chance(0.7) ? D.nd(w.name) : '';
      rows.push([D.np(w.name), ...marks, String(days), String(ri(0, 40)), sig]);
    }
    const rec = staff(P, '考勤员');
    return `${P.name}  ${T.name}  ${y}年${m}月考勤表\n\n` + fwTable(rows) + `\n\n班组长：${D.n(ws[0].name)}    考勤员：${D.n(rec.name)}    项目部审核：${D.x('post', pick(['生产经理', '劳资专管员', '施工员']))}\n`;
  }
  const rows = [['序号', '姓名', '身份证号', '班组', '工种', '手机号', '应出勤(天)', '实出勤(天)', '首次打卡', '末次打卡']];
  ws.forEach((w, i) => {
    const d1 = ri(1, 5), d2 = ri(20, 28);
    rows.push([i + 1, D.n(w.name), chance(0.3) ? D.x('masked_id', maskId(w.id, ri(0, 2))) : D.id(w.id), T.name, w.trade, chance(0.3) ? D.x('masked_mobile', maskMob(w.mob)) : D.m(w.mob), dim(y, m), ri(10, dim(y, m)),
      D.x('time', `${dstr(y, m, d1)} 06:${pad(ri(10, 59), 2)}`), D.x('time', `${dstr(y, m, d2)} 18:${pad(ri(0, 59), 2)}`)]);
  });
  return `考勤统计表（导出自${P.C.short}市智慧工地管理平台）\n项目：${P.name}\n统计区间：${dstr(y, m, 1)} 至 ${dstr(y, m, dim(y, m))}\n` + csv(rows) + '\n';
}

// 4. 闸机 JSON
function g_gate_json(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(3, 12), T);
  const sn = pick([`FC${digits(10)}`, `DS-K1T671MF${P.y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}V0${ri(30, 35)}0ENL${digits(8)}`, `ZJ${String.fromCharCode(65 + ri(0, 25))}${digits(7)}`]);
  D.x('device_sn', sn);
  const [y, m, d] = rday(P.y);
  const recs = []; const mask = chance(0.35);
  const passes = [];
  for (const w of ws) { passes.push([w, ri(6, 7), 'in']); if (chance(0.75)) passes.push([w, ri(17, 19), 'out']); }
  for (const [w, h, dir] of passes) {
    const mi = ri(0, 59), s = ri(0, 59);
    const ms = epochMs(y, m, d, h, mi, s);
    const rec = {
      recordId: D.x('record_id', bigNonLuhn('1' + pick(['7', '8']), 19)), deviceSn: sn, deviceName: `${ri(1, 3)}号门-${dir === 'in' ? '进' : '出'}`,
      personId: D.x('person_id', `P${pad(w.wno, 5)}`), personName: D.n(w.name),
      idCardNo: mask ? D.x('masked_id', maskId(w.id, 1)) : D.id(w.id),
      phone: mask ? D.x('masked_mobile', maskMob(w.mob)) : chance(0.6) ? D.m(w.mob) : '',
      teamName: T.name, workType: w.trade, direction: dir,
      passTime: ms, passTimeStr: D.x('time', `${dstr(y, m, d)} ${hms(h, mi, s)}`), temperature: +(36 + rnd()).toFixed(1), faceScore: +(80 + rnd() * 19).toFixed(1),
      photoUrl: `https://zhgd-oss.${P.dom}/face/${y}/${pad(m, 2)}/${pad(d, 2)}/${sn}_${ms}.jpg`,
    };
    D.x('timestamp_ms', String(ms));
    recs.push(rec);
  }
  if (chance(0.6)) { const ms = epochMs(y, m, d, 7, ri(0, 59), ri(0, 59)); recs.push({ recordId: D.x('record_id', bigNonLuhn('17', 19)), deviceSn: sn, deviceName: '1号门-进', personId: '', personName: D.x('placeholder', pick(['访客', '陌生人', '未登记人员'])), idCardNo: '', phone: '', teamName: '', workType: '', direction: 'in', passTime: ms, passTimeStr: '', temperature: 36.5, faceScore: 41.2, photoUrl: '' }); }
  recs.sort((a, b) => b.passTime - a.passTime);
  const body = { code: 200, msg: 'success', data: { pageNo: 1, pageSize: 50, total: recs.length, records: recs } };
  return chance(0.5) ? JSON.stringify(body, null, 2) + '\n' : JSON.stringify(body) + '\n';
}

// 5. 闸机/平台 日志
function g_gate_log(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(4, 12), T);
  const sn = D.x('device_sn', `FC${digits(10)}`);
  const sim = D.x('iot_sim', '1064' + digits(9));
  const [y, m, d] = rday(P.y);
  let h = 6, mi = ri(20, 40), s = 0, t = `# gate-agent ${sn} sim=${sim}\n`;
  const tick = () => { s += ri(2, 50); if (s > 59) { s -= 60; mi++; } if (mi > 59) { mi -= 60; h++; } return D.x('time', `${dstr(y, m, d)} ${hms(h, mi, s)}.${pad(ri(0, 999), 3)}`); };
  for (const w of ws) {
    t += `${tick()} INFO  [gate-sync] device=${sn} dir=IN personId=${D.x('person_id', 'P' + pad(w.wno, 5))} name=${D.n(w.name)} idNo=${chance(0.5) ? D.x('masked_id', maskId(w.id, 0)) : D.id(w.id)} result=PASS score=0.${ri(85, 99)}\n`;
    if (chance(0.4)) t += `${tick()} INFO  [realname-upload] POST /api/v2/attendance/upload projectCode=${D.x('project_no', P.code)} idCardNumber=${D.id(w.id)} cellPhone=${D.m(w.mob)} resp={"code":200,"msg":"ok"}\n`;
    if (chance(0.15)) t += `${tick()} WARN  [gate-sync] device=${sn} dir=IN name=${D.x('placeholder', '陌生人')} result=REJECT reason=未登记人员\n`;
    if (chance(0.1)) t += `${tick()} ERROR [realname-upload] POST /api/v2/attendance/upload failed: timeout after 5000ms, retry=1 name=${w.name}\n`;
  }
  h = ri(17, 18); mi = ri(0, 30);
  for (const w of ws) if (chance(0.8)) t += `${tick()} INFO  [gate-sync] device=${sn} dir=OUT personId=P${pad(w.wno, 5)} name=${w.name} result=PASS score=0.${ri(85, 99)}\n`;
  if (chance(0.5)) t += `${tick()} INFO  [vehicle] plate=${D.x('plate', plate(P.C))} dir=IN type=混凝土罐车\n`;
  t += `${tick()} INFO  [heartbeat] device=${sn} ts=${D.x('timestamp_ms', String(epochMs(y, m, d, h, mi, s)))} online=true\n`;
  return t;
}

// 6. 农民工工资专户代发文件
function g_wage_bank(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(4, 14), T), st = ri(0, 2);
  const pb = pick(BANKS.filter((b) => ['105', '103', '102', '104'].includes(b.lh)));
  const acct = corpAcct(pb), batch = D.x('batch_no', `DF${P.y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pad(ri(1, 999), 5)}`);
  const mon = ri(1, 12);
  const amt = ws.map(() => Math.round((ri(3000, 14000) + pick([0, 0.5])) * 100) / 100);
  const total = amt.reduce((a, b) => a + b, 0);
  const maker = staff(P, '劳资专管员');
  if (st === 0) {
    const rows = [['序号', '账号', '户名', '金额', '跨行标识', '行名', '联行号', '企业流水号', '摘要']];
    ws.forEach((w, i) => { const cross = w.bank.lh !== pb.lh; rows.push([i + 1, D.card(w.card), D.n(w.name), D.x('amount', money(amt[i], false)), cross ? 1 : 0, cross ? `${w.bank.name}${w.r.county.replace(/县|市|区/, '')}支行` : '', cross ? D.x('bank_code', lianhang(w.bank)) : '', D.x('serial_no', bigNonLuhn(String(P.y), 18)), `${mon}月工资`]); });
    return `代发工资批量文件\n单位名称：${P.gc}${P.name.replace(/项目|工程/, '')}项目农民工工资专用账户\n付款账号：${D.x('corp_account', acct)}\n批次号：${batch}\n总笔数：${ws.length}  总金额：${money(total)}\n` + csv(rows) + '\n';
  }
  if (st === 1) {
    let t = `批次号|${batch}|总笔数|${ws.length}|总金额|${money(total, false)}|付款账号|${D.x('corp_account', acct)}|\n收款方账号|收款方户名|金额|用途|证件号码|客户参考号|\n`;
    ws.forEach((w, i) => { t += `${D.card(w.card)}|${D.n(w.name)}|${D.x('amount', money(amt[i], false))}|${P.y}年${mon}月工资|${chance(0.85) ? D.id(w.id) : ''}|${D.x('serial_no', 'CK' + bigNonLuhn('2', 16))}|\n`; });
    return t;
  }
  const rows = [['序号', '姓名', '身份证号码', '工种', '应发工资', '实发工资', '工资卡号', '开户银行']];
  ws.forEach((w, i) => rows.push([i + 1, D.np(w.name), D.id(w.id, rId(w.id)), w.trade, D.x('amount', money(amt[i] + ri(1, 3) * 100)), D.x('amount', money(amt[i])), D.card(w.card, rCard()), w.bank.name]));
  return `${P.C.short}市建筑工人工资专用账户代发明细表\n项目名称：${P.name}\n施工许可证号：${D.x('permit_no', P.permit)}\n专户开户行：${pb.name}${P.C.short}分行   专户账号：${D.x('corp_account', acct.replace(/(\d{4})(?=\d)/g, '$1 '))}\n代发批次：${batch}\n发放月份：${P.y}年${mon}月    分包单位：${P.lab.name}\n\n` +
    fwTable(rows) + `\n\n合计：${money(total)}元\n制表：${D.n(maker.name)}    复核：${D.n(staff(P, '项目经理').name)}    银行经办：${D.x('post', '柜员')}\n`;
}

// 7. 代发结果/失败回执
function g_wage_return(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(2, 6), T);
  const bm = ri(1, 12), bd = ri(1, 28);
  const n = ri(10, 40), batch = D.x('batch_no', `DF${P.y}${pad(bm, 2)}${pad(bd, 2)}${pad(ri(1, 999), 5)}`);
  const reasons = ['户名与账号不符', '账户已冻结', '账户状态异常（睡眠户）', '卡号不存在', '超过非柜面限额', '账户已销户'];
  const rows = [['序号', '收款账号', '收款户名', '金额', '处理状态', '失败原因']];
  ws.forEach((w, i) => {
    const r = pick(reasons);
    const acc = r === '卡号不存在' ? D.x('bad_card_luhn', typoCard(w.card)) : D.card(w.card, pick(['plain', 'g4']));
    rows.push([ri(1, n), acc, D.np(w.name), D.x('amount', money(ri(3000, 12000))), '失败', r]);
  });
  const b = pick(BANKS.filter((x) => ['105', '103', '102'].includes(x.lh)));
  let t = `${b.name} 企业网银 代发代扣结果查询\n批次号：${batch}    提交时间：${dstr(P.y, bm, bd)} ${hms(ri(9, 16), ri(0, 59), ri(0, 59))}\n`;
  t += `付款账户：${D.x('corp_account', corpAcct(b))}（${P.gc}农民工工资专用账户）\n处理状态：部分成功\n成功笔数：${n - ws.length}    失败笔数：${ws.length}\n\n失败明细：\n` + fwTable(rows);
  t += `\n\n请项目部核实户名、卡号后重新提交。\n经办：${D.n(staff(P, '劳资专管员').name)}    复核：${D.n(staff(P, '财务').name)}\n`;
  return t;
}

// 8. 工资表（带签字）
function g_payroll(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(4, 14), T), st = ri(0, 2), mon = ri(1, 12);
  const rate = ri(260, 480);
  let tot = 0;
  const head = ['序号', '工号', '姓名', '身份证号', '工种', '出勤天数', '日工资', '应发工资', '已借支', '实发工资', '银行卡号', '本人签字', '备注'];
  const rows = [head];
  const wrap = st === 2;
  const extra = [];
  ws.forEach((w, i) => {
    const days = ri(12, 30), gross = days * rate, adv = pick([0, 0, 500, 1000, 2000]), net = gross - adv; tot += net;
    const sk = pickW([['name', 5], ['', 1], ['按手印', 1], ['dl', 1]]);
    const sig = sk === 'name' ? w.name : sk === 'dl' ? D.x('placeholder', '代领') : sk;
    if (sig === w.name) D.n(w.name);
    let cardTxt = D.card(w.card);
    if (wrap) { const k = ri(10, 14); extra[i] = cardTxt.slice(k); cardTxt = cardTxt.slice(0, k); }
    rows.push([i + 1, D.x('work_no', workNo(w)), D.np(w.name), D.id(w.id, rId(w.id)), w.trade, days, rate, D.x('amount', money(gross)), adv ? D.x('amount', money(adv)) : '', D.x('amount', money(net)), cardTxt, sig, wrap ? '' : remark(D)]);
  });
  const L = ws[0], lz = staff(P, '劳资专管员'), pm = staff(P, '项目经理');
  let t = `${P.name}\n${P.lab.name} ${T.name}组 ${P.y}年${mon}月份农民工工资发放表\n单位：元\n`;
  if (st === 0) t += pipeTable(rows) + `\n| 合计 |  |  |  |  |  |  |  |  | ${money(tot)} |  |  |  |\n`;
  else {
    const lines = fwTable(rows).split('\n');
    t += lines.map((ln, i) => { if (!(wrap && i > 0 && extra[i - 1])) return ln; const head = rows[i][10]; return ln + '\n' + ' '.repeat(dw(ln.slice(0, ln.indexOf(head)))) + extra[i - 1]; }).join('\n') + `\n合计${' '.repeat(40)}${money(tot)}\n`;
  }
  t += `\n班组长（签字）：${D.n(L.name)}    劳资专管员：${D.n(lz.name)}    项目经理：${D.n(pm.name)}\n总包单位（盖章）：${D.x('company', P.gc)}\n`;
  if (wrap) t = `[PDF 第 1 页 / 共 1 页]\n` + t;
  return t;
}

// 9. 通讯录
function g_team_contacts(D) {
  const P = proj(), st = ri(0, 2);
  const people = [];
  const gcPosts = shuffle(POSTS).slice(0, ri(3, 6));
  for (const p of gcPosts) { const s = staff(P, p); s.org = '总包项目部'; people.push(s); }
  if (chance(0.7)) { const s = staff(P, '现场代表'); s.org = '建设单位'; people.push(s); }
  if (chance(0.7)) { const s = staff(P, '总监理工程师'); s.org = '监理单位'; people.push(s); }
  const teams = shuffle(TEAMS).slice(0, ri(3, 7));
  for (const T of teams) { const w = worker({ team: T, y: ri(1966, 1988), male: true }); w.role = T.name + '长'; w.org = pick([P.lab.name.replace(/有限公司$/, '').replace(/^.*?[市州县](?=.{3})/, ''), P.lab.name]); people.push(w); }
  const landline = makeTel(P.C.area);
  const rows = [st === 1 ? ['序号', '单位', '岗位/班组', '姓名', '手机', '身份证号', 'QQ', '邮箱', '车牌号（门禁）'] : ['序号', '单位', '岗位/班组', '姓名', '手机', '办公电话', '微信号', 'QQ', '邮箱', '车牌号（门禁）', '备注']];
  people.forEach((w, i) => {
    const withMail = chance(0.85);
    const dom = w.org === '总包项目部' && chance(0.4) ? P.dom : undefined;
    const em = withMail ? D.mail(emailOf(w, dom)) : '';
    const qq = w.qq && chance(0.6) ? (em.startsWith(w.qq + '@') ? w.qq : D.x('qq', w.qq)) : withMail ? '' : chance(0.3) ? D.x('qq', qqNum()) : '';
    const pl = chance(0.55) ? D.x('plate', plate(P.C)) : '';
    if (st === 1) rows.push([i + 1, D.x('company', w.org), D.x('post', w.role), D.np(w.name), D.m(w.mob, rMob()), chance(0.7) ? D.id(w.id) : '', qq, em, pl]);
    else rows.push([i + 1, w.org, D.x('post', w.role), D.np(w.name), D.m(w.mob, rMob()), w.org === '总包项目部' && chance(0.5) ? D.tel(landline, pick(['dash', 'par', 'sp'])) : '', chance(0.6) ? D.x('wechat_id', wxid(w)) : '同手机', qq, em, pl, w.org === '建设单位' || w.org === '监理单位' ? '' : (chance(0.2) ? D.x('ext_no', '分机' + ri(8001, 8099)) : pick(['', '', '微信同号', '夜间值班']))]);
  });
  const head = `${P.name}\n管理人员及班组长通讯录（${P.y}.${pad(ri(1, 12), 2)}更新）\n`;
  const foot = `\n劳动保障监察举报电话：${D.x('service_no', '12333')}    政务服务热线：${D.x('service_no', '12345')}\n`;
  if (st === 0) return head + csv(rows) + foot;
  if (st === 1) return head + pipeTable(rows) + foot;
  return head + fwTable(rows) + foot;
}

// 10. 三级安全教育签到表（OCR）
const OCR_MAP = { 身: '身', 份: '仹', 证: '讧', 号: '弓', 姓: '娃', 名: '各', 签: '笠', 字: '宇', 话: '诂', 工: 'エ', 种: '种', 成: '戍', 绩: '续', 序: '序', 联: '联', 系: '糸', 电: '电' };
function ocr(s, p = 0.12) { return [...s].map((c) => (OCR_MAP[c] && chance(p) ? OCR_MAP[c] : c)).join(''); }
function g_safety_signin(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(5, 15), T);
  const lvl = pick(['公司级', '项目级', '班组级']);
  const teacher = staff(P, '安全员');
  const [y, m, d] = rday(P.y);
  let t = `${ocr('三级安全教育培训签到表')}\n工程名称：${P.name}\n${ocr('培训日期')}：${y}年${m}月${d}日    培训地点：项目部${pick(['会议室', '安全体验馆', '工人夜校'])}\n`;
  t += `培训级别：${['公司级', '项目级', '班组级'].map((x) => (x === lvl ? '☑' : '□') + x).join(' ')}    授课人：${D.n(teacher.name)}    学时：${pick([8, 15, 20, 24])}\n`;
  t += `${ocr('序号')} | ${ocr('姓名')} | ${ocr('工种')} | ${ocr('身份证号')} | ${ocr('联系电话')} | ${ocr('考核成绩')} | ${ocr('签名')} | 签到时间 | 签退时间\n`;
  ws.forEach((w, i) => {
    let nm;
    const r = rnd();
    if (r < 0.07) { const g = w.name.slice(0, -1) + pick(['口', '囗', '□']); nm = D.nd(g); D.nd(w.name); }
    else if (r < 0.2 && w.name.length <= 3) nm = D.n(w.name) && w.name.split('').join(' ');
    else nm = D.n(w.name);
    let idt; const q = rnd();
    if (q < 0.12) { const pos = ri(6, 14); const bad = { 0: 'O', 1: 'l', 8: 'B', 5: 'S', 6: 'b' }[w.id[pos]]; if (bad) { idt = w.id.slice(0, pos) + bad + w.id.slice(pos + 1); D.DC('cn_resident_id', w.id); } else idt = D.id(w.id); }
    else if (q < 0.25) { const k = ri(4, 12); idt = D.id(w.id).slice(0, k) + ' ' + w.id.slice(k); }
    else idt = D.id(w.id, rId(w.id));
    const mob = chance(0.75) ? D.m(w.mob, chance(0.15) ? 's344' : 'plain') : '';
    const sep = pick([' | ', ' 丨 ', '  ', ' |']);
    const sig = chance(0.6) ? D.nd(w.name) : pick(['', '', '✓']);
    t += [i + 1, nm, w.trade, idt, mob, ri(75, 98), sig, D.x('time', `${pad(ri(7, 8), 2)}:${pad(ri(0, 59), 2)}`), D.x('time', `${pad(ri(11, 17), 2)}:${pad(ri(0, 59), 2)}`)].join(sep) + '\n';
    if (sig === w.name) D.n(w.name);
  });
  t += `\n${ocr('记录人')}：${D.n(staff(P, '资料员').name)}      ${pick(['第1页 共1页', '- 1 -', ''])}\n`;
  return t;
}

// 11. 特种作业人员台账
function g_special_cert(D) {
  const P = proj(), ws = [];
  const n = ri(4, 12);
  for (let i = 0; i < n; i++) { const T = pick([TEAMS[9], TEAMS[0], TEAMS[5], TEAMS[2]]); const tr = { 塔吊班: pick(['塔式起重机司机', '信号工', '司索工', '施工升降机司机']), 钢筋班: '电焊工', 水电班: '电工', 架子班: '架子工' }[T.name]; ws.push(worker({ team: T, trade: tr, y: ri(1966, 1996) })); }
  const withId = chance(0.6);
  const rows = [withId ? ['序号', '姓名', '性别', '身份证号', '作业类别', '操作项目', '证书编号', '发证机关', '初领日期', '有效期至'] : ['序号', '姓名', '操作项目', '证书编号', '有效期至', '复审情况', '联系电话']];
  ws.forEach((w, i) => {
    const housing = ['塔式起重机司机', '信号工', '司索工', '施工升降机司机', '架子工'].includes(w.trade);
    let cert, org;
    const kind = housing ? (chance(0.75) ? 'prov' : 'id') : pick(['id', 'T', 'T', 'prov']);
    if (kind === 'prov') { cert = D.x('cert_no', provCert(P.C)); org = LAST_CERT_ORG; }
    else if (kind === 'T') { cert = 'T' + D.id(w.id); org = `${w.r.city || w.r.prov}应急管理局`; }
    else { cert = D.id(w.id); org = housing ? `${pick(['四川省', '重庆市'])}住房和城乡建设厅` : `${w.r.city || w.r.prov}应急管理局`; }
    const cat = housing ? '建筑施工特种作业' : w.trade === '电工' ? '电工作业' : '焊接与热切割作业';
    const item = { 电工: '低压电工作业', 电焊工: '熔化焊接与热切割作业' }[w.trade] || w.trade.replace('施工升降机司机', '施工升降机司机') ;
    const fy = ri(2015, 2023), fm = ri(1, 12), fd = ri(1, 28);
    if (withId) rows.push([i + 1, D.n(w.name), w.sex, D.id(w.id, rId(w.id)), cat, item, cert, org, D.x('date', dstr(fy, fm, fd)), D.x('date', dstr(fy + 6, fm, fd))]);
    else rows.push([i + 1, D.n(w.name), item, cert, D.x('date', dstr(fy + 6, fm, fd)), pick(['已复审', '待复审', '—']), chance(0.6) ? D.m(w.mob) : '']);
  });
  const t = `${P.name}\n特种作业人员持证上岗登记台账\n总包单位：${D.x('company', P.gc)}    施工许可证号：${D.x('permit_no', P.permit)}\n\n`;
  return t + (chance(0.5) ? csv(rows) : fwTable(rows)) + `\n\n登记：${D.n(staff(P, '安全员').name)}    核查日期：${dcn(P.y, ri(1, 12), ri(1, 28))}\n`;
}

// 12. 意外险 被保险人清单
function g_insurance_list(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(6, 18), T);
  const ins = pick([['中国人民财产保险股份有限公司', 'PEBJ', '95518'], ['中国平安财产保险股份有限公司', 'PDAB', '95511'], ['中国太平洋财产保险股份有限公司', 'ASHH', '95500'], ['中国人寿财产保险股份有限公司', 'PEAF', '95519']]);
  const pol = D.x('policy_no', ins[1] + bigNonLuhn(String(P.y), 18));
  const rows = [['序号', '被保险人姓名', '证件类型', '证件号码', '性别', '出生日期', '工种', '职业代码', '职业类别', '意外身故/伤残保额(万元)', '意外医疗(万元)']];
  ws.forEach((w, i) => {
    const legacy = w.y < 1970 && chance(0.25);
    rows.push([i + 1, D.n(w.name), '身份证', legacy ? D.id15(w.id) : D.id(w.id, rId(w.id)), w.sex, D.x('date', dstr(w.y, w.m, w.d)), w.trade, D.x('occupation_code', '07' + pad(ri(1, 3), 2) + pad(ri(1, 30), 3)), pick(['4类', '5类', '6类']), pick([50, 60, 80]), pick([5, 10])]);
  });
  let t = `建筑工程团体意外伤害保险 被保险人清单\n保险人：${D.x('company', ins[0])}    报案电话：${D.x('service_no', ins[2])}\n投保人：${P.gc}\n统一社会信用代码：${D.uscc(GC_USCC[P.gc])}\n保单号：${pol}\n工程名称：${P.name}\n`;
  t += csv(rows) + `\n共${ws.length}人\n`;
  return t;
}

// 13. 理赔 / 工伤
function g_injury_claim(D) {
  const P = proj(), T = pick(TEAMS), w = worker({ team: T }), rep = chance(0.5) ? staff(P, '安全员') : worker({ y: ri(1960, 1990) });
  const [y, m, d] = rday(P.y);
  const fam = worker({ region: w.r, male: !w.male, y: w.y + ri(-3, 3) });
  const payee = chance(0.7) ? w : fam;
  const tel = makeTel(P.C.area);
  const injured = pick(['左手食指', '右脚踝', '腰部', '头部', '左小腿', '右手掌']);
  const how = pick([`在${ri(1, 9)}#楼${ri(2, 30)}层进行${w.trade === '木工' ? '模板支设' : '作业'}时，不慎从${pick(['操作平台', '脚手架', '楼梯口'])}踩空摔倒，致${injured}受伤`, `在钢筋加工棚操作切断机时，${injured}被${pick(['钢筋', '机械'])}划伤`, `被高处坠落的${pick(['扣件', '木方', '砂浆块'])}砸中${injured}`]);
  const st = ri(0, 1);
  let t;
  if (st === 0) {
    t = `建筑工程团体意外伤害保险 理赔申请书\n保单号：${D.x('policy_no', 'PEBJ' + bigNonLuhn('20', 18))}\n报案号：${D.x('claim_no', 'R' + bigNonLuhn('51', 19))}\n\n`;
    t += `【出险人信息】\n出险人姓名：${D.n(w.name)}\n性别：${w.sex}    年龄：${P.y - w.y}\n身份证号码：${D.id(w.id, rId(w.id))}\n联系电话：${D.m(w.mob, rMob())}\n工种：${w.trade}    所在班组：${T.name}\n`;
    t += `\n【出险经过】\n出险时间：${D.x('time', `${dcn(y, m, d)} ${ri(8, 17)}时${ri(0, 59)}分`)}\n出险地点：${P.name}施工现场\n经过：${w.name}${how}，现场人员立即送往${D.x('org', `${P.C.short}市${pick(['第一', '第三', '第五'])}人民医院`)}救治，住院号${D.x('hospital_no', digits(7))}。\n`;
    D.nd(w.name);
    t += `\n【报案人】\n报案人：${D.n(rep.name)}    与出险人关系：${rep.role ? '同事（项目部' + rep.role + '）' : pick(['工友', '班组长'])}\n报案人电话：${D.m(rep.mob, rMob())}\n电子邮箱：${D.mail(emailOf(rep))}\n`;
    t += `\n【领款人信息】\n领款人：${D.n(payee.name)}${payee === w ? '（本人）' : '（配偶）'}\n领款人身份证号：${D.id(payee.id)}\n开户行：${payee.bank.name}${w.r.county}支行\n账号：${D.card(payee.card, rCard())}\n`;
    t += `\n申请人签字：${D.n(payee.name)}        日期：${dcn(y, m, Math.min(d + ri(1, 5), 28))}\n`;
  } else {
    const lab = P.lab;
    t = `工伤认定申请表\n申请人：${D.n(w.name)}    申请人与受伤害职工关系：本人\n受伤害职工姓名：${w.name}    性别：${w.sex}    出生日期：${dcn(w.y, w.m, w.d)}\n`;
    t += `身份证件号码：${D.id(w.id, rId(w.id))}\n联系电话：${D.m(w.mob, rMob())}\n家庭地址：${w.addr}\n`;
    t += `工作单位：${D.x('company', lab.name)}\n统一社会信用代码：${D.uscc(lab.uscc)}\n单位地址：${P.C.city}${P.dn}${pick(AREA_NAMES)}路${ri(1, 300)}号\n单位联系人：${D.n(rep.name)}    单位电话：${D.tel(tel, pick(['dash', 'par']))}\n`;
    t += `职业、工种或工作岗位：${w.trade}\n事故时间：${dcn(y, m, d)}    事故地点：${P.name}\n受伤害部位：${injured}\n受伤害经过简述：${dcn(y, m, d)}，${w.name}${how}。\n`;
    if (chance(0.6)) t += `证人：${D.n(worker({ team: T }).name)}（工友）    证人电话：${D.m(makeMobile())}\n`;
    t += `\n受伤害职工或亲属意见：申请工伤认定。    签字：${w.name}\n用人单位意见：${pick(['情况属实', '同意申报'])}    经办人：${D.x('post', '劳资专管员')}\n`;
  }
  return t;
}

// 14. 12345 欠薪工单
function g_complaint(D) {
  const P = proj(), w = worker(), boss = worker({ region: w.r, y: ri(1966, 1984), male: true });
  const publicCopy = chance(0.3);
  const y = P.y, m = ri(1, 12), d = ri(1, 20);
  const no = D.xs('ticket_no', () => (chance(0.5) ? `${{ 成都: 'CD', 重庆: 'CQ', 合肥: 'HF', 郑州: 'ZZ', 杭州: 'HZ', 深圳: 'SZ', 西安: 'XA' }[P.C.short]}${y}${pad(m, 2)}${pad(d, 2)}${pad(ri(1, 99999), 6)}` : `12345-${y}-${pad(ri(1, 999999), 7)}`));
  const amount = ri(8, 260) * 100;
  const nW = ri(3, 30);
  let t = `【12345政务服务便民热线 工单】\n工单编号：${no}\n来电时间：${dstr(y, m, d)} ${hms(ri(8, 21), ri(0, 59), ri(0, 59))}\n`;
  if (publicCopy) {
    t += `来电号码：${D.x('masked_mobile', maskMob(w.mob))}\n诉求人：${D.x('masked_name', maskName(w.name))}    性别：${w.sex}\n身份证号：${D.x('masked_id', maskId(w.id, 0))}\n`;
  } else {
    t += `来电号码：${D.m(w.mob)}\n诉求人：${D.n(w.name)}    性别：${w.sex}\n${chance(0.6) ? '身份证号：' + D.id(w.id, rId(w.id)) + '\n' : ''}联系地址：${w.addr}\n`;
    if (chance(0.35)) t += `电子邮箱：${D.mail(emailOf(w))}\n`;
  }
  t += `诉求类型：投诉 > 劳动保障 > 拖欠农民工工资\n诉求标题：反映${P.name}拖欠工资\n`;
  const bossRef = publicCopy ? `包工头${D.x('masked_name', boss.name[0] + '某')}` : `包工头${D.n(boss.name)}（电话${D.m(boss.mob, pick(['plain', 's344']))}）`;
  const mates = crew(ri(2, 3), pick(TEAMS));
  t += `诉求内容：来电人反映，其于${P.y - (m < 4 ? 1 : 0)}年在${P.name}从事${w.trade}工作，由${bossRef}招来，总包单位为${D.x('company', P.gc)}。截至目前仍被拖欠工资共计${D.x('amount', amount + '元')}，涉及工友${nW}人（包括${mates.map((x) => D.nd(x.name)).join('、')}等），多次找项目部未果，包工头称总包未拨付劳务款。来电人诉求尽快结清工资。\n`;
  t += `承办单位：${P.C.short}市${P.dn}人力资源和社会保障局（劳动保障监察大队）\n`;
  if (chance(0.7)) {
    const off = staff(P, '监察员'); const tel = makeTel(P.C.area);
    t += `办理结果：经查，来电人反映情况基本属实。我局已约谈总包单位及劳务分包单位，责令于${dcn(y, m, d + 7 <= dim(y, m) ? d + 7 : dim(y, m))}前通过农民工工资专用账户代发所欠工资。现已发放完毕，来电人${publicCopy ? '' : w.name}表示认可。\n`;
    if (!publicCopy) D.nd(w.name);
    t += `经办人：${D.n(off.name)}    联系电话：${D.tel(tel, pick(['dash', 'par', 'fpar']))}\n回访情况：${pick(['满意', '基本满意', '不满意（工资未全部到账）'])}\n`;
  }
  return t;
}

// 15. 微信工作群
function g_wechat(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(3, 7), T), L = ws[0];
  const lz = staff(P, '劳资专管员'), aq = staff(P, '安全员');
  const boss = worker({ y: ri(1966, 1982), male: true }), pm0 = staff(P, '项目经理');
  const [y, m, d] = rday(P.y);
  let h = 7, mi = ri(30, 59);
  const tm = () => { mi += ri(1, 25); if (mi > 59) { mi -= 60; h++; } return `${pad(h, 2)}:${pad(mi, 2)}`; };
  const sp = (who) => `${who} ${D.x('time', tm())}`;
  let t = `${P.name.replace(/项目|工程/, '')}${pick(['农民工工资管理群', '项目部管理群', '实名制对接群'])}（${ri(40, 180)}）\n—— ${y}年${m}月${d}日 ——\n`;
  t += `${sp(D.nd(lz.name) + '（项目部劳资）')}\n@所有人 各班组长注意：本周五前把新进场人员信息报过来，姓名+身份证号+电话+银行卡，没有实名登记的一律不准进场，闸机刷不了脸别来找我\n`;
  t += `${sp(D.nd(L.name))}\n收到\n`;
  t += `${sp(L.name)}\n新来${ws.length - 1}个兄弟的信息：\n`;
  for (const w of ws.slice(1)) {
    const parts = [D.n(w.name), D.id(w.id, rId(w.id)), D.m(w.mob, pick(['plain', 'plain', 'plain', 's344', 'fw']))];
    if (chance(0.6)) parts.push(`${w.bank.short}${D.card(w.card, rCard())}`);
    t += parts.join(pick([' ', '  ', '，'])) + '\n';
  }
  D.nd(L.name);
  if (chance(0.5)) t += `${sp(lz.name)}\n@${L.name} ${ws[1].name}的卡是信用社的，专户那边代发不了，让他去办张${pick(['农行', '建行', '工行'])}的卡\n`;
  t += `${sp(D.nd(aq.name.slice(0, 1) + '工') + '（安全员）')}\n新进场的明早7:30到项目部会议室参加三级安全教育，带身份证原件，${D.x('placeholder', '迟到')}的不安排上岗\n`;
  t += `${sp(L.name)}\n好的${D.nd(aq.name[0] + '工')}\n[图片]\n`;
  if (chance(0.7)) t += `${sp(D.nd(aq.name))}\n${D.x('building', `${ri(1, 9)}#楼`)}${ri(3, 28)}层${pick(['临边', '电梯井口', '卸料平台'])}防护被拆了，${pick(T.trades)}那边谁拆的？今天下班前恢复，不然按${D.x('amount', pick([200, 500, 1000]) + '元')}罚款\n`;
  if (chance(0.6)) {
    const addr = pick(['老板', pm0.name[0] + '总', pm0.name[0] + '经理']); if (addr !== '老板') D.nd(addr);
    t += `${sp(D.nd(boss.name))}\n${addr}，上个月的钱啥时候能下来，工人天天问我\n`;
    t += `${sp(lz.name)}\n4月份的工资表已经报上去了，15号专户代发到个人卡上，${D.x('placeholder', '包工头')}不经手\n`;
  }
  if (chance(0.5)) { const e = emailOf(lz); t += `${sp(lz.name)}\n考勤表电子版发我邮箱 ${D.mail(e)} ，纸质的签完字拿到项目部\n`; }
  if (chance(0.4)) { t += `${sp(L.name)}\n我换号了，新号${D.m(makeMobile(), 'plain')}\n`; }
  return t;
}

// 16. 劳动合同 当事人
function g_contract(D) {
  const P = proj(), T = pick(TEAMS), w = worker({ team: T }), lab = P.lab;
  const rep = worker({ region: pick(REG.filter((r) => r.code.slice(0, 4) === lab.reg.slice(0, 4))) || w.r, y: ri(1965, 1985), male: chance(0.85) });
  const agent = staff(P, '劳资专管员');
  const em = chance(0.35) ? D.mail(emailOf(w)) : '无';
  const tel = makeTel(P.C.area);
  const kin = worker({ region: w.r, male: !w.male, y: w.y + ri(-4, 4) });
  const [y, m, d] = rday(P.y);
  const rate = ri(260, 480);
  let t = `${pick(['建筑施工企业劳动合同（农民工版）', '劳务用工合同', '建筑业简易劳动合同'])}\n合同编号：${D.x('contract_no', P.contract + '-' + pad(ri(1, 300), 3))}\n\n`;
  t += `甲方（用人单位）：${D.x('company', lab.name)}\n统一社会信用代码：${D.uscc(lab.uscc)}\n法定代表人：${D.n(rep.name)}\n委托代理人：${D.n(agent.name)}\n联系电话：${D.tel(tel, pick(['dash', 'par', 'sp']))}\n`;
  if (chance(0.5)) t += `电子邮箱：${D.mail(emailOf(agent, pick(['163.com', '126.com', 'qq.com'])))}\n`;
  t += `\n乙方（劳动者）：${D.n(w.name)}\n性别：${w.sex}    民族：${w.eth}    出生年月：${w.y}年${w.m}月\n居民身份证号码：${D.id(w.id, chance(0.1) ? 'sp' : rId(w.id))}\n户籍地址：${w.addr}\n`;
  t += `现居住地址：项目部工人生活区${D.x('building', `${ri(1, 6)}栋${ri(1, 3)}${pad(ri(1, 20), 2)}室`)}\n联系电话：${D.m(w.mob, rMob())}    电子邮箱：${em}\n`;
  t += `紧急联系人：${D.n(kin.name)}    与本人关系：${w.male ? '妻子' : '丈夫'}    联系电话：${D.m(kin.mob, rMob())}\n`;
  t += `工资卡开户行：${w.bank.name}${w.r.county}支行    卡号：${D.card(w.card, rCard())}\n\n`;
  t += `第一条 合同期限：以完成一定工作任务为期限，自${dcn(y, m, d)}起至${P.name}${T.name.replace('班', '')}分项工程完工之日止。\n`;
  t += `第二条 工作内容：乙方同意在${P.name}从事${D.x('trade', w.trade)}工作。\n`;
  t += `第三条 劳动报酬：乙方工资按日工资${D.x('amount', rate + '元/天')}计算，甲方委托总包单位${P.gc}通过农民工工资专用账户按月足额代发至乙方本人上述银行卡，不得由${D.x('post', '班组长')}或他人代领。\n`;
  t += `第四条 甲方为乙方办理建筑工程团体意外伤害保险，并依法参加工伤保险。\n……\n`;
  t += `甲方（盖章）：                           乙方（签字）：${w.name}\n法定代表人或委托代理人（签字）：${agent.name}\n签订日期：${D.x('date', dcn(y, m, d))}                    签订日期：${dcn(y, m, d)}\n`;
  return t;
}

// 17. 身份证 OCR
function g_id_ocr(D) {
  const st = ri(0, 2);
  const ws = st === 2 ? crew(ri(3, 8), pick(TEAMS)) : [worker()];
  let t = '';
  for (const w of ws) {
    const addr = w.addr; const cut = ri(10, 16);
    const validFrom = ri(2010, 2023);
    const issuer = `${w.r.county}公安局`;
    if (st === 1) {
      const o = {
        words_result: { 住址: { words: addr }, 公民身份号码: { words: D.id(w.id) }, 出生: { words: `${w.y}${pad(w.m, 2)}${pad(w.d, 2)}` }, 姓名: { words: D.n(w.name) }, 性别: { words: w.sex }, 民族: { words: w.eth.replace('族', '') } },
        words_result_num: 6, idcard_number_type: 1, image_status: 'normal',
      };
      const pretty = chance(0.5);
      const js = JSON.stringify(o, null, pretty ? 2 : 0);
      const lid = D.x('record_id', bigNonLuhn('17', 19));
      t += js.replace(/\n?\}$/, '') + (pretty ? `,\n  "log_id": ${lid}\n}` : `,"log_id":${lid}}`) + '\n';
      continue;
    }
    const name = w.name.length === 2 ? w.name[0] + ' ' + w.name[1] : w.name;
    D.n(w.name);
    let idTxt; const q = rnd();
    if (q < 0.15) { idTxt = D.id(w.id).replace(/(\d{6})(\d{8})/, '$1 $2 '); }
    else if (q < 0.25) { const pos = ri(7, 14); const bad = { 0: 'O', 1: 'I', 8: 'B' }[w.id[pos]]; if (bad) { idTxt = w.id.slice(0, pos) + bad + w.id.slice(pos + 1); D.DC('cn_resident_id', w.id); } else idTxt = D.id(w.id); }
    else idTxt = D.id(w.id, rId(w.id));
    if (st === 2) t += `===== ${D.x('file_name', `IMG_${dstr(2024, ri(1, 12), ri(1, 28), '')}_${pad(ri(70000, 180000), 6)}.jpg`)} =====\n`;
    t += `${ocr('姓名', 0.2)} ${name}\n性别 ${w.sex}  民族 ${w.eth.replace('族', '')}\n出生 ${D.x('date', `${w.y} 年 ${w.m} 月 ${w.d} 日`)}\n住址 ${addr.slice(0, cut)}\n     ${addr.slice(cut)}\n${ocr('公民身份号码', 0.15)} ${idTxt}\n`;
    if (st === 0 || chance(0.3)) {
      const age = validFrom - w.y, vm = pad(ri(1, 12), 2), vd = pad(ri(1, 28), 2);
      const until = age < 16 ? `${validFrom + 5}.${vm}.${vd}` : age < 26 ? `${validFrom + 10}.${vm}.${vd}` : age < 46 ? `${validFrom + 20}.${vm}.${vd}` : '长期';
      t += `\n中华人民共和国\n居民身份证\n签发机关 ${D.x('org', issuer)}\n有效期限 ${D.x('date', `${validFrom}.${vm}.${vd}-${until}`)}\n`;
    }
    t += '\n';
  }
  return t;
}

// 18. 实名制信息采集表
function g_intake_form(D) {
  const P = proj(), T = pick(TEAMS), w = worker({ team: T });
  const kin = worker({ region: w.r, male: !w.male, y: w.y + ri(-4, 4) });
  const fwd = chance(0.3);
  const [y, m, d] = rday(P.y);
  let t = `建筑工人实名制信息采集表\n项目名称：${P.name}                编号：${D.x('work_no', 'No.' + pad(w.wno, 4))}\n`;
  t += `姓    名：${D.n(w.name)}          性    别：${w.sex}          民    族：${w.eth.replace('族', '')}\n`;
  t += `出生日期：${D.x('date', `${w.y}年${pad(w.m, 2)}月${pad(w.d, 2)}日`)}    文化程度：${pick(['小学', '初中', '初中', '高中', '中专'])}    政治面貌：群众\n`;
  t += `身份证号：${fwd ? D.id(w.id, 'fw') : D.id(w.id, rId(w.id))}\n户籍地址：${w.addr}\n`;
  t += `联系电话：${D.m(w.mob, fwd ? 'fw' : rMob())}        QQ/邮箱：${chance(0.55) ? D.mail(emailOf(w)) : '无'}\n`;
  t += `紧急联系人：${D.n(kin.name)}      关系：${w.male ? pick(['妻子', '母亲', '姐姐']) : '丈夫'}      紧急联系电话：${D.m(kin.mob, rMob())}\n`;
  t += `所属单位：${D.x('company', P.lab.name)}    班组：${T.name}    工种：${D.x('trade', w.trade)}\n是否班组长：否    进场日期：${D.x('date', dcn(y, m, d))}\n`;
  t += `工资卡开户行：${w.bank.name}${w.r.county.replace(/县|区/, '')}支行    工资卡号：${D.card(w.card, fwd ? 'fw' : rCard())}\n`;
  t += `是否有高血压、心脏病、恐高症等不适宜从事建筑施工的疾病：□是 ☑否\n体检结论：${pick(['合格', '合格', '合格（血压偏高，不得从事高处作业）'])}\n`;
  t += `本人承诺以上信息真实有效，工资卡由本人持有和使用。\n本人签字：${w.name}              日期：${y}.${pad(m, 2)}.${pad(d, 2)}\n采集人：${D.n(staff(P, '劳资专管员').name)}\n`;
  return t;
}

// 19. 监理/施工日志
function g_diary(D) {
  const P = proj(), sup = chance(0.5);
  const [y, m, d] = rday(P.y);
  const T1 = pick(TEAMS), T2 = pick(TEAMS);
  const l1 = worker({ team: T1, male: true }), l2 = worker({ team: T2, male: true }), crane = worker({ trade: '塔式起重机司机' }), sig = worker({ trade: '信号工' });
  const rec = staff(P, sup ? '监理员' : '施工员'), chief = staff(P, sup ? '总监理工程师' : '技术负责人');
  const b1 = D.x('building', `${ri(1, 9)}#楼`), b2 = D.x('building', `${ri(1, 9)}#楼`);
  let t = `${sup ? '监理日志' : '施工日志'}\n工程名称：${P.name}\n施工许可证号：${D.x('permit_no', P.permit)}\n`;
  t += `日期：${dcn(y, m, d)}  星期${'日一二三四五六'[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}    天气：${pick(['晴', '多云', '阴', '小雨'])}    气温：${ri(8, 22)}~${ri(23, 35)}℃\n\n一、施工情况\n`;
  t += `1. ${b1} ${ri(3, 30)}F 墙柱钢筋绑扎，${T1.name}组（班组长${D.nd(l1.name)}）作业人员约${ri(8, 30)}人；\n`;
  t += `2. ${b2} 地下室顶板模板支设及${pick(['满堂架搭设', '梁板钢筋绑扎', '后浇带清理'])}，${T2.name}组${D.nd(l2.name)}带班，现场${ri(6, 25)}人；\n`;
  t += `3. 商品混凝土进场${ri(2, 8)}车，罐车${D.x('plate', plate(P.C))}、${D.x('plate', plate(P.C))}，坍落度抽检合格。\n\n`;
  t += `二、${sup ? '监理工作情况' : '安全质量情况'}\n`;
  const ok = chance(0.6);
  t += `1. 对${ri(1, 3)}#塔吊司机持证情况进行核查，司机${D.nd(crane.name)} 操作证号 ${D.x('cert_no', provCert(P.C))} 在有效期内；信号工${D.nd(sig.name)}${ok ? '证件齐全' : '现场未能出示证件，已要求停止作业并更换持证人员'}。\n`;
  t += `2. 抽查进场人员实名制登记，${pick(['闸机刷脸人数与考勤一致', '发现2名工人未录入实名制平台，已要求劳务单位当日补录', '有1人未戴安全帽，已当场纠正'])}。\n`;
  if (chance(0.4)) { const inj = worker(); t += `3. ${b1}外架处工人${D.nd(inj.name)}（${inj.trade}）手部轻微划伤，已送医处理，项目部已向保险公司报案，联系人：${D.n(staff(P, '安全员').name)}，电话${D.m(makeMobile())}。\n`; }
  t += `\n三、存在问题及处理\n${pick(['部分作业面临边防护不到位，已下发整改通知单。', '钢筋保护层垫块设置不足，要求返工。', '无。'])}\n\n`;
  t += `记录人：${D.n(rec.name)}        ${sup ? '总监理工程师' : '技术负责人'}：${D.n(chief.name)}\n`;
  return t;
}

// 20. 邮件
function g_mail(D) {
  const P = proj(), T = pick(TEAMS), st = ri(0, 2);
  const from = staff(P, '劳资专管员'), to1 = staff(P, '项目经理'), to2 = staff(P, '财务');
  const fe = emailOf(from), te1 = emailOf(to1, chance(0.5) ? P.dom : undefined), te2 = emailOf(to2, P.dom);
  const [y, m, d] = rday(P.y);
  let t = `发件人：${D.n(from.name)} <${D.mail(fe)}>\n收件人：${D.n(to1.name)} <${D.mail(te1)}>\n`;
  if (chance(0.6)) t += `抄送：${D.n(to2.name)} <${D.mail(te2)}>\n`;
  if (st === 0) {
    const ws = crew(ri(2, 4), T);
    t += `主题：${m === 1 ? 12 : m - 1}月份${T.name}组工资表及代发明细（请审核）\n日期：${D.x('time', `${dcn(y, m, d)} ${pad(ri(8, 20), 2)}:${pad(ri(0, 59), 2)}`)}\n\n${to1.name[0]}经理：\n`;
    D.DC('person_name_zh', to1.name[0] + '经理');
    t += `  附件是${P.lab.name.replace('有限公司', '')}${T.name}组${m === 1 ? 12 : m - 1}月份工资表及银行代发明细，共${ri(10, 30)}人，合计应发${D.x('amount', money(ri(80000, 300000)))}元。\n  其中以下人员信息有变更，请更新：\n`;
    ws.forEach((w, i) => {
      const nb = pick(BANKS); const nc = makeCard(nb);
      if (i % 2 === 0) t += `  ${i + 1}. ${D.n(w.name)}，身份证${D.id(w.id)}，新卡号${D.card(nc, pick(['plain', 'g4']))}（${nb.short}），原${w.bank.short}卡已挂失。\n`;
      else t += `  ${i + 1}. ${D.n(w.name)}，手机号变更为${D.m(w.mob, rMob())}。\n`;
    });
    const nw = worker({ team: T }), L = worker({ team: T });
    t += `  另：新进场的${D.nd(nw.name)}暂未办卡，本月工资由班组长${D.nd(L.name)}代领（已签代领委托书），请知悉。\n\n附件：\n  ${D.x('file_name', `${T.name}组${m === 1 ? 12 : m - 1}月工资表.xlsx`)}\n  ${D.x('file_name', `代发明细_${y}${pad(m, 2)}${pad(d, 2)}.xls`)}\n`;
  } else if (st === 1) {
    const ws = crew(ri(3, 8), T);
    t += `主题：关于${P.name}${m}月农民工工资支付情况的报告\n日期：${D.x('date', dcn(y, m, ri(21, 28)))}\n\n${P.dn}住建局建管科：\n  我司${P.name}${m}月应发农民工工资${D.x('amount', money(ri(300000, 2000000)))}元，已于${m}月${ri(10, 20)}日通过专户全部发放。经核对，以下${ws.length}名工人因银行卡问题代发失败，已联系本人重新办卡，预计本周内补发：\n\n`;
    t += csv([['姓名', '身份证号', '联系电话', '原卡号', '失败原因', '原代发流水号', '应发金额'], ...ws.map((w) => [D.n(w.name), D.id(w.id, rId(w.id)), D.m(w.mob), chance(0.5) ? D.card(w.card) : D.x('masked_card', maskCard(w.card)), pick(['户名不符', '账户冻结', '卡已注销']), D.x('serial_no', bigNonLuhn(String(y), 19)), D.x('amount', money(ri(3000, 15000)))])]) + '\n';
  } else {
    const w = worker({ team: T }); const adj = staff(P, '理赔专员');
    const ae = emailOf(adj, pick(['picc.com.cn', 'pingan.com.cn', 'cpic.com.cn']));
    t += `主题：Re: 团意险报案材料补充（出险人：${w.name}）\n日期：${dcn(y, m, d)}\n\n${D.nd(adj.name)}您好：\n  按您的要求补充出险人信息如下：\n  出险人：${D.n(w.name)}\n  身份证号：${D.id(w.id, rId(w.id))}\n  联系电话：${D.m(w.mob, rMob())}\n  收款账户：${w.bank.name} ${D.card(w.card, rCard())}\n  病历、发票扫描件见附件（${D.x('file_name', '病历及发票.pdf')}），原件随后寄出。\n\n> 原邮件\n> 发件人：${D.n(adj.name)} <${D.mail(ae)}>\n> 请补充出险人身份证正反面、银行卡复印件及联系电话。\n`;
  }
  const tel = makeTel(P.C.area);
  t += `\n--\n${from.name}\n${st === 1 ? P.gc + ' ' + P.name.replace(/（.*）|A区/, '') + '项目部' : P.lab.name} ${D.x('post', '劳资专管员')}\n手机：${D.m(from.mob, pick(['s344', 'plain', 'd344']))}\n${chance(0.5) ? '电话：' + D.tel(tel, 'dash') + '\n' : ''}邮箱：${fe}\n`;
  return t;
}

// 21. 短信
function g_sms(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(3, 15), T), lz = staff(P, '劳资专管员');
  const [y, m, d] = rday(P.y);
  const sign = `【${P.gc.replace(/集团有限公司|有限责任公司|有限公司/, '')}】`;
  if (chance(0.7)) {
    const rows = [['发送时间', '接收号码', '短信内容', '发送状态', '计费条数']];
    for (const w of ws) {
      const amt = money(ri(3000, 12000), false);
      rows.push([D.x('time', `${dstr(y, m, d)} ${hms(10, ri(0, 59), ri(0, 59))}`), D.m(w.mob, chance(0.2) ? 'p86' : 'plain'), `${sign}${D.n(w.name)}您好，您${y}年${m - 1 || 12}月工资${D.x('amount', amt)}元已通过农民工工资专用账户代发至您${D.x('masked_card', '尾号' + w.card.slice(-4))}的银行卡，如有疑问请联系项目部劳资专管员${D.n(lz.name)}${D.m(lz.mob)}。`, pick(['成功', '成功', '成功', '失败(空号)']), 2]);
    }
    return csv(rows) + '\n';
  }
  const w = ws[0];
  let t = `转发自 ${D.n(w.name)}（${D.m(w.mob, 's344')}）：\n`;
  t += `【${w.bank.name}】您尾号${D.x('masked_card', w.card.slice(-4))}账户${pad(m, 2)}月${pad(d, 2)}日${pad(ri(9, 16), 2)}:${pad(ri(0, 59), 2)}完成代付交易人民币${D.x('amount', money(ri(3000, 9000), false))}，${D.x('word', '余额')}${money(ri(3000, 12000), false)}。\n`;
  t += `\n班长，我这个月少了${ri(2, 6)}天的钱，考勤是不是没录全？我${m}月${ri(1, 28)}号到${ri(1, 28)}号都在${D.x('building', `${ri(1, 9)}#楼`)}干活的\n`;
  return t;
}

// 22. 实名制平台 XML
function g_platform_xml(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(2, 8), T), lab = P.lab;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  let t = `<?xml version="1.0" encoding="UTF-8"?>\n<Request>\n  <Head>\n    <AppId>${D.x('app_id', 'zjt' + digits(8))}</AppId>\n    <Method>project.worker.add</Method>\n    <Timestamp>${D.x('timestamp', `${P.y}${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}${pad(ri(6, 20), 2)}${pad(ri(0, 59), 2)}${pad(ri(0, 59), 2)}`)}</Timestamp>\n    <Version>2.1</Version>\n  </Head>\n  <Body>\n`;
  t += `    <ProjectCode>${D.x('project_no', P.code)}</ProjectCode>\n    <CorpCode>${D.uscc(lab.uscc)}</CorpCode>\n    <CorpName>${esc(lab.name)}</CorpName>\n    <TeamSysNo>${ri(1000, 9999)}</TeamSysNo>\n    <TeamName>${T.name}</TeamName>\n    <WorkerList>\n`;
  ws.forEach((w, i) => {
    const em = chance(0.35) ? D.mail(emailOf(w)) : '';
    t += `      <Worker>\n        <WorkerName>${D.n(w.name)}</WorkerName>\n        <IsTeamLeader>${i === 0 ? 1 : 0}</IsTeamLeader>\n        <IdCardType>01</IdCardType>\n        <IdCardNumber>${D.id(w.id)}</IdCardNumber>\n`;
    t += `        <IdCardStartDate>${D.x('date', dstr(ri(2008, 2022), ri(1, 12), ri(1, 28)))}</IdCardStartDate>\n        <WorkType>${TRADE_CODE[w.trade] || '900'}</WorkType>\n        <WorkRole>${i === 0 ? 10 : 20}</WorkRole>\n        <Nation>${w.eth}</Nation>\n        <Address>${w.addr}</Address>\n        <CellPhone>${D.m(w.mob)}</CellPhone>\n        <Email>${em}</Email>\n`;
    t += `        <PayRollBankCardNumber>${D.card(w.card)}</PayRollBankCardNumber>\n        <PayRollBankName>${w.bank.name}</PayRollBankName>\n        <PayRollTopBankCode>${w.bank.lh}</PayRollTopBankCode>\n        <ContractCode>${D.x('contract_no', P.contract + '-' + pad(w.wno % 1000, 3))}</ContractCode>\n        <EntryTime>${D.x('date', dstr(P.y, ri(1, 12), ri(1, 28)))}</EntryTime>\n        <HasBuyInsurance>1</HasBuyInsurance>\n      </Worker>\n`;
  });
  t += `    </WorkerList>\n  </Body>\n</Request>\n`;
  return t;
}

// 23. 实名制导入结果报告
function g_import_report(D) {
  const P = proj(), T = pick(TEAMS);
  const total = ri(15, 40);
  const errs = [];
  const kinds = shuffle(['id_check', 'id_date', 'mob_len', 'mob_pre', 'card', 'dup', 'age']).slice(0, ri(3, 5));
  const ws = crew(kinds.length + ri(3, 5), T);
  kinds.forEach((k, i) => {
    const w = ws[i];
    const row = ri(2, total + 1);
    switch (k) {
      case 'id_check': errs.push(`第${row}行  姓名：${D.n(w.name)}  身份证号：${D.x('bad_id_check', badCheckId(w.id))}  错误：身份证号校验位错误`); break;
      case 'id_date': errs.push(`第${row}行  姓名：${D.n(w.name)}  身份证号：${D.x('bad_id_date', badDateId(w.id))}  错误：出生日期无效`); break;
      case 'mob_len': errs.push(`第${row}行  姓名：${D.n(w.name)}  手机号：${D.x('mobile_typo', typoMob(w.mob))}  错误：手机号码位数不正确`); break;
      case 'mob_pre': errs.push(`第${row}行  姓名：${D.n(w.name)}  手机号：${D.x('bad_mobile_prefix', pick(['140', '141', '142', '143', '144', '146', '148', '149', '154', '194']) + w.mob.slice(3))}  错误：手机号码号段不存在`); break;
      case 'card': errs.push(`第${row}行  姓名：${D.n(w.name)}  工资卡号：${D.x('bad_card_luhn', typoCard(w.card))}  错误：银行卡号校验失败，请核对`); break;
      case 'dup': errs.push(`第${row}行  姓名：${D.n(w.name)}  身份证号：${D.id(w.id)}  错误：该人员在${pick(AREA_NAMES)}${pick(PTYPES)}仍为在场状态，请先办理退场`); break;
      case 'age': { const old = worker({ y: ri(1958, 1963), team: T, male: true }); errs.push(`第${row}行  姓名：${D.n(old.name)}  身份证号：${D.id(old.id)}  错误：男性年满60周岁，不得从事高处作业工种（${old.trade}）`); break; }
    }
  });
  let t = `实名制人员批量导入结果\n文件：${D.x('file_name', `${T.name}花名册_${pad(ri(1, 12), 2)}${pad(ri(1, 28), 2)}.xlsx`)}    导入时间：${dstr(P.y, ri(1, 12), ri(1, 28))} ${hms(ri(8, 20), ri(0, 59), ri(0, 59))}\n`;
  t += `项目：${P.name}（${D.x('project_no', P.code)}）\n总计 ${total} 条，成功 ${total - errs.length} 条，失败 ${errs.length} 条\n\n失败明细：\n${errs.sort((a, b) => parseInt(a.slice(1)) - parseInt(b.slice(1))).join('\n')}\n\n成功导入人员（前5条）：\n`;
  for (const w of ws.slice(kinds.length, kinds.length + 5)) t += `${D.n(w.name)}  ${D.x('masked_id', maskId(w.id, 0))}  ${T.name}  ${w.trade}\n`;
  return t;
}

// 24. 欠薪协调会纪要
function g_minutes(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(4, 12), T);
  const off = staff(P, '监察员'), pm = staff(P, '项目经理'), boss = worker({ y: ri(1966, 1982), male: true }), labRep = worker({ y: ri(1970, 1985), male: true });
  const y = P.y, m = ri(4, 12), d = ri(1, 23);
  const owedFrom = ri(1, m - 2);
  let tot = 0;
  let t = `关于${P.name}${T.name}组工资支付问题的协调会会议纪要\n\n时间：${dcn(y, m, d)} ${pick(['上午9:30', '下午2:30', '下午3:00'])}\n地点：${P.name}项目部二楼会议室\n`;
  t += `参会人员：\n  ${P.dn}人社局劳动保障监察大队：${D.n(off.name)}\n  总包单位${D.x('company', P.gc)}：${D.n(pm.name)}（项目经理）\n  劳务分包单位${D.x('company', P.lab.name)}：${D.n(labRep.name)}（负责人，${D.m(labRep.mob)}）\n  班组负责人：${D.n(boss.name)}（电话${D.m(boss.mob, pick(['plain', 's344', 'd344']))}）\n  工人代表：${ws.slice(0, 2).map((w) => D.n(w.name)).join('、')}\n记录：${D.n(staff(P, '资料员').name)}\n\n`;
  t += `会议内容：\n  ${T.name}组工人反映${P.y}年${owedFrom}月至今工资未足额发放。经三方核对考勤及工资表，确认欠付工资明细如下：\n\n`;
  const rows = [['序号', '姓名', '工种', '身份证号码', '联系电话', '进场时间', '欠薪期间', '欠付金额（元）']];
  ws.forEach((w, i) => { const a = ri(20, 200) * 100; tot += a; const m0 = ri(1, owedFrom); const p0 = ri(owedFrom, m - 1); rows.push([i + 1, D.np(w.name), D.x('trade', w.trade), D.id(w.id, rId(w.id)), D.m(w.mob), D.x('date', dstr(P.y, m0, ri(1, 28), '.')), D.x('period', `${p0}月-${ri(p0, m)}月`), D.x('amount', money(a))]); });
  t += fwTable(rows) + `\n合计：${money(tot)}元\n\n`;
  t += `会议议定：\n  一、总包单位于${m}月${Math.min(d + 5, 28)}日前从农民工工资专用账户代发上述欠薪，不得经${D.x('placeholder', '包工头')}转发；\n  二、劳务分包单位负责核对工人银行卡信息，${D.nd(labRep.name)}对名单真实性负责；\n  三、工人代表同意待工资到账后撤回投诉。\n\n参会人员签字：${[off, pm, labRep, boss].map((p) => p.name).join('  ')}\n`;
  return t;
}

// 25. 退场工资结清确认书
function g_exit_confirm(D) {
  const P = proj(), T = pick(TEAMS), w = worker({ team: T }), L = worker({ team: T, male: true });
  const [y, m, d] = rday(P.y);
  const amt = ri(80, 600) * 100 + pick([0, 50]);
  const legacy = w.y < 1970 && chance(0.4);
  let t = `${pick(['农民工退场工资结清确认书', '退场人员工资结清承诺书', '工人退场确认单'])}\n\n`;
  t += `本人${D.n(w.name)}，身份证号码：${legacy ? D.id15(w.id) + '（老证）' : D.id(w.id, rId(w.id))}，系${D.x('company', P.lab.name)}派驻${P.name}${T.name}组${w.trade}，于${dcn(y, Math.max(1, m - ri(1, 6)), ri(1, 28))}进场，${dcn(y, m, d)}退场。\n`;
  t += `截至退场之日，本人在该项目全部工资共计人民币${D.x('amount', money(amt))}元已全部通过工资专户发放至本人银行卡（${w.bank.name}，卡号${D.card(w.card, rCard())}），本人与用工单位及总包单位无任何工资纠纷。\n特此确认。\n\n`;
  t += `确认人（签字并按手印）：${w.name}\n联系电话：${D.m(w.mob, rMob())}\n班组长（签字）：${D.n(L.name)}\n劳务公司（盖章）：\n日期：${D.x('date', dcn(y, m, d))}\n`;
  return t;
}

// 26. 班组长笔记 / 备忘
function g_notes(D) {
  const P = proj(), T = pick(TEAMS), ws = crew(ri(3, 9), T);
  const nick = (w) => pick(['老', '小']) + w.name[0];
  let t = `${T.name} ${pick(['5月份人员', '本月新进', '新来的几个', '人员电话'])}\n`;
  for (const w of ws) {
    const k = nick(w);
    D.DC('person_name_zh', k);
    const bits = [k, D.n(w.name), D.m(w.mob, pick(['plain', 's344', 's344']))];
    if (chance(0.5)) bits.push(`${w.bank.short} ${D.card(w.card, pick(['g4', 'plain']))}`); else bits.push(pick(['还没办卡', '卡在办', '']));
    if (chance(0.6)) bits.push(D.x('date', `${ri(1, 12)}.${ri(1, 28)}进场`));
    if (chance(0.4)) bits.push(D.x('amount', `借支${pick([500, 1000, 1500, 2000, 3000])}`));
    if (chance(0.4)) bits.push(D.x('amount', `${ri(18, 30)}天×${ri(28, 45)}0`));
    if (chance(0.25)) bits.push(`身份证${D.id(w.id)}`);
    t += bits.filter(Boolean).join(' ') + '\n';
  }
  const boss = worker({ male: true, y: ri(1966, 1980) });
  t += `\n${pick(['包工头', '老板', '劳务那边'])} ${D.n(boss.name)} ${D.m(boss.mob)} ${pick(['说15号发', '欠4月的', '答应月底结'])}\n`;
  t += `${D.x('building', `${ri(1, 9)}#楼`)} ${ri(2, 30)}层 还差${ri(1, 5)}天 加班${ri(5, 40)}个小时\n`;
  return t;
}

// 27. 智慧工地设备台账
function g_device_ledger(D) {
  const P = proj();
  const techs = [worker({ region: pick(LOCAL[P.C.short]), y: ri(1980, 1998), male: true }), worker({ region: pick(LOCAL[P.C.short]), y: ri(1980, 1998), male: true })];
  const vendor = pick(['海康威视', '大华', '中控智慧', '宇泛智能', '旷视']);
  const kinds = [['人脸识别闸机', 'DS-K3G501SX'], ['人脸考勤机', 'DS-K1T671MF'], ['塔吊安全监控', 'TDJK-3000'], ['升降机监控', 'SJJ-M200'], ['扬尘监测仪', 'YC-PM10A'], ['高清球机', 'DS-2DE4425IW'], ['车辆识别道闸', 'DS-TCG227-A'], ['AI安全帽识别盒', 'AIBOX-S12']];
  const rows = [['序号', '设备名称', '品牌/型号', '序列号', 'IP地址', 'MAC地址', '物联网卡号', '安装位置', '安装日期', '维保联系人', '联系电话']];
  const n = ri(6, 14);
  for (let i = 0; i < n; i++) {
    const [nm, model] = pick(kinds); const tech = pick(techs);
    const loc = { 人脸识别闸机: `${ri(1, 3)}号门`, 人脸考勤机: pick(['生活区入口', '项目部门口', `${ri(1, 3)}号门`]), 塔吊安全监控: `${ri(1, 4)}#塔吊`, 升降机监控: `${ri(1, 9)}#楼升降机`, 扬尘监测仪: pick(['东侧围挡', '西侧围挡', '大门口']), 高清球机: pick([`${ri(1, 9)}#楼塔吊顶`, '钢筋加工棚', '材料堆场']), 车辆识别道闸: `${ri(1, 3)}号门`, AI安全帽识别盒: pick([`${ri(1, 3)}号门`, '生活区入口']) }[nm];
    const mac = Array.from({ length: 6 }, () => pad(ri(0, 255).toString(16).toUpperCase(), 2)).join(':');
    rows.push([i + 1, nm, `${vendor} ${D.x('model', model)}`, D.x('device_sn', pick([`FC${digits(10)}`, `${model.replace(/-/g, '')}${P.y}${digits(4)}`, `E${digits(8)}`])), D.x('ip', `192.168.${ri(1, 10)}.${ri(2, 250)}`), D.x('mac', mac),
      chance(0.6) ? D.x('iot_sim', '1064' + digits(9)) : '', D.x('building', loc), D.x('date', dstr(P.y, ri(1, 12), ri(1, 28))), D.n(tech.name), D.m(tech.mob)]);
  }
  return `${P.name} 智慧工地设备台账\n项目编号：${D.x('project_no', P.code)}    设备供应商：${vendor}\n` + csv(rows) + `\n\n注：${D.x('device_sn', `E${digits(8)}`)}已返厂维修，备用机已装。\n`;
}

// 28. 车辆出入记录
function g_vehicle_gate(D) {
  const P = proj();
  const [y, m, d] = rday(P.y);
  const rows = [['序号', '车牌号', '车辆类型', '所属单位', '进场时间', '出场时间', '司机', '司机电话', '送货单号', '备注']];
  const n = ri(8, 20);
  const sups = ['商砼站', '钢材供应商', '渣土运输车队', '木材供应商', '机械租赁公司'];
  for (let i = 0; i < n; i++) {
    const dr = chance(0.45) ? worker({ male: true, y: ri(1968, 1995) }) : null;
    const hin = ri(6, 19), min = ri(0, 59), stay = ri(8, 200), tout = hin * 60 + min + stay;
    rows.push([i + 1, D.x('plate', plate(P.C)), pick(['混凝土罐车', '重型自卸货车', '平板货车', '汽车吊', '小型客车']), D.x('company', `${P.C.short}${pick(['兴达', '宏远', '鑫源', '建祥', '恒通'])}${pick(sups)}`),
      D.x('time', `${dstr(y, m, d)} ${hms(hin, min, ri(0, 59))}`), D.x('time', `${dstr(y, m, d)} ${hms(Math.min(23, Math.floor(tout / 60)), tout % 60, ri(0, 59))}`),
      dr ? D.n(dr.name) : '', dr ? D.m(dr.mob, rMob()) : '', chance(0.7) ? D.x('delivery_no', `${pick(['SP', 'HNT', 'GC'])}${String(y).slice(2)}${pad(m, 2)}${pad(d, 2)}${pad(ri(1, 9999), 4)}`) : '', chance(0.2) ? D.x('word', pick(['超高未放行', '冲洗不合格', '余料退场', '付款后放行'])) : '']);
  }
  return `车辆出入记录（${D.x('device_sn', `DS-TCG227-A${P.y}${digits(4)}`)}）\n${P.name}  ${dstr(y, m, d)}\n` + fwTable(rows) + '\n';
}

// ================================================================= main
const PLAN = [
  ['roster', g_roster, 16], ['entry_exit', g_entry_exit, 12], ['attendance', g_attendance, 14], ['gate_json', g_gate_json, 12],
  ['gate_log', g_gate_log, 10], ['wage_bank', g_wage_bank, 14], ['wage_return', g_wage_return, 8], ['payroll', g_payroll, 14],
  ['team_contacts', g_team_contacts, 16], ['safety_signin', g_safety_signin, 12], ['special_cert', g_special_cert, 10],
  ['insurance_list', g_insurance_list, 8], ['injury_claim', g_injury_claim, 12], ['complaint', g_complaint, 14], ['wechat', g_wechat, 14],
  ['contract', g_contract, 14], ['id_ocr', g_id_ocr, 14], ['intake_form', g_intake_form, 12], ['diary', g_diary, 10], ['mail', g_mail, 18],
  ['sms', g_sms, 14], ['platform_xml', g_platform_xml, 10], ['import_report', g_import_report, 8], ['minutes', g_minutes, 8],
  ['exit_confirm', g_exit_confirm, 10], ['notes', g_notes, 10], ['device_ledger', g_device_ledger, 8], ['vehicle_gate', g_vehicle_gate, 8],
];
const OUT = process.argv[2];
if (!OUT) { console.error('usage: node construction.mjs OUT.jsonl'); process.exit(2); }
const docs = [];
const order = [];
for (const [kind, fn, n] of PLAN) for (let i = 0; i < n; i++) order.push([kind, fn]);
const counters = {};
for (const [kind, fn] of shuffle(order)) {
  const D = new Doc(kind);
  const text = fn(D);
  counters[kind] = (counters[kind] || 0) + 1;
  const ents = D.ents;
  const dc = D.dc.filter((x) => !ents.some((e) => e.detector === x.detector && e.value === x.value));
  docs.push({ id: `cs-${kind}-${counters[kind]}`, kind, text, entities: ents, dontCare: dc, decoys: D.dec });
}

// ================================================================= self-check
const errors = [];
const bad = (d, msg) => errors.push(`${d.id}: ${msg}`);
function validValue(det, v) {
  switch (det) {
    case 'cn_resident_id': return idShapeOk(v, true) && +v.slice(6, 10) <= 2006;
    case 'cn_mobile': return mobOk(v);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v);
    case 'cn_landline': { const m = /^(0\d{2,3})(\d+)$/.exec(v); return !!m && Object.keys(AREAS).some((a) => v.startsWith(a) && v.length - a.length === AREAS[a]); }
    case 'cn_uscc': return usccOk(v);
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,12}$/.test(v);
    default: return true;
  }
}
function occurs(text, det, v) {
  const t = text.normalize('NFKC');
  if (det === 'person_name_zh') return t.replace(/[\s\u3000]/g, '').includes(v);
  if (det === 'email') return t.toLowerCase().includes(v);
  const alnum = t.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if (det === 'cn_resident_id') return alnum.includes(v) || alnum.includes(v.slice(0, 6) + v.slice(8, 17));
  return alnum.includes(v.toUpperCase());
}
function numberHits(s) { // validated values found as contiguous digit runs
  const hits = [];
  const t = s.normalize('NFKC');
  const re = /\d+[Xx]?/g; let mm;
  while ((mm = re.exec(t))) {
    let r = mm[0];
    const hasX = /[Xx]$/.test(r);
    const dgt = hasX ? r.slice(0, -1) : r;
    if (hasX && dgt.length === 17 && idShapeOk(r, false)) { hits.push(['cn_resident_id', r.toUpperCase()]); continue; }
    const L = dgt.length;
    if (L === 18 && idShapeOk(dgt, false)) hits.push(['cn_resident_id', dgt]);
    if (L === 15 && PROV_OK.has(dgt.slice(0, 2)) && validDate(1900 + +dgt.slice(6, 8), +dgt.slice(8, 10), +dgt.slice(10, 12))) hits.push(['cn_resident_id', upgrade15(dgt)]);
    if (L === 11 && !hasX && mobOk(dgt)) hits.push(['cn_mobile', dgt]);
    if (L === 13 && dgt.startsWith('86') && mobOk(dgt.slice(2))) hits.push(['cn_mobile', dgt.slice(2)]);
    if (L === 14 && dgt.startsWith('0086') && mobOk(dgt.slice(4))) hits.push(['cn_mobile', dgt.slice(4)]);
    if (L >= 16 && L <= 19 && luhnOk(dgt) && !(L === 18 && idShapeOk(dgt, false))) hits.push(['bank_card', dgt]);
  }
  return hits;
}
const ids = new Set();
for (const d of docs) {
  if (ids.has(d.id)) bad(d, 'duplicate id'); ids.add(d.id);
  const labelled = new Set([...d.entities, ...d.dontCare].map((e) => e.detector + ':' + e.value));
  for (const e of d.entities) {
    if (!validValue(e.detector, e.value)) bad(d, `invalid ${e.detector} ${e.value}`);
    if (!occurs(d.text, e.detector, e.value)) bad(d, `not in text ${e.detector} ${e.value}`);
    for (const x of d.decoys) {
      const xn = x.text.normalize('NFKC').replace(/[\s\u3000]/g, '');
      if (xn === e.value || (e.value.length >= 2 && xn.includes(e.value)) || (/\d/.test(xn) && xn.replace(/\D/g, '').length >= 11 && e.value.includes(xn.replace(/\D/g, '')))) bad(d, `entity ${e.value} overlaps decoy ${x.text}`);
    }
  }
  for (const x of d.decoys) {
    if (!d.text.includes(x.text)) bad(d, `decoy not in text ${x.text}`);
    const hits = numberHits(x.text);
    const compact = x.text.normalize('NFKC').replace(/[\s-]/g, '');
    hits.push(...numberHits(compact));
    if (hits.length) bad(d, `decoy ${x.kind} ${x.text} validates as ${hits.map((h) => h.join('=')).join(',')}`);
  }
  for (const [det, v] of numberHits(d.text)) if (!labelled.has(det + ':' + v)) bad(d, `unlabelled valid ${det} ${v}`);
  for (const e of d.dontCare) if (d.entities.some((x) => x.detector === e.detector && x.value === e.value)) bad(d, 'dontCare also entity');
}

// ================================================================= summary + write
const perKind = {}, perDet = {}, perDecoy = {}, dcDet = {};
let nEnt = 0, nDec = 0;
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  for (const e of d.entities) { perDet[e.detector] = (perDet[e.detector] || 0) + 1; nEnt++; }
  for (const e of d.dontCare) dcDet[e.detector] = (dcDet[e.detector] || 0) + 1;
  for (const x of d.decoys) { perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1; nDec++; }
}
for (const det of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((perDet[det] || 0) < 150) errors.push(`too few ${det}: ${perDet[det] || 0}`);
if (Object.keys(perKind).length < 15) errors.push('too few kinds');
if (nDec < nEnt) errors.push(`decoys ${nDec} < entities ${nEnt}`);

console.log(`documents: ${docs.length}`);
console.log('per kind:', JSON.stringify(perKind));
console.log('entities per detector:', JSON.stringify(perDet), `total ${nEnt}`);
console.log('dontCare per detector:', JSON.stringify(dcDet));
console.log('decoys per kind:', JSON.stringify(perDecoy), `total ${nDec}`);
if (errors.length) {
  console.error(`SELF-CHECK FAILED (${errors.length}):\n` + errors.slice(0, 40).join('\n'));
  process.exit(1);
}
writeFileSync(OUT, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
console.log(`self-check ok; wrote ${OUT}`);
