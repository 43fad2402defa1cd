#!/usr/bin/env node
/*
 * provident.mjs — independent labelled test corpus for listguard.
 *
 * Theme: 社保 and 住房公积金 administration, as seen in a company's HR / finance
 * office and at the fund centre: monthly 缴存 lists, 汇缴 / 补缴 batch files,
 * 个人账户开户 batches with bank cards and their 回执, 提取 applications,
 * 公积金贷款 files with co-borrowers, 社保 增员 / 减员 forms, 医保 / 补充医疗
 * reimbursement lists, 养老金 payout batches as fixed-width bank files, bank
 * 回盘 files, XML to the fund centre, HR e-mails to staff, 公示 notices with
 * masked values, OCR'd scans (ID-card copies, paper forms), 企业微信 chats,
 * SMS logs, interface logs, JSON exports, meeting minutes, desk notes,
 * personal account statements, 缴存证明 letters, 基数申报 tables and the unit
 * web hall's 批量导入校验结果 (where invalid IDs / mobiles / cards really show up).
 *
 * Labelling choices (see the report): a Luhn-failing 62… card number in a card
 * field is dontCare (cn-formats §5.2: never hard-reject a 62 number on Luhn
 * alone); surname+title (王老师, 张经理), chat senders, SMS salutations and names
 * in running prose are dontCare; a 港澳台居民居住证 number is dontCare for
 * cn_resident_id; numbers an OCR misread turned into letters are dontCare.
 *
 * Usage:   node provident.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"pf-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          must NOT be reported under any detector
 * Detectors labelled: person_name_zh, cn_mobile, cn_resident_id, bank_card,
 *   email, cn_landline, cn_uscc, cn_passport.
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (a legacy
 *   15-digit number is upgraded to 18); cn_mobile 11 digits without +86 or
 *   separators; cn_landline digits incl. leading 0 and area code, no
 *   separators, no extension; email lower-case; bank_card digits only;
 *   cn_passport upper-case; cn_uscc 18 chars upper-case; person_name_zh as
 *   written, without spaces / titles / pinyin. Decoys carry their exact text.
 * Domain decoys: 公积金个人/单位账号, 社保个人编号, 社保卡号, 批次号, 流水号,
 *   amounts, 缴存基数, dates, months, timestamps, invoice / 票据 numbers,
 *   contract numbers, company / department / bank-branch / hospital names and
 *   job titles in name positions, masked values, IDs failing MOD 11-2 or with
 *   impossible dates / regions, unallocated mobile prefixes, wrong-length
 *   mobiles, 对公账号, 95533 / 12329 / SMS port numbers, express and QQ numbers.
 * Deterministic: own mulberry32 PRNG, fixed seed, no clock, no I/O but OUT.
 * Ends with a self-check (exit 1 on failure) and a printed summary.
 *
 * Written in session 30 by a helper that never read src/, rules/ or test/,
 * from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node provident.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6D2B79F5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x5EB0C12A);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const pk = (...fns) => pick(fns)(); // lazy pick: only the chosen branch labels anything
function wpick(items) { let t = 0; for (const [, w] of items) t += w; let r = rnd() * t; for (const [v, w] of items) { r -= w; if (r < 0) return v; } return items[items.length - 1][0]; }
function shuffle(a) { for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String(ri(0, 9)); return s; };
const p2 = (n) => String(n).padStart(2, '0');
const FW = (s) => s.replace(/[0-9A-Za-z@.\-]/g, (c) => c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xFEE0));

// ---------------------------------------------------------------- check algorithms
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += (+b17[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function luhnOk(d) { let s = 0, alt = false; for (let i = d.length - 1; i >= 0; i--) { let n = +d[i]; if (alt) { n *= 2; if (n > 9) n -= 9; } s += n; alt = !alt; } return s % 10 === 0; }
function luhnFinish(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c; throw new Error('luhn'); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(s8) { let s = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; const v = /\d/.test(c) ? +c : c.charCodeAt(0) - 55; s += v * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
function realDate(y, m, d) { return m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m); }

// ---------------------------------------------------------------- regions, cities
const CITY = {
  bj: { c: '北京', area: '010', fund: '北京住房公积金管理中心', ss: '北京市社会保险基金管理中心', rg: ['110101', '110102', '110105', '110106', '110108', '110114', '110115'], br: ['海淀', '西单', '中关村', '望京', '亦庄', '王府井', '国贸'], hosp: ['北京协和医院', '北京大学第三医院', '首都医科大学附属北京朝阳医院', '北京积水潭医院', '海淀医院'], dist: ['海淀区', '朝阳区', '丰台区', '西城区'], pre: '京', num: '11' },
  sh: { c: '上海', area: '021', fund: '上海市公积金管理中心', ss: '上海市社会保险事业管理中心', rg: ['310101', '310104', '310105', '310107', '310110', '310115', '310112'], br: ['陆家嘴', '徐家汇', '漕河泾', '张江', '虹桥', '五角场'], hosp: ['复旦大学附属中山医院', '上海交通大学医学院附属瑞金医院', '上海市第六人民医院', '复旦大学附属华山医院'], dist: ['浦东新区', '徐汇区', '闵行区', '杨浦区'], pre: '沪', num: '31' },
  hz: { c: '杭州', area: '0571', fund: '杭州住房公积金管理中心', ss: '杭州市社会保险管理服务中心', rg: ['330102', '330105', '330106', '330108', '330110'], br: ['文三路', '高新', '钱江新城', '黄龙', '城西'], hosp: ['浙江大学医学院附属第一医院', '浙江省人民医院', '杭州市第一人民医院'], dist: ['西湖区', '滨江区', '拱墅区', '余杭区'], pre: '浙', num: '33' },
  sz: { c: '深圳', area: '0755', fund: '深圳市住房公积金管理中心', ss: '深圳市社会保险基金管理局', rg: ['440303', '440304', '440305', '440306', '440307'], br: ['福田', '南山', '科技园', '车公庙', '华强北'], hosp: ['北京大学深圳医院', '深圳市人民医院', '香港大学深圳医院'], dist: ['南山区', '福田区', '宝安区', '龙岗区'], pre: '粤', num: '44' },
  gz: { c: '广州', area: '020', fund: '广州住房公积金管理中心', ss: '广州市社会保险基金管理中心', rg: ['440103', '440104', '440105', '440106', '440111'], br: ['天河', '体育西', '越秀', '珠江新城', '白云'], hosp: ['中山大学附属第一医院', '广东省人民医院', '南方医科大学南方医院'], dist: ['天河区', '越秀区', '海珠区', '白云区'], pre: '粤', num: '44' },
  nj: { c: '南京', area: '025', fund: '南京住房公积金管理中心', ss: '南京市社会保险管理中心', rg: ['320102', '320104', '320105', '320106', '320113'], br: ['鼓楼', '新街口', '河西', '仙林'], hosp: ['江苏省人民医院', '南京鼓楼医院'], dist: ['鼓楼区', '建邺区', '玄武区', '江宁区'], pre: '苏', num: '32' },
  wh: { c: '武汉', area: '027', fund: '武汉住房公积金管理中心', ss: '武汉市社会保险管理中心', rg: ['420102', '420103', '420106', '420111'], br: ['汉口', '武昌', '光谷', '中南路'], hosp: ['华中科技大学同济医学院附属同济医院', '武汉大学人民医院'], dist: ['江岸区', '武昌区', '洪山区', '江汉区'], pre: '鄂', num: '42' },
  cd: { c: '成都', area: '028', fund: '成都住房公积金管理中心', ss: '成都市社会保险事业管理局', rg: ['510104', '510105', '510106', '510107', '510108'], br: ['武侯', '高新', '春熙路', '天府新区'], hosp: ['四川大学华西医院', '四川省人民医院'], dist: ['武侯区', '锦江区', '青羊区', '成华区'], pre: '川', num: '51' },
  xa: { c: '西安', area: '029', fund: '西安住房公积金管理中心', ss: '西安市社会保险基金管理中心', rg: ['610102', '610103', '610104', '610113'], br: ['雁塔', '高新', '小寨', '钟楼'], hosp: ['西安交通大学第一附属医院', '空军军医大学西京医院'], dist: ['雁塔区', '碑林区', '未央区', '新城区'], pre: '陕', num: '61' },
  su: { c: '苏州', area: '0512', fund: '苏州市住房公积金管理中心', ss: '苏州市社会保险基金管理中心', rg: ['320505', '320506', '320507'], br: ['工业园区', '观前', '狮山', '吴中'], hosp: ['苏州大学附属第一医院', '苏州市立医院'], dist: ['姑苏区', '吴中区', '虎丘区', '相城区'], pre: '苏', num: '32' },
  tj: { c: '天津', area: '022', fund: '天津市住房公积金管理中心', ss: '天津市社会保险基金管理中心', rg: ['120101', '120102', '120103', '120104', '120105'], br: ['和平', '南开', '滨海新区', '小白楼'], hosp: ['天津医科大学总医院', '天津市第一中心医院'], dist: ['南开区', '河西区', '和平区', '西青区'], pre: '津', num: '12' },
  cq: { c: '重庆', area: '023', fund: '重庆市住房公积金管理中心', ss: '重庆市社会保险局', rg: ['500103', '500104', '500105', '500106', '500107'], br: ['解放碑', '观音桥', '沙坪坝', '南坪'], hosp: ['重庆医科大学附属第一医院', '陆军军医大学西南医院'], dist: ['渝中区', '江北区', '沙坪坝区', '九龙坡区'], pre: '渝', num: '50' },
};
const POST = { bj: '100', sh: '200', hz: '310', sz: '518', gz: '510', nj: '210', wh: '430', cd: '610', xa: '710', su: '215', tj: '300', cq: '400' };
const REG_EXTRA = ['130102', '130104', '130203', '130702', '140105', '210102', '210106', '220102', '230103', '340102', '340104', '341202', '350102', '350203', '360102', '360702', '370102', '370202', '371302', '410102', '410105', '411302', '410305', '421002', '430102', '430104', '450103', '500103', '520102', '522601', '530102', '620102', '640104', '150102'];
const HOMETOWN = [['河南省', '洛阳市', '涧西区', '洛阳市公安局涧西分局', '410305'], ['山东省', '临沂市', '兰山区', '临沂市公安局兰山分局', '371302'], ['河南省', '南阳市', '宛城区', '南阳市公安局宛城分局', '411302'], ['安徽省', '阜阳市', '颍州区', '阜阳市公安局颍州分局', '341202'], ['湖北省', '荆州市', '沙市区', '荆州市公安局沙市区分局', '421002'], ['江西省', '赣州市', '章贡区', '赣州市公安局章贡分局', '360702'], ['河北省', '张家口市', '桥东区', '张家口市公安局桥东分局', '130702'], ['河北省', '唐山市', '路南区', '唐山市公安局路南分局', '130203'], ['四川省', '成都市', '武侯区', '成都市公安局武侯区分局', '510107'], ['湖南省', '长沙市', '岳麓区', '长沙市公安局岳麓分局', '430104'], ['贵州省', '黔东南苗族侗族自治州', '凯里市', '凯里市公安局', '522601']];
const ALL_REGIONS = new Set([...Object.values(CITY).flatMap((c) => c.rg), ...REG_EXTRA, '110103', '110104', '650102', '540102', '810000', '820000', '830000']);
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);

// ---------------------------------------------------------------- names
function parsePairs(s) { const out = []; s.replace(/([\u4e00-\u9fa5])([a-z]+)/g, (_, c, p) => { out.push([c, p]); return ''; }); return out; }
const SUR = [['王', 'wang', 71], ['李', 'li', 70], ['张', 'zhang', 67], ['刘', 'liu', 54], ['陈', 'chen', 45], ['杨', 'yang', 31], ['黄', 'huang', 25], ['赵', 'zhao', 23], ['吴', 'wu', 20], ['周', 'zhou', 19], ['徐', 'xu', 13], ['孙', 'sun', 13], ['马', 'ma', 12], ['朱', 'zhu', 12], ['胡', 'hu', 11], ['郭', 'guo', 11], ['何', 'he', 10], ['高', 'gao', 10], ['林', 'lin', 10], ['罗', 'luo', 9], ['郑', 'zheng', 9], ['梁', 'liang', 9], ['谢', 'xie', 8], ['宋', 'song', 7], ['唐', 'tang', 7], ['许', 'xu', 7], ['韩', 'han', 6], ['冯', 'feng', 6], ['邓', 'deng', 6], ['曹', 'cao', 6], ['彭', 'peng', 6], ['曾', 'zeng', 5], ['肖', 'xiao', 5], ['田', 'tian', 5], ['董', 'dong', 5], ['袁', 'yuan', 5], ['潘', 'pan', 4], ['于', 'yu', 4], ['蒋', 'jiang', 4], ['蔡', 'cai', 4], ['余', 'yu', 4], ['杜', 'du', 4], ['叶', 'ye', 4], ['程', 'cheng', 4], ['苏', 'su', 4], ['魏', 'wei', 4], ['吕', 'lv', 4], ['丁', 'ding', 3], ['任', 'ren', 3], ['沈', 'shen', 3], ['姚', 'yao', 3], ['卢', 'lu', 3], ['姜', 'jiang', 3], ['崔', 'cui', 3], ['钟', 'zhong', 3], ['谭', 'tan', 3], ['陆', 'lu', 3], ['汪', 'wang', 3], ['范', 'fan', 3], ['金', 'jin', 3], ['石', 'shi', 3], ['廖', 'liao', 3], ['贾', 'jia', 3], ['夏', 'xia', 3], ['韦', 'wei', 3], ['付', 'fu', 2], ['方', 'fang', 2], ['白', 'bai', 2], ['邹', 'zou', 2], ['孟', 'meng', 2], ['熊', 'xiong', 2], ['秦', 'qin', 2], ['邱', 'qiu', 2], ['江', 'jiang', 2], ['尹', 'yin', 2], ['薛', 'xue', 2], ['闫', 'yan', 2], ['段', 'duan', 2], ['雷', 'lei', 2], ['侯', 'hou', 2], ['龙', 'long', 2], ['史', 'shi', 2], ['陶', 'tao', 2], ['黎', 'li', 2], ['贺', 'he', 2], ['顾', 'gu', 2], ['毛', 'mao', 2], ['郝', 'hao', 2], ['龚', 'gong', 2], ['邵', 'shao', 2], ['万', 'wan', 2], ['钱', 'qian', 2], ['严', 'yan', 2], ['覃', 'qin', 1], ['武', 'wu', 2], ['戴', 'dai', 2], ['莫', 'mo', 1], ['孔', 'kong', 1], ['向', 'xiang', 1], ['常', 'chang', 1], ['欧阳', 'ouyang', 1.2], ['司马', 'sima', 0.3], ['上官', 'shangguan', 0.3], ['诸葛', 'zhuge', 0.2], ['司徒', 'situ', 0.3], ['令狐', 'linghu', 0.2], ['皇甫', 'huangfu', 0.2], ['夏侯', 'xiahou', 0.15]];
const SUR_W = SUR.map(([c, p, w]) => [[c, p], w]);
const GM = parsePairs('伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 旭xu 宁ning 龙long 林lin 洋yang 峰feng 建jian 国guo 志zhi 文wen 博bo 哲zhe 晨chen 昊hao 轩xuan 睿rui 子zi 泽ze 宏hong 亮liang 东dong 海hai 松song 成cheng 荣rong 德de 永yong 忠zhong 庆qing 福fu 祥xiang 彬bin 毅yi 琦qi 振zhen 天tian 嘉jia 铭ming 锋feng 坤kun 阳yang 晓xiao 家jia 立li 云yun 少shao 光guang 继ji 思si 俊jun 力li 兵bing 卫wei');
const GF = parsePairs('芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 燕yan 玲ling 婷ting 雪xue 慧hui 颖ying 琳lin 倩qian 萍ping 红hong 梅mei 兰lan 英ying 秀xiu 莉li 洁jie 晶jing 欣xin 悦yue 佳jia 怡yi 璐lu 瑶yao 雯wen 蕾lei 薇wei 琴qin 云yun 凤feng 桂gui 淑shu 珍zhen 玉yu 春chun 月yue 思si 梦meng 雨yu 诗shi 涵han 萱xuan 彤tong 晓xiao 文wen 小xiao 亚ya 丹dan 爽shuang 楠nan 露lu 婧jing 琪qi 君jun 惠hui 秋qiu');
const GM1 = parsePairs('建jian 志zhi 国guo 俊jun 家jia 嘉jia 子zi 浩hao 宇yu 天tian 文wen 明ming 海hai 永yong 晓xiao 少shao 立li 宏hong 振zhen 德de 思si 一yi 博bo 晨chen 泽ze 鹏peng 伟wei 旭xu 世shi 东dong 春chun 云yun 承cheng 锦jin 新xin 远yuan 向xiang 正zheng 金jin');
const GM2 = parsePairs('伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 明ming 超chao 刚gang 平ping 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 斌bin 宇yu 浩hao 凯kai 健jian 帆fan 旭xu 宁ning 龙long 林lin 洋yang 峰feng 博bo 哲zhe 晨chen 昊hao 轩xuan 睿rui 泽ze 亮liang 东dong 松song 成cheng 荣rong 忠zhong 庆qing 祥xiang 彬bin 毅yi 琦qi 锋feng 坤kun 阳yang 兵bing 豪hao 然ran 恒heng 鸣ming 凡fan 诚cheng 航hang 翔xiang 岩yan 辰chen');
const GF1 = parsePairs('秀xiu 丽li 玉yu 淑shu 晓xiao 小xiao 雨yu 梦meng 佳jia 欣xin 诗shi 思si 雅ya 婉wan 亚ya 丹dan 春chun 美mei 慧hui 静jing 紫zi 若ruo 可ke 晶jing 海hai 红hong 凤feng 文wen 雪xue 艳yan 婷ting 嘉jia 乐le 心xin 一yi 安an 书shu 金jin');
const GF2 = parsePairs('芳fang 娜na 敏min 静jing 丽li 艳yan 娟juan 霞xia 燕yan 玲ling 婷ting 雪xue 慧hui 颖ying 琳lin 倩qian 萍ping 红hong 梅mei 兰lan 英ying 莉li 洁jie 晶jing 欣xin 悦yue 怡yi 璐lu 瑶yao 雯wen 蕾lei 薇wei 琴qin 云yun 凤feng 珍zhen 月yue 涵han 萱xuan 彤tong 丹dan 楠nan 露lu 琪qi 妍yan 婕jie 宁ning 菲fei 茜qian');
const OLD = [['桂英', 'guiying', 'F'], ['秀兰', 'xiulan', 'F'], ['淑珍', 'shuzhen', 'F'], ['秀英', 'xiuying', 'F'], ['玉兰', 'yulan', 'F'], ['凤英', 'fengying', 'F'], ['秀珍', 'xiuzhen', 'F'], ['桂兰', 'guilan', 'F'], ['玉珍', 'yuzhen', 'F'], ['淑芬', 'shufen', 'F'], ['玉梅', 'yumei', 'F'], ['丽华', 'lihua', 'F'], ['金凤', 'jinfeng', 'F'], ['红梅', 'hongmei', 'F'], ['素琴', 'suqin', 'F'], ['建国', 'jianguo', 'M'], ['建华', 'jianhua', 'M'], ['国庆', 'guoqing', 'M'], ['卫东', 'weidong', 'M'], ['志强', 'zhiqiang', 'M'], ['德明', 'deming', 'M'], ['福生', 'fusheng', 'M'], ['长海', 'changhai', 'M'], ['振华', 'zhenhua', 'M'], ['国强', 'guoqiang', 'M'], ['永强', 'yongqiang', 'M'], ['国华', 'guohua', 'M'], ['春生', 'chunsheng', 'M'], ['树林', 'shulin', 'M'], ['保国', 'baoguo', 'M'], ['文斌', 'wenbin', 'M'], ['立新', 'lixin', 'M']];
const KIDS = [['子涵', 'zihan'], ['梓萱', 'zixuan'], ['浩然', 'haoran'], ['宇轩', 'yuxuan'], ['欣怡', 'xinyi'], ['一诺', 'yinuo'], ['诗涵', 'shihan'], ['子墨', 'zimo'], ['雨桐', 'yutong'], ['俊熙', 'junxi'], ['思彤', 'sitong'], ['若曦', 'ruoxi'], ['沐阳', 'muyang'], ['可馨', 'kexin']];
const MINOR = [['买买提·艾力', 'maimaiti', 'M', '650102'], ['阿依古丽·吐尔逊', 'ayiguli', 'F', '650102'], ['艾尔肯·吾甫尔', 'aierken', 'M', '650102'], ['古丽米拉·阿不都', 'gulimila', 'F', '650102'], ['次仁卓玛', 'cirenzhuoma', 'F', '540102'], ['扎西顿珠', 'zhaxidunzhu', 'M', '540102'], ['乌兰其其格', 'wulanqiqige', 'F', '150102'], ['巴特尔', 'bateer', 'M', '150102'], ['热依拉·艾山', 'reyila', 'F', '650102'], ['帕尔哈提·吐尔洪', 'paerhati', 'M', '650102']];

// words that look like names in name positions, but are not (decoys)
const DEPTS = ['人力资源部', '财务部', '行政部', '综合办公室', '研发中心', '销售一部', '生产车间', '质检部', '仓储物流部', '工程部', '市场部', '客服中心', '人事行政部', '财务管理部'];
const POSTS = ['出纳', '会计', '人事专员', '社保专员', '薪酬主管', '部门经理', '财务总监', '高级工程师', '司机', '文员', '保安队长', '技术员', '安全员', '班组长', '行政主管', '总经理助理', '前台', '资料员', '质检员', '仓管员', '厨师长', '销售代表'];
const CENTRE_POSTS = ['柜员', '复核岗', '审批岗', '科长', '信贷员', '专管员', '归集科', '提取科', '贷款科', '综合窗口'];
const NAME_BLACK = new Set(['高新', '周一', '金额', '余额', '方案', '常住', '文员', '安全', '华东', '明细', '江北', '付款', '马上', '何时', '程序', '任务', '石材', '林业', '司机', '高温', '周转', '万元', '时间', '成功']);

function genName(gender, by, opts = {}) {
  if (opts.kid) { const [s, sp] = opts.sur; const [g, gp] = pick(KIDS); return { name: s + g, sc: s, s: sp, g: gp, gi: gp[0] }; }
  if (!opts.noMinor && chance(0.025)) { const m = pick(MINOR); return { name: m[0], s: m[1], g: '', gi: '', minor: m }; }
  for (;;) {
    const [s, sp] = opts.sur || wpick(SUR_W);
    let g, gp;
    if (by < 1966 && chance(0.65)) { const cands = OLD.filter((o) => o[2] === gender); const o = pick(cands); g = o[0]; gp = o[1]; }
    else {
      const pool = gender === 'M' ? GM : GF;
      const P1 = gender === 'M' ? GM1 : GF1, P2 = gender === 'M' ? GM2 : GF2;
      if (chance(0.28)) { const [c, p] = pick(chance(0.85) ? P2 : pool); g = c; gp = p; }
      else if (gender === 'F' && chance(0.04)) { const [c, p] = pick(GF2); g = c + c; gp = p + p; }
      else { const [c1, q1] = pick(P1); const [c2, q2] = pick(P2); if (c1 === c2) continue; g = c1 + c2; gp = q1 + q2; }
    }
    const name = s + g;
    if (NAME_BLACK.has(name) || g === s) continue;
    return { name, sc: s, s: sp, g: gp, gi: gp[0] };
  }
}

// ---------------------------------------------------------------- numbers
function genIdBody(gender, by, region) {
  const r = region || (chance(0.8) ? pick(REG_EXTRA.concat(Object.values(CITY).flatMap((c) => c.rg))) : pick(REG_EXTRA));
  const m = ri(1, 12), d = ri(1, dim(by, m));
  const last = gender === 'M' ? pick([1, 3, 5, 7, 9]) : pick([0, 2, 4, 6, 8]);
  const seq = String(ri(0, 99)).padStart(2, '0') + last;
  return { r, y: by, m, d, seq };
}
function genId(gender, by, region) { const b = genIdBody(gender, by, region); const b17 = b.r + by + p2(b.m) + p2(b.d) + b.seq; return b17 + idCheck(b17); }
function upgrade15(s) { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); }
function validId(v, strict = true) {
  if (!/^\d{17}[\dX]$/.test(v)) return false;
  if (idCheck(v.slice(0, 17)) !== v[17]) return false;
  const y = +v.slice(6, 10), m = +v.slice(10, 12), d = +v.slice(12, 14);
  if (y < 1900 || y > 2025 || !realDate(y, m, d)) return false;
  return strict ? ALL_REGIONS.has(v.slice(0, 6)) : PROV.has(v.slice(0, 2));
}
function validLegacy(s) { if (!/^\d{15}$/.test(s)) return false; return validId(upgrade15(s), false); }
const MOB_PRE = [['130', 3], ['131', 3], ['132', 3], ['133', 3], ['134', 3], ['135', 4], ['136', 4], ['137', 4], ['138', 5], ['139', 5], ['150', 3], ['151', 3], ['152', 3], ['153', 2], ['155', 2], ['156', 2], ['157', 2], ['158', 3], ['159', 3], ['180', 2], ['181', 2], ['182', 2], ['183', 2], ['184', 1], ['185', 2], ['186', 3], ['187', 2], ['188', 2], ['189', 3], ['170', 0.6], ['171', 0.5], ['173', 1], ['175', 1], ['176', 1], ['177', 1], ['178', 1], ['166', 1], ['199', 1.5], ['198', 1], ['191', 0.8], ['193', 0.7], ['195', 0.7], ['197', 0.5], ['145', 0.4], ['147', 0.5], ['162', 0.2], ['165', 0.3], ['167', 0.3], ['172', 0.4], ['190', 0.3], ['192', 0.3], ['196', 0.3]];
function mobAllocated(m) {
  if (!/^1[3-9]\d{9}$/.test(m)) return false;
  const p3 = m.slice(0, 3), p4 = m.slice(0, 4), p5 = m.slice(0, 5);
  if (/^13\d$/.test(p3) || ['145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199'].includes(p3)) return true;
  if (p4 === '1610') return true;
  if (/^1740[0-5]$/.test(p5)) return true;
  return false;
}
const usedMob = new Set(['13800138000', '13912345678', '18888888888']);
function genMobile() { for (;;) { const m = wpick(MOB_PRE) + digits(8); if (!usedMob.has(m)) { usedMob.add(m); return m; } } }
function badMobile() { const pre = pick(['140', '141', '144', '146', '148', '149', '154', '1749', '194', '1748', '143']); return pre + digits(11 - pre.length); }

const BANKS = [
  { bank: '中国工商银行', sh: '工行', bins: ['622202', '621226', '621558', '622208'], len: 19, w: 6 },
  { bank: '中国农业银行', sh: '农行', bins: ['622848', '623052', '621282'], len: 19, w: 4 },
  { bank: '中国银行', sh: '中行', bins: ['621661', '621785', '621790'], len: 19, w: 4 },
  { bank: '中国银行', sh: '中行', bins: ['601382'], len: 19, w: 0.4 },
  { bank: '中国建设银行', sh: '建行', bins: ['621700', '622700', '621284'], len: 19, w: 6 },
  { bank: '交通银行', sh: '交行', bins: ['622262', '622260'], len: 19, w: 2 },
  { bank: '招商银行', sh: '招行', bins: ['622588', '621483', '621485'], len: 16, w: 4 },
  { bank: '兴业银行', sh: '兴业', bins: ['622908', '622909'], len: 18, w: 1.5 },
  { bank: '上海浦东发展银行', sh: '浦发', bins: ['622521', '621792'], len: 16, w: 1.5 },
  { bank: '中国邮政储蓄银行', sh: '邮储', bins: ['621799', '622188'], len: 19, w: 2 },
  { bank: '中国民生银行', sh: '民生', bins: ['622622', '621691'], len: 16, w: 1 },
  { bank: '中信银行', sh: '中信', bins: ['622690', '621773'], len: 16, w: 1 },
  { bank: '中国光大银行', sh: '光大', bins: ['622666', '621488'], len: 16, w: 1 },
  { bank: '平安银行', sh: '平安', bins: ['622155', '621626'], len: 16, w: 1 },
];
const BANK_DOM = { 中国工商银行: 'icbc.com.cn', 中国农业银行: 'abchina.com', 中国银行: 'boc.cn', 中国建设银行: 'ccb.com', 交通银行: 'bankcomm.com', 招商银行: 'cmbchina.com', 兴业银行: 'cib.com.cn', 上海浦东发展银行: 'spdb.com.cn', 中国邮政储蓄银行: 'psbc.com', 中国民生银行: 'cmbc.com.cn', 中信银行: 'citicbank.com', 中国光大银行: 'cebbank.com', 平安银行: 'pingan.com.cn' };
const BANK_W = BANKS.map((b) => [b, b.w]);
const usedCard = new Set();
function genCard(b) { for (;;) { const bin = pick(b.bins); const c = luhnFinish(bin + digits(b.len - bin.length - 1)); if (!usedCard.has(c)) { usedCard.add(c); return c; } } }
function badCard(c) { const last = +c[c.length - 1]; return c.slice(0, -1) + String((last + ri(1, 9)) % 10); }
function branch(b, city) { return `${b.bank}${city.c}${pick(city.br)}${pick(['支行', '支行', '支行', '分理处'])}`; }

function genUscc(city) {
  let body;
  if (chance(0.7)) { body = 'MA' + pick(['0', '1', '2', '5']) + Array.from({ length: 5 }, () => UA[ri(0, 30)]).join(''); }
  else body = digits(8);
  const reg = pick(CITY[city].rg.concat([CITY[city].num + '0000']));
  const s17 = '91' + reg + body + orgCheck(body);
  return s17 + usccCheck(s17);
}
function validUscc(v) { return /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v.slice(0, 17)) === v[17] && orgCheck(v.slice(8, 16)) === v[16]; }
function genLand(city, first) { const a = CITY[city].area; const sub = String(first ?? pick([5, 6, 8, 8, 6, 2])) + digits(7); return a + sub; }
function fmtLand(t, style) {
  const a = t.startsWith('01') || t.startsWith('02') ? t.slice(0, 3) : t.slice(0, 4);
  const s = t.slice(a.length);
  switch (style) {
    case 'dash': return `${a}-${s}`;
    case 'paren': return `(${a})${s}`;
    case 'fwparen': return `（${a}）${s}`;
    case 'sp': return `${a} ${s.slice(0, 4)} ${s.slice(4)}`;
    case 'intl': return `+86 ${a.slice(1)} ${s}`;
    case 'bare': return t;
    default: return `${a}-${s}`;
  }
}
function genPassport() { return chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ'.split('')) + digits(7); }

// formatting of values
function fmtMob(m, s) {
  switch (s) {
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case '+86': return '+86 ' + m;
    case '+86n': return '+86' + m;
    case '+86sp': return '+86 ' + fmtMob(m, 'sp');
    case '0086': return '0086-' + m;
    case 'p86': return '(+86)' + m;
    case 'fw': return FW(m);
    default: return m;
  }
}
const mobCasual = () => wpick([['bare', 10], ['sp', 3], ['dash', 2], ['+86', 1], ['+86n', 1], ['+86sp', 0.7], ['0086', 0.4], ['fw', 0.7], ['p86', 0.3]]);
function fmtId(id, s) {
  switch (s) {
    case 'lx': return id.replace(/X$/, 'x');
    case 'sp': return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
    case 'fw': return FW(id);
    case 'split': return id.slice(0, 12) + '\n' + id.slice(12);
    default: return id;
  }
}
const idCasual = () => wpick([['bare', 12], ['lx', 2], ['sp', 1], ['fw', 0.6]]);
function fmtCard(c, s) {
  switch (s) {
    case 'sp4': return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    case 'dash4': return c.replace(/(\d{4})(?=\d)/g, '$1-');
    case 'fw': return FW(c);
    case 'split': return c.slice(0, 10) + '\n' + c.slice(10);
    default: return c;
  }
}
const cardCasual = () => wpick([['bare', 8], ['sp4', 4], ['dash4', 0.6], ['fw', 0.3]]);
const maskMob = (m) => m.slice(0, 3) + '****' + m.slice(7);
const maskId = (id) => pick([() => id.slice(0, 6) + '********' + id.slice(14), () => id.slice(0, 3) + '***********' + id.slice(14), () => id.slice(0, 1) + '****************' + id.slice(17), () => id.slice(0, 4) + '**********' + id.slice(14)])();
const maskCard = (c) => pick([() => c.slice(0, 4) + ' **** **** ' + c.slice(-4), () => c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), () => '**** **** **** ' + c.slice(-4)])();
const maskName = (n) => pick([() => n[0] + '*' + (n.length > 2 ? n.slice(-1) : ''), () => n[0] + '*'.repeat(n.length - 1), () => n[0] + (n.length > 2 ? '某某' : '某')])();

// ---------------------------------------------------------------- persons, companies
const MAIL_DOM = [['qq.com', 30], ['163.com', 20], ['126.com', 9], ['foxmail.com', 5], ['sina.com', 4], ['outlook.com', 5], ['gmail.com', 2], ['139.com', 3], ['yeah.net', 1.5], ['sohu.com', 1.5], ['aliyun.com', 1.5], ['hotmail.com', 2], ['189.cn', 0.8]];
const usedMail = new Set();
function personalMail(p) {
  for (let k = 0; ; k++) {
    const dom = wpick(MAIL_DOM);
    let local;
    if (dom === 'qq.com' && chance(0.6)) local = String(ri(10000000, 3999999999));
    else if ((dom === '139.com' || dom === '189.cn') && chance(0.7)) { local = p.mobile; p.mobileMail = true; }
    else {
      const yy = String(p.by).slice(2);
      local = wpick([[p.s + p.g, 5], [p.s + '.' + p.g, 2], [p.g + '.' + p.s, 1], [p.s + p.g + yy, 3], [p.s + (p.gi || ''), 1], [(p.gi || '') + p.s, 1], [p.s + '_' + p.g, 1], [p.s + p.g + ri(1, 999), 2]]);
      if (!p.g) local = p.s + ri(10, 99);
    }
    if (k > 3) local += ri(1, 99);
    const a = `${local}@${dom}`.replace(/\.@/, '@');
    if (!usedMail.has(a)) { usedMail.add(a); return a; }
  }
}
let PID = 0;
function mkPerson(o = {}) {
  const gender = o.gender || (chance(0.5) ? 'M' : 'F');
  const by = o.by ?? ri(o.yMin ?? 1968, o.yMax ?? 2002);
  const nm = genName(gender, by, o);
  const region = nm.minor ? nm.minor[3] : (o.region ?? (by < 1975 && chance(0.15) ? pick(['110103', '110104']) : undefined));
  const p = { pid: ++PID, name: nm.name, sc: nm.sc || null, s: nm.s, g: nm.g, gi: nm.gi, gender: nm.minor ? nm.minor[2] : gender, by, mobile: genMobile() };
  p.gender = nm.minor ? nm.minor[2] : gender;
  p.id = genId(p.gender, by, region);
  p.base = Math.max(2420, Math.min(35283, Math.round((ri(45, 250) * 100) / 10) * 10));
  return p;
}
function card(p) { if (!p.card) { p.bankObj = wpick(BANK_W); p.card = genCard(p.bankObj); } return p.card; }
function pmail(p) { if (!p.pmail) p.pmail = personalMail(p); return p.pmail; }
function gjjAcct(p, co) { if (!p.gjj) p.gjj = co.acctPre + digits(12 - co.acctPre.length); return p.gjj; }
function ssNo(p) { if (!p.ssno) p.ssno = pick(['1', '2', '3']) + digits(9); return p.ssno; }
function ssCard(p) { if (!p.sscard) p.sscard = pick(['A', 'B']) + digits(8); return p.sscard; }
const GENDER = (p) => (p.gender === 'M' ? '男' : '女');
const NATION = () => wpick([['汉', 40], ['回', 1.5], ['满', 1.5], ['蒙古', 0.7], ['壮', 1], ['土家', 0.6], ['苗', 0.5], ['朝鲜', 0.3]]);
const NATION_OF = (p) => (p.name.includes('·') || p.name === '巴特尔' || p.name === '乌兰其其格' || p.name === '次仁卓玛' || p.name === '扎西顿珠' ? ({ '650102': '维吾尔', '540102': '藏', '150102': '蒙古' })[p.id.slice(0, 6)] || '维吾尔' : NATION());

const CO_DEF = [
  ['北京华信科技有限公司', '华信科技', 'bj', 'hxkj.com.cn'], ['北京京融物业管理有限公司', '京融物业', 'bj', 'jingrongwy.com'],
  ['上海明远国际物流有限公司', '明远物流', 'sh', 'mingyuan-log.com'], ['上海浦江精密机械股份有限公司', '浦江精机', 'sh', 'pjjm.com.cn'],
  ['杭州云图网络科技有限公司', '云图网络', 'hz', 'yuntu-tech.cn'], ['深圳市南海电子有限公司', '南海电子', 'sz', 'nanhai-elec.com'],
  ['广州白云纺织品有限公司', '白云纺织', 'gz', 'byfz.com.cn'], ['南京金陵建设工程有限公司', '金陵建设', 'nj', 'jljs-group.com'],
  ['武汉长江制药有限公司', '长江制药', 'wh', 'cjpharma.com.cn'], ['成都天府餐饮管理有限公司', '天府餐饮', 'cd', 'tfcy.net'],
  ['西安高新软件股份有限公司', '高新软件', 'xa', 'gxsoft.com.cn'], ['苏州周氏精密模具有限公司', '周氏模具', 'su', 'zhoushi-mould.com'],
  ['天津海河食品有限公司', '海河食品', 'tj', 'haihefood.cn'], ['重庆山城汽车配件有限公司', '山城汽配', 'cq', 'scqp.com.cn'],
];
const COS = CO_DEF.map(([name, short, city, domain]) => {
  const C = CITY[city];
  const co = { name, short, city, C, domain, uscc: genUscc(city), unitAcct: C.num + digits(10), ssUnit: digits(10), acctPre: pick(['1', '2', '0']) + digits(2), tel: genLand(city), fax: null, staff: [], corpMail: new Map() };
  co.fax = co.tel.slice(0, -1) + String((+co.tel.slice(-1) + 1) % 10);
  const bb = wpick(BANK_W); co.bank = branch(bb, C);
  co.bankAcct = pick([() => C.num + '0' + digits(17), () => '0200' + digits(15), () => digits(4) + '0' + digits(13), () => '3' + digits(16) + '0']);
  co.bankAcct = co.bankAcct();
  const n = ri(45, 75);
  for (let i = 0; i < n; i++) co.staff.push(mkPerson({ region: chance(0.4) ? pick(C.rg) : undefined }));
  for (const p of co.staff) p.dept = pick(DEPTS), p.post = pick(POSTS);
  co.hr = co.staff.slice(0, 3); co.hr.forEach((p) => { p.dept = pick(['人力资源部', '人事行政部', '综合办公室']); p.post = pick(['人事专员', '社保专员', '薪酬主管', 'HR经理']); });
  co.fin = co.staff.slice(3, 5); co.fin.forEach((p) => { p.dept = pick(['财务部', '财务管理部']); p.post = pick(['出纳', '会计', '财务主管']); });
  co.take = (k, excl = []) => shuffle(co.staff.slice(5).filter((p) => !excl.includes(p))).slice(0, k);
  return co;
});
function corpMail(p, co) {
  if (co.corpMail.has(p.pid)) return co.corpMail.get(p.pid);
  let local = pick([() => p.s + p.g, () => p.s + p.g, () => p.g + '.' + p.s, () => p.s + '.' + p.g, () => (p.gi || '') + p.s, () => p.s + (p.gi || '')])();
  if (!p.g) local = p.s;
  let a = `${local}@${co.domain}`; let k = 1;
  while (usedMail.has(a)) a = `${local}${++k}@${co.domain}`;
  usedMail.add(a); co.corpMail.set(p.pid, a); return a;
}
const CENTRE_MAIL = { bj: 'gjj.bj.gov.cn', sh: 'shgjj.com', hz: 'hzgjj.gov.cn', sz: 'szzfgjj.com', gz: 'gzgjj.gov.cn', nj: 'njgjj.com', wh: 'whgjj.org.cn', cd: 'cdzfgjj.chengdu.gov.cn', xa: 'xazfgjj.com', su: 'szgjj.gov.cn', tj: 'zfgjj.tj.gov.cn', cq: 'cqgjj.cn' };

// ---------------------------------------------------------------- dates, money, misc numbers
const rYear = () => wpick([[2023, 3], [2024, 5], [2025, 3]]);
function rDate(y = rYear(), m = ri(1, 12)) { return { y, m, d: ri(1, dim(y, m)) }; }
function fd(dt, s = 0) {
  const { y, m, d } = dt;
  switch (s) { case 1: return `${y}/${m}/${d}`; case 2: return `${y}年${m}月${d}日`; case 3: return `${y}.${p2(m)}.${p2(d)}`; case 4: return `${y}${p2(m)}${p2(d)}`; case 5: return `${y}年${p2(m)}月${p2(d)}日`; default: return `${y}-${p2(m)}-${p2(d)}`; }
}
const hms = () => `${p2(ri(8, 18))}:${p2(ri(0, 59))}:${p2(ri(0, 59))}`;
const yuan = (v) => v.toFixed(2);
function daxie(n) { // integer yuan < 1e8 -> 大写
  const D = '零壹贰叁肆伍陆柒捌玖', U = ['', '拾', '佰', '仟'];
  const sec = (x) => { let out = '', zero = false; for (let i = 3; i >= 0; i--) { const dgt = Math.floor(x / 10 ** i) % 10; if (dgt === 0) { zero = out !== ''; continue; } if (zero) out += '零', zero = false; out += D[dgt] + U[i]; } return out; };
  const w = Math.floor(n / 10000), r = n % 10000; let s = '';
  if (w) s += sec(w) + '万';
  if (r) s += (w && r < 1000 ? '零' : '') + sec(r);
  return (s || '零') + '元整';
}
const yuanC = (v) => v.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
function orderNo18(y, m, d) { for (;;) { const b = `${y}${p2(m)}${p2(d)}` + digits(9); const s = b + idCheck(b); if (!validId(s, false)) return s; } }
function serialNo(y, m, d, len) { for (;;) { const s = `${y}${p2(m)}${p2(d)}` + digits(len - 8); if (!(s.startsWith('62') || s.startsWith('81'))) return s; } }
function msTs(y, m, d) { return String(Date.UTC(y, m - 1, d, ri(0, 15), ri(0, 59), ri(0, 59)) + ri(0, 999)); }
function badIdCheck(id) { const c = id[17]; const alts = '0123456789X'.split('').filter((x) => x !== c); return id.slice(0, 17) + pick(alts); }
function badIdDate(p) { for (;;) { const y = p.by; const [m, d] = pick([[2, 30], [2, 31], [13, ri(1, 28)], [0, ri(1, 28)], [ri(1, 12), 0], [4, 31], [6, 31], [9, 31], [11, 31], [2, 29]]); if (realDate(y, m, d)) continue; const b = p.id.slice(0, 6) + y + p2(m) + p2(d) + p.id.slice(14, 17); return b + idCheck(b); } }
function badIdRegion(p) { const b = pick(['00', '99', '20', '96', '70']) + p.id.slice(2, 17); return b + idCheck(b); }
function badIdTypo(p) { // one digit changed, check char kept -> fails MOD 11-2
  for (;;) { const i = ri(0, 16); const ch = String((+p.id[i] + ri(1, 9)) % 10); const s = p.id.slice(0, i) + ch + p.id.slice(i + 1); if (idCheck(s.slice(0, 17)) !== s[17]) return s; }
}
function badIdTransp(p) { for (;;) { const i = ri(6, 15); if (p.id[i] === p.id[i + 1]) continue; const s = p.id.slice(0, i) + p.id[i + 1] + p.id[i] + p.id.slice(i + 2); return s; } }
function s10(pre) { const b = digits(8); const W = [8, 6, 4, 2, 3, 5, 9, 7]; let t = 0; for (let i = 0; i < 8; i++) t += +b[i] * W[i]; let c = 11 - (t % 11); if (c === 10) c = 0; if (c === 11) c = 5; return `${pre}${b}${c}CN`; }
function expressNo() { return pick([() => 'SF' + digits(13), () => s10(pick(['EA', 'EB', 'EM', 'EY'])), () => '7' + pick(['3', '5', '7']) + digits(12), () => 'YT' + digits(13), () => 'JD' + digits(13)])(); }
function qqNo() { return String(ri(2, 9)) + digits(ri(7, 9)); }
function batchNo(pre, dt) { return `${pre}${dt.y}${p2(dt.m)}${p2(dt.d)}${digits(pick([3, 4, 5]))}`; }
function padW(s) { let w = 0; for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? 1 : 2; return w; }
const padR = (s, n) => s + ' '.repeat(Math.max(0, n - padW(s)));
const padL = (s, n) => ' '.repeat(Math.max(0, n - padW(s))) + s;

// ---------------------------------------------------------------- Doc
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.forms = []; }
  E(det, v, w) { const k = det + '|' + v; this.ents.set(k, { detector: det, value: v }); this.dcs.delete(k); this.forms.push({ det, v, w, e: true }); return w; }
  C(det, v, w) { const k = det + '|' + v; if (!this.ents.has(k)) this.dcs.set(k, { detector: det, value: v }); this.forms.push({ det, v, w, e: false }); return w; }
  X(kind, t) { t = String(t); const k = kind + '|' + t; if (!this.decs.has(k)) this.decs.set(k, { kind, text: t }); return t; }
  // names
  N(p, w) { const n = typeof p === 'string' ? p : p.name; return this.E('person_name_zh', n, w ?? n); }
  Tt(p, t) { if (!p.sc) return this.Nc(p); const v = p.sc + t; return this.C('person_name_zh', v, v); }
  Nc(p, w) { const n = typeof p === 'string' ? p : p.name; return this.C('person_name_zh', n, w ?? n); }
  Nsp(p) { const n = typeof p === 'string' ? p : p.name; if (n.length === 2 && chance(0.5)) return this.E('person_name_zh', n, n[0] + pick(['  ', '\u3000', ' ']) + n[1]); return this.N(n); }
  M(p, s = 'bare') { const m = typeof p === 'string' ? p : p.mobile; return this.E('cn_mobile', m, fmtMob(m, s)); }
  I(p, s = 'bare') { const id = typeof p === 'string' ? p : p.id; return this.E('cn_resident_id', id, fmtId(id, s)); }
  B(p, s = 'bare') { const c = typeof p === 'string' ? p : card(p); return this.E('bank_card', c, fmtCard(c, s)); }
  Bc(c, w) { return this.C('bank_card', c, w ?? c); }
  Em(a, w) { const r = this.E('email', a.toLowerCase(), w ?? a); const loc = a.split('@')[0]; if (mobAllocated(loc)) this.E('cn_mobile', loc, loc); return r; } // <mobile>@139.com exposes the mobile too
  T(t, s = 'dash') { return this.E('cn_landline', t, fmtLand(t, s)); }
  U(u) { return this.E('cn_uscc', u, u); }
  P(pp) { return this.E('cn_passport', pp, pp); }
  // common decoys
  co(co, short = false) { return this.X('单位名称', short ? co.short : co.name); }
  dept(x) { return this.X('部门', x ?? pick(DEPTS)); }
  post(x) { return this.X('岗位', x ?? pick(POSTS)); }
  amt(v, kind = '金额', c = false) { return this.X(kind, c ? yuanC(v) : yuan(v)); }
  date(dt, s = 0, kind = '日期') { return this.X(kind, fd(dt, s)); }
}

// the contact line of an HR person: name + phone(s) + mail
function hrSig(d, p, co, o = {}) {
  const L = [];
  L.push(o.sep ?? pick(['--', '———————', '', '-- ']));
  L.push(`${d.N(p)}${pick([' | ', '  ', ' ', '｜'])}${o.dept ?? d.dept(p.dept)} ${d.post(p.post)}`);
  L.push(d.co(co));
  const tel = co.tel.slice(0, -2) + digits(2);
  const ext = chance(0.4) ? pick(['转', '-', ' 分机 ', ' ext.']) + ri(800, 8899) : '';
  if (chance(0.8)) L.push(`${pick(['电话', 'Tel', '座机', '办公电话'])}：${d.T(tel, pick(['dash', 'dash', 'paren', 'sp', 'intl']))}${ext}${chance(0.6) ? `  ${pick(['手机', 'Mob', '手机/微信'])}：${d.M(p, pick(['bare', 'dash', 'sp']))}` : ''}`);
  else L.push(`${pick(['手机', 'M', '手机/微信'])}：${d.M(p, pick(['bare', 'sp']))}`);
  if (chance(0.7)) L.push(`${pick(['邮箱', 'E-mail', 'Email'])}：${d.Em(corpMail(p, co))}`);
  if (chance(0.3)) L.push(`地址：${co.C.c}市${pick(co.C.dist)}${pick(['科技园路', '建设路', '工业大道', '创业路', '文化路'])}${ri(1, 300)}号`);
  return L.join('\n');
}

// ============================================================== kinds
const GEN = {};

// 1. 月缴存明细表
GEN.jcqd = () => {
  const d = new Doc('jcqd'); const co = pick(COS); const y = rYear(), m = ri(1, 12);
  const ps = co.take(ri(5, 32)); const rate = pick([5, 7, 8, 10, 12, 12, 12]); const withMob = chance(0.3);
  const layout = pick(['csv', 'csv', 'tsv', 'pipe', 'fixed']);
  const hN = pick(['姓名', '职工姓名', '姓名']), hI = pick(['身份证号码', '证件号码', '身份证号']), hA = pick(['个人账号', '个人公积金账号', '职工账号', '个人帐号']);
  const head = ['序号', hN, hI, hA, '缴存基数', '单位月缴存额', '个人月缴存额', '月缴存额合计'].concat(withMob ? ['手机号码'] : []).concat(['备注']);
  const rows = []; let sb = 0, sc = 0;
  ps.forEach((p, i) => {
    const c = Math.round((p.base * rate) / 100); sb += p.base; sc += c;
    rows.push([String(i + 1), layout === 'fixed' ? d.Nsp(p) : d.N(p), d.I(p, chance(0.05) ? 'lx' : 'bare'), d.X('个人公积金账号', gjjAcct(p, co)), d.amt(p.base, '缴存基数'), yuan(c), yuan(c), d.amt(2 * c)]
      .concat(withMob ? [d.M(p)] : []).concat([pick(['', '', '', '', '', '新开户', '基数调整', '转入', '补缴另报'])]));
  });
  rows.push(['合计', '', '', '', yuan(sb), yuan(sc), yuan(sc), d.amt(2 * sc)].concat(withMob ? [''] : []).concat(['']));
  const L = [];
  L.push(`${d.co(co)}住房公积金${pick(['月缴存明细表', '汇缴清册', '缴存人员明细'])}`);
  L.push(`单位公积金账号：${d.X('单位公积金账号', co.unitAcct)}    缴存年月：${d.X('缴存年月', pick([`${y}年${p2(m)}月`, `${y}-${p2(m)}`, `${y}${p2(m)}`]))}    单位比例：${rate}%  个人比例：${rate}%`);
  if (layout === 'csv') { L.push(head.join(',')); rows.forEach((r) => L.push(r.join(','))); }
  else if (layout === 'tsv') { L.push(head.join('\t')); rows.forEach((r) => L.push(r.join('\t'))); }
  else if (layout === 'pipe') { L.push('| ' + head.join(' | ') + ' |'); L.push('|' + head.map(() => '---').join('|') + '|'); rows.forEach((r) => L.push('| ' + r.join(' | ') + ' |')); }
  else { const W = [5, 10, 20, 14, 11, 12, 12, 13, 13, 10]; const fmt = (r) => r.map((c, i) => (i >= 4 && i <= 7 ? padL(c, W[i] || 10) : padR(c, W[i] || 10))).join(' '); L.push(fmt(head)); L.push('-'.repeat(110)); rows.forEach((r) => L.push(fmt(r))); }
  const hr = pick(co.hr), fin = pick(co.fin);
  L.push('');
  L.push(`制表人：${d.N(hr)}    复核：${chance(0.5) ? d.dept(pick(['财务部', '财务管理部'])) : d.N(fin)}    单位负责人：${chance(0.5) ? d.X('签章位', '（签章）') : d.post('总经理')}    制表日期：${d.date(rDate(y, m), pick([0, 2, 5]))}`);
  if (chance(0.5)) L.push(`经办人联系电话：${chance(0.5) ? d.M(hr, pick(['bare', 'dash'])) : d.T(co.tel, pick(['dash', 'paren']))}`);
  d.text = L.join('\n'); return d;
};

// 2. 汇缴 / 补缴 batch files
const BJ_REASON = ['入职未及时开户', '基数申报错误', '漏缴', '劳动仲裁裁决补缴', '调动转入未续缴', '试用期未缴', '系统退回后重报'];
GEN.hjbj = () => {
  const d = new Doc('hjbj'); const co = pick(COS); const dt = rDate(); const v = pick(['imp', 'imp', 'bj', 'bjtsv']);
  const L = [];
  if (v === 'imp') {
    const ps = co.take(ri(6, 40)); const rate = pick([12, 10, 8, 5]); const ym = `${dt.y}${p2(dt.m)}`; const pch = batchNo('HJ', dt);
    let tot = 0; const D = [];
    ps.forEach((p, i) => { const c = Math.round((p.base * rate) / 100); tot += 2 * c; D.push(['D', String(i + 1).padStart(4, '0'), d.X('个人公积金账号', gjjAcct(p, co)), d.N(p), '01', d.I(p), yuan(p.base), yuan(c), yuan(c), ym, ym].join('|')); });
    L.push(['H', d.X('单位公积金账号', co.unitAcct), d.co(co), d.X('缴存年月', ym), String(ps.length), d.amt(tot), d.X('批次号', pch)].join('|'));
    L.push(...D); L.push(['T', String(ps.length), yuan(tot)].join('|'));
  } else {
    const ps = co.take(ri(2, 12)); const pch = batchNo(pick(['BJ', 'BJ-', 'GJJBJ']), dt); const sep = v === 'bj' ? ',' : '\t';
    L.push(pick(['住房公积金补缴清单', '住房公积金补缴明细（单位申报）', '补缴人员名单']));
    L.push(`单位名称：${d.co(co)}${sep === ',' ? '' : '\t'}  单位账号：${d.X('单位公积金账号', co.unitAcct)}  补缴批次：${d.X('批次号', pch)}`);
    L.push(['序号', '姓名', '身份证号', '个人账号', '补缴起始年月', '补缴终止年月', '月缴存基数', '月缴存额', '月数', '补缴金额', '补缴原因'].join(sep));
    let tot = 0;
    ps.forEach((p, i) => {
      const sy = dt.y - ri(1, 2), sm = ri(1, 12), n = ri(1, 12); const ey = sy + Math.floor((sm - 1 + n - 1) / 12), em = ((sm - 1 + n - 1) % 12) + 1;
      const c = Math.round(p.base * 0.24); tot += c * n;
      L.push([String(i + 1), d.N(p), d.I(p, chance(0.08) ? 'lx' : 'bare'), d.X('个人公积金账号', gjjAcct(p, co)), d.X('月份', `${sy}${p2(sm)}`), d.X('月份', `${ey}${p2(em)}`), d.amt(p.base, '缴存基数'), yuan(c), String(n), d.amt(c * n), pick(BJ_REASON)].join(sep));
    });
    L.push(['合计', '', '', '', '', '', '', '', '', yuan(tot), ''].join(sep));
    const hr = pick(co.hr);
    L.push(`经办人：${d.N(hr)}  联系电话：${d.M(hr)}  ${chance(0.5) ? `单位电话：${d.T(co.tel)}` : ''}`);
    if (chance(0.4)) L.push(`备注：补缴资金已于${d.date(dt, 2)}由单位账户 ${d.X('单位银行账号', co.bankAcct)}（${d.X('开户行', co.bank)}）转入，请核。`);
  }
  d.text = L.join('\n'); return d;
};

// 3. 开户批量 (templates and 回执)
function passportPerson() { const p = mkPerson({ yMin: 1975, yMax: 1998, noMinor: true }); p.pp = genPassport(); p.idType = '护照'; return p; }
function permitPerson() { const g = chance(0.5) ? 'M' : 'F'; const p = mkPerson({ gender: g, yMin: 1978, yMax: 1999, noMinor: true }); p.id = genId(p.gender, p.by, pick(['810000', '820000', '830000'])); p.idType = '港澳台居民居住证'; return p; }
GEN.khpl = () => {
  const d = new Doc('khpl'); const co = pick(COS); const dt = rDate(); const v = wpick([['tpl', 5], ['ret', 3], ['bank', 2]]); const L = [];
  if (v === 'tpl') {
    const ps = co.take(ri(3, 18)); if (chance(0.55)) ps.splice(ri(0, ps.length), 0, passportPerson()); if (chance(0.2)) ps.splice(ri(0, ps.length), 0, permitPerson());
    const sep = pick([',', '\t']); const withMail = chance(0.35);
    L.push(`个人账户设立（开户）批量导入模板${chance(0.5) ? '（请勿修改表头）' : ''}`);
    L.push(`单位名称：${d.co(co)}${sep}单位公积金账号：${d.X('单位公积金账号', co.unitAcct)}${sep}导入批次：${d.X('批次号', batchNo('KH', dt))}`);
    L.push(['序号', '姓名*', '证件类型*', '证件号码*', '性别', '出生日期', '手机号码*', withMail ? '电子邮箱' : null, '银行卡号', '开户银行', '月缴存基数', '参加工作日期'].filter(Boolean).join(sep));
    ps.forEach((p, i) => {
      const bd = { y: p.by, m: +p.id.slice(10, 12), d: +p.id.slice(12, 14) };
      let zjlx, zjhm;
      if (p.idType === '护照') { zjlx = '护照'; zjhm = d.P(p.pp); }
      else if (p.idType) { zjlx = p.idType; zjhm = d.C('cn_resident_id', p.id, p.id); }
      else { zjlx = pick(['身份证', '居民身份证', '01-身份证']); zjhm = d.I(p, chance(0.06) ? 'lx' : 'bare'); }
      card(p);
      L.push([String(i + 1), d.N(p), zjlx, zjhm, GENDER(p), d.X('出生日期', fd(bd, pick([0, 1]))), d.M(p), withMail ? d.Em(pmail(p)) : null, d.B(p), d.X('开户行', branch(p.bankObj, co.C)), d.amt(p.base, '缴存基数'), d.date(rDate(ri(2005, dt.y - 1)), 0, '参加工作日期')].filter((x) => x !== null).join(sep));
    });
    const hr = pick(co.hr);
    L.push(`填报人：${d.N(hr)}${sep}联系方式：${d.M(hr)}${sep}填报日期：${d.date(dt)}`);
  } else if (v === 'ret') {
    const ps = co.take(ri(5, 20)); const pch = batchNo('KH', dt);
    const fail = new Map(); const nf = ri(1, Math.min(6, ps.length - 1));
    for (let k = 0; k < nf; k++) fail.set(ps[ri(0, ps.length - 1)], pick(['chk', 'date', 'region', 'mob', 'mob', 'card', 'dup', 'name', 'typo']));
    L.push(`${d.X('中心名称', co.C.fund)} 个人开户批量业务处理结果`);
    L.push(`批次号：${d.X('批次号', pch)}   单位账号：${d.X('单位公积金账号', co.unitAcct)}   单位名称：${d.co(co)}`);
    L.push(`受理日期：${d.date(dt)}   总笔数：${ps.length}   成功：${ps.length - fail.size}   失败：${fail.size}`);
    L.push('');
    L.push(['序号', '姓名', '证件号码', '手机号码', '个人账号', '处理结果', '失败原因'].join('|'));
    ps.forEach((p, i) => {
      const f = fail.get(p); const nm = d.N(p);
      const id = f === 'chk' ? d.X('无效身份证号(校验位)', badIdCheck(p.id)) : f === 'typo' ? d.X('无效身份证号(录入错误)', badIdTypo(p)) : f === 'date' ? d.X('无效身份证号(日期)', badIdDate(p)) : f === 'region' ? d.X('无效身份证号(地区码)', badIdRegion(p)) : d.I(p);
      const mob = f === 'mob' ? (chance(0.5) ? d.X('无效手机号(号段)', badMobile()) : d.X('手机号位数错误', chance(0.5) ? p.mobile.slice(0, 10) : p.mobile + String(ri(0, 9)))) : d.M(p);
      const acct = f ? '' : d.X('个人公积金账号', gjjAcct(p, co)); const res = f ? '失败' : '成功';
      const why = !f ? '' : ({ chk: '证件号码校验位错误', typo: '证件号码不合法，请核对', date: '出生日期无效', region: '行政区划代码不存在', mob: '手机号码格式不正确', name: '姓名与证件号码不一致（公安核查）' })[f]
        || (f === 'dup' ? `该证件号码已在其他单位开户，原单位：${d.co(pick(COS.filter((c) => c !== co)))}` : `银行卡号${d.Bc(badCard(card(p)))}未通过校验`);
      L.push([String(i + 1), nm, id, mob, acct, res, why].join('|'));
    });
    L.push('');
    L.push(`说明：失败记录请修改后重新导入。如有疑问请咨询${d.X('服务热线', '12329')}。`);
  } else {
    const ps = co.take(ri(4, 15)); const b = wpick(BANK_W); const sep = pick([',', '\t', '|']);
    L.push(`${d.X('开户行', b.bank)}社保公积金联名卡批量申请表`);
    L.push(`单位：${d.co(co)}${sep}单位经办人：${d.N(co.hr[0])}${sep}电话：${d.T(co.tel, pick(['dash', 'bare']))}${sep}日期：${d.date(dt, 2)}`);
    L.push(['序号', '客户姓名', '性别', '证件号码', '证件有效期', '移动电话', '电子邮箱', '通讯地址', '邮编'].join(sep));
    ps.forEach((p, i) => {
      const exp = chance(0.1) ? '长期' : d.X('证件有效期', `${ri(2026, 2044)}.${p2(ri(1, 12))}.${p2(ri(1, 28))}`);
      const mail = chance(0.7) ? d.Em(pmail(p)) : '';
      L.push([String(i + 1), d.N(p), GENDER(p), d.I(p), exp, d.M(p), mail, `${co.C.c}市${pick(co.C.dist)}${pick(['幸福', '和平', '人民', '育才', '光明'])}路${ri(1, 200)}号${ri(1, 30)}-${ri(1, 6)}-${ri(101, 2802)}`, d.X('邮政编码', `${POST[co.city]}${digits(3)}`)].join(sep));
    });
  }
  d.text = L.join('\n'); return d;
};

// 4. 提取申请
const TQ_REASON = ['购买自住住房', '租赁住房', '偿还住房公积金贷款本息', '离职', '退休', '偿还商业住房贷款本息', '大病医疗', '既有住宅加装电梯'];
GEN.tqsq = () => {
  const d = new Doc('tqsq'); const co = pick(COS); const p = pick(co.staff.slice(5)); const dt = rDate(); const reason = pick(TQ_REASON);
  const lay = pick(['kv', 'kv', 'box', 'web']); const sepc = lay === 'web' ? ': ' : '：';
  const F = []; const kv = (k, v) => F.push([k, v]);
  kv(pick(['申请编号', '业务流水号']), chance(0.5) ? d.X('业务编号', batchNo('TQ', dt)) : d.X('业务流水号(18位)', orderNo18(dt.y, dt.m, dt.d)));
  kv(pick(['申请人姓名', '姓名', '职工姓名']), d.N(p));
  kv('性别', GENDER(p));
  kv('证件类型', '居民身份证');
  const pdf = lay === 'kv' && chance(0.25);
  kv(pick(['证件号码', '身份证号码', '身份证号']), d.I(p, lay === 'web' ? 'bare' : pdf ? 'split' : idCasual()));
  kv(pick(['个人公积金账号', '个人账号', '公积金帐号']), d.X('个人公积金账号', gjjAcct(p, co)));
  kv('单位名称', d.co(co));
  kv('单位账号', d.X('单位公积金账号', co.unitAcct));
  kv('提取原因', reason);
  const bal = ri(8000, 260000) + ri(0, 99) / 100; const amt = Math.min(bal, ri(5, 200) * 500);
  kv('账户余额（元）', d.amt(bal, '金额', chance(0.5)));
  kv(pick(['本次提取金额（元）', '提取金额', '申请提取金额']), d.amt(amt, '金额', chance(0.5)));
  if (reason === '购买自住住房') {
    kv('售房人', d.X('单位名称', pick(['北京金地置业有限公司', '万科（成都）房地产开发有限公司', '上海绿地龙湖置业有限公司', '杭州滨江房产集团股份有限公司', '南京金陵城建房地产开发有限公司', '武汉高新置业有限公司'])));
    kv('购房合同编号', d.X('合同编号', `${pick(['Y', 'X', 'W'])}${dt.y}-${digits(7)}`));
    kv('房屋坐落', `${co.C.c}市${pick(co.C.dist)}${pick(['紫金', '锦绣', '阳光', '滨河', '翠湖'])}${pick(['花园', '家园', '名苑', '府'])}${ri(1, 30)}号楼${ri(1, 6)}单元${ri(101, 2806)}室`);
    kv('房屋总价（元）', d.amt(ri(80, 900) * 10000, '金额', true));
    if (chance(0.6)) { const sp = mkPerson({ gender: p.gender === 'M' ? 'F' : 'M', by: p.by + ri(-3, 3) }); kv('配偶姓名', d.N(sp)); kv('配偶身份证号', d.I(sp)); if (chance(0.5)) kv('配偶联系电话', d.M(sp)); }
  } else if (reason === '租赁住房') {
    if (chance(0.6)) { const ll = mkPerson({ yMin: 1955, yMax: 1985 }); kv('出租人姓名', d.N(ll)); kv('出租人身份证号', d.I(ll)); if (chance(0.4)) kv('出租人电话', d.M(ll)); }
    else kv('出租方', d.X('单位名称', pick(['北京自如生活资产管理有限公司', '上海链家房地产经纪有限公司', '深圳市泊寓公寓管理有限公司', '杭州相寓房屋租赁有限公司'])));
    kv('租赁合同编号', d.X('合同编号', `ZL${dt.y}${digits(6)}`));
    kv('月租金（元）', d.amt(ri(15, 90) * 100));
  } else if (reason === '偿还住房公积金贷款本息' || reason === '偿还商业住房贷款本息') {
    kv('贷款合同号', d.X('合同编号', `${dt.y - ri(1, 8)}${co.C.pre}公贷字第${digits(5)}号`));
    kv('贷款银行', d.X('开户行', branch(wpick(BANK_W), co.C)));
  } else if (reason === '离职') {
    kv('离职日期', d.date(rDate(dt.y, Math.max(1, dt.m - ri(0, 6))), pick([0, 2])));
    const ht = pick(HOMETOWN); kv('户籍所在地', `${ht[0]}${ht[1]}${ht[2]}`);
  } else if (reason === '退休') {
    kv('退休日期', d.date(rDate(dt.y, dt.m), 2));
  }
  card(p);
  kv('收款人', d.N(p));
  kv('收款银行', d.X('开户行', branch(p.bankObj, co.C)));
  kv(pick(['收款账号', '银行卡号', '收款卡号']), d.B(p, lay === 'box' ? 'sp4' : pdf ? 'split' : cardCasual()));
  kv(pick(['联系电话', '手机号码', '手机']), d.M(p, lay === 'web' ? 'bare' : mobCasual()));
  if (lay === 'web' || chance(0.3)) kv('电子邮箱', d.Em(pmail(p)));
  const L = [];
  L.push(`${d.X('中心名称', co.C.fund)}`);
  L.push(pick(['住房公积金提取申请表', '住房公积金提取申请审批表', '个人住房公积金提取申请书（网上业务打印件）']));
  if (lay === 'box') { L.push('┌' + '─'.repeat(40) + '┐'); F.forEach(([k, v]) => L.push(`│ ${padR(k, 18)}│ ${v}`)); L.push('└' + '─'.repeat(40) + '┘'); }
  else if (lay === 'web') { L.push('=== 业务信息 ==='); F.forEach(([k, v]) => L.push(`【${k}】${v}`)); L.push(`提交时间${sepc}${fd(dt)} ${hms()}  渠道${sepc}网上业务大厅`); }
  else F.forEach(([k, v]) => L.push(`${k}${sepc}${v}`));
  L.push('');
  L.push(`本人承诺以上所填信息及提供材料真实有效，如有虚假愿承担相应法律责任。`);
  L.push(`申请人（签字）：${d.N(p)}        ${fd(dt, 2)}`);
  const clerk = mkPerson({ yMin: 1975, yMax: 1995 });
  L.push(`以下由${chance(0.5) ? '中心' : '受理网点'}填写：`);
  L.push(`受理人：${chance(0.5) ? d.N(clerk) : d.X('岗位', pick(CENTRE_POSTS))}   复核：${d.X('岗位', pick(CENTRE_POSTS))}   审批意见：${pick(['同意', '同意提取', '材料齐全，同意'])}`);
  d.text = L.join('\n'); return d;
};

// 5. 公积金贷款档案, with co-borrowers
GEN.dkda = () => {
  const d = new Doc('dkda'); const co = pick(COS); const dt = rDate(); const old = chance(0.25); const lay = old ? 'old' : pick(['kv', 'kv', 'json']);
  const b = pick(co.staff.slice(5)); const sp = mkPerson({ gender: b.gender === 'M' ? 'F' : 'M', by: b.by + ri(-4, 4) });
  const parent = chance(0.35) ? mkPerson({ gender: chance(0.5) ? 'M' : 'F', by: b.by - ri(24, 32), sur: b.sc ? [b.sc, b.s] : undefined }) : null;
  const guar = chance(0.3) ? mkPerson({ yMin: 1965, yMax: 1990 }) : null;
  const loan = ri(20, 120) * 10000, term = pick([120, 180, 240, 300, 360]), rate = pick(['2.85%', '3.10%', '3.25%', '2.60%']);
  const dev = pick(['北京金地置业有限公司', '华润置地（成都）发展有限公司', '保利（武汉）房地产开发有限公司', '招商蛇口（南京）置业有限公司', '龙湖地产（重庆）有限公司', '杭州滨江房产集团股份有限公司']);
  const L = [];
  if (lay === 'json') {
    card(b);
    const o = {
      loanApplyNo: d.X('业务编号', batchNo('DK', dt)), bizSerialNo: d.X('业务流水号(18位)', orderNo18(dt.y, dt.m, dt.d)), status: pick(['审批通过', '已放款', '待面签']), centre: d.X('中心名称', co.C.fund),
      borrower: { name: d.N(b), idType: '01', idNo: d.I(b), mobile: d.M(b), email: chance(0.5) ? d.Em(pmail(b)) : null, employer: d.co(co), fundAccount: d.X('个人公积金账号', gjjAcct(b, co)), monthlyIncome: d.amt(ri(60, 350) * 100), marital: '已婚' },
      coBorrowers: [{ relation: '配偶', name: d.N(sp), idNo: d.I(sp), mobile: d.M(sp) }],
      house: { seller: d.X('单位名称', dev), contractNo: d.X('合同编号', `${pick(['Y', 'X'])}${dt.y}-${digits(7)}`), totalPrice: ri(150, 900) * 10000, area: +(ri(600, 1600) / 10).toFixed(1) },
      loan: { amount: loan, termMonths: term, rate, repayMethod: pick(['等额本息', '等额本金']) },
      repayAccount: { holder: d.N(b), bank: d.X('开户行', branch(b.bankObj, co.C)), cardNo: d.B(b) },
      handler: chance(0.5) ? d.X('岗位', pick(CENTRE_POSTS)) : d.N(mkPerson({})),
    };
    if (parent) o.coBorrowers.push({ relation: pick(['父亲', '母亲']), name: d.N(parent), idNo: d.I(parent), mobile: d.M(parent) });
    if (guar) o.guarantor = { name: d.N(guar), idNo: d.I(guar), phone: d.M(guar) };
    if (!o.borrower.email) delete o.borrower.email;
    L.push(JSON.stringify(o, null, 2));
    d.text = L.join('\n'); return d;
  }
  const odt = old ? rDate(ri(2003, 2009)) : dt;
  const idf = (q) => {
    if (old && q.by < 1985 && chance(0.7)) { const s15 = q.id.slice(0, 6) + q.id.slice(8, 17); return d.E('cn_resident_id', q.id, s15); }
    return d.I(q, idCasual());
  };
  L.push(`${old ? '（档案扫描件录入）' : ''}个人住房公积金贷款申请审批表`);
  L.push(`贷款编号：${d.X('合同编号', `${odt.y}${co.C.pre}公贷字第${digits(5)}号`)}    受理日期：${d.date(odt, 2)}`);
  L.push('一、借款人信息');
  L.push(`借款人姓名：${d.N(b)}  性别：${GENDER(b)}  出生日期：${d.X('出生日期', `${b.by}年${+b.id.slice(10, 12)}月${+b.id.slice(12, 14)}日`)}`);
  L.push(`身份证号码：${idf(b)}`);
  L.push(`工作单位：${d.co(co)}   职务：${d.post(b.post)}   月收入：${d.amt(ri(60, 350) * 100)}元`);
  L.push(`公积金账号：${d.X('个人公积金账号', gjjAcct(b, co))}   ${old && chance(0.5) ? `住宅电话：${d.T(genLand(co.city))}` : `手机：${d.M(b, mobCasual())}`}`);
  if (!old && chance(0.5)) L.push(`电子邮箱：${d.Em(pmail(b))}`);
  L.push('二、共同借款人信息');
  L.push(`共同借款人（配偶）：${d.N(sp)}   身份证号码：${idf(sp)}   联系电话：${d.M(sp, mobCasual())}`);
  L.push(`工作单位：${d.X('单位名称', pick(COS).name)}`);
  if (parent) L.push(`共同借款人（${parent.gender === 'M' ? '父亲' : '母亲'}）：${d.N(parent)}  身份证：${idf(parent)}  电话：${d.M(parent)}`);
  if (guar) L.push(`三、保证人：${d.N(guar)}  证件号码：${idf(guar)}  手机：${d.M(guar)}`);
  L.push(`${guar ? '四' : '三'}、购房及贷款信息`);
  L.push(`售房单位：${d.X('单位名称', dev)}${old ? `  营业执照注册号：${d.X('工商注册号', (() => { for (;;) { const s = co.C.num + '0000' + digits(9); if (!validLegacy(s)) return s; } })())}` : ''}`);
  L.push(`房屋总价：${d.amt(ri(40, 900) * 10000, '金额', true)}元  首付款：${d.amt(ri(10, 300) * 10000, '金额', true)}元  申请贷款金额：${d.amt(loan, '金额', true)}元（大写${daxie(loan)}，即${d.X('非姓名词', `${loan / 10000}万元`)}）  期限：${term}个月  利率：${rate}`);
  card(b);
  L.push(`还款方式：${pick(['等额本息', '等额本金'])}  还款账户户名：${d.N(b)}  账号：${d.B(b, pick(['bare', 'sp4']))}  开户行：${d.X('开户行', branch(b.bankObj, co.C))}`);
  const lo = mkPerson({ yMin: 1975, yMax: 1995 });
  L.push(`受理人：${d.N(lo)}  初审：${d.X('岗位', pick(CENTRE_POSTS))}  审批：${d.X('岗位', '贷款科')}${old ? '' : `  受理网点电话：${d.T(genLand(co.city))}`}`);
  d.text = L.join('\n'); return d;
};

// 6. 社保增员 / 减员
GEN.zjyj = () => {
  const d = new Doc('zjyj'); const co = pick(COS); const dt = rDate(); const add = chance(0.6); const ps = co.take(ri(2, 20)); const sep = pick([',', '\t', '|']);
  const L = [];
  L.push(`${co.C.c}市社会保险参保人员${add ? '增员' : '减员'}${pick(['表', '申报表', '明细'])}`);
  L.push(`单位名称：${d.co(co)}${sep}单位社保编号：${d.X('社保单位编号', co.ssUnit)}${sep}申报月份：${d.X('月份', `${dt.y}${p2(dt.m)}`)}`);
  const head = add ? ['序号', '个人社保编号', '姓名', '性别', '民族', '公民身份号码', '户口性质', '参保险种', '月缴费工资', '增员原因', '参保日期', '联系电话'] : ['序号', '个人社保编号', '姓名', '公民身份号码', '减员原因', '减员日期', '备注'];
  L.push(head.join(sep));
  ps.forEach((p, i) => {
    if (add) L.push([String(i + 1), d.X('社保个人编号', ssNo(p)), d.N(p), GENDER(p), NATION_OF(p), d.I(p), pick(['本市城镇', '本市农村', '外埠城镇', '外埠农村']), pick(['养老/医疗/失业/工伤/生育', '五险', '养老、医疗、失业、工伤']), d.amt(p.base, '缴费基数'), pick(['新参统', '转入', '新招录', '续保', '调入']), d.date(rDate(dt.y, dt.m), 0), chance(0.85) ? d.M(p, chance(0.9) ? 'bare' : 'dash') : ''].join(sep));
    else L.push([String(i + 1), d.X('社保个人编号', ssNo(p)), d.N(p), d.I(p), pick(['解除劳动合同', '个人原因辞职', '退休', '转出', '死亡', '合同到期不续签']), d.date(rDate(dt.y, dt.m), 0), pick(['', '', '已结清工资', '档案已转', '减员次月起停缴'])].join(sep));
  });
  const hr = pick(co.hr);
  L.push(`单位经办人：${d.N(hr)}${sep}联系电话：${chance(0.5) ? d.M(hr) : d.T(co.tel)}${sep}单位公章：${d.X('签章位', '（盖章）')}`);
  d.text = L.join('\n'); return d;
};

// 7. 医保 / 补充医疗报销清单
GEN.ybbx = () => {
  const d = new Doc('ybbx'); const co = pick(COS); const dt = rDate(); const L = []; const lay = pick(['list', 'list', 'single']);
  const inv = () => d.X(pick(['票据号码', '发票号码']), chance(0.5) ? digits(8) : '00' + digits(8));
  if (lay === 'list') {
    const ps = co.take(ri(4, 16)); const sep = pick([',', '\t']);
    L.push(`${d.co(co)}${dt.y}年第${Math.ceil(dt.m / 3)}季度职工补充医疗费用报销明细`);
    L.push(['序号', '部门', '员工姓名', '就诊人', '关系', '社会保障号码', '就诊医院', '就诊日期', '票据号', '医疗费总额', '统筹支付', '个人自付', '报销金额', '收款卡号'].join(sep));
    let i = 0;
    for (const p of ps) {
      const fam = chance(0.35); let pat = p, rel = '本人';
      if (fam) { rel = pick(['子女', '配偶', '子女']); pat = rel === '子女' ? mkPerson({ by: Math.min(2022, p.by + ri(25, 35)), kid: !!p.sc, sur: p.sc ? [p.sc, p.s] : undefined }) : mkPerson({ gender: p.gender === 'M' ? 'F' : 'M', by: p.by + ri(-3, 3) }); }
      const tot = ri(200, 30000) + ri(0, 99) / 100, tc = +(tot * 0.6).toFixed(2), zf = +(tot - tc).toFixed(2), bx = +(zf * 0.8).toFixed(2);
      card(p);
      L.push([String(++i), d.dept(p.dept), d.N(p), d.N(pat), rel, d.I(pat), d.X('医院', pick(co.C.hosp)), d.date(rDate(dt.y, Math.max(1, dt.m - ri(0, 2))), 0), inv(), d.amt(tot), yuan(tc), yuan(zf), d.amt(bx), i % 2 ? d.B(p) : d.B(p, 'bare')].join(sep));
    }
    const fin = pick(co.fin);
    L.push(`制表：${d.N(fin)}  审核：${d.dept('人力资源部')}  ${fd(dt, 2)}`);
  } else {
    const p = pick(co.staff.slice(5)); card(p);
    L.push(`${co.C.c}市基本医疗保险参保人员医疗费用手工报销申请表`);
    L.push(`参保人姓名：${d.N(p)}     性别：${GENDER(p)}     社会保障卡号：${d.X('社保卡号', ssCard(p))}`);
    L.push(`公民身份号码：${d.I(p, idCasual())}`);
    L.push(`参保单位：${d.co(co)}     单位编号：${d.X('社保单位编号', co.ssUnit)}`);
    L.push(`就诊医院：${d.X('医院', pick(co.C.hosp))}     就诊类别：${pick(['门诊', '急诊', '住院'])}     就诊日期：${d.date(rDate(dt.y, dt.m), 3)}`);
    L.push(`医疗费用总额：${d.amt(ri(500, 60000))}元   其中医保结算单号：${d.X('结算单号', serialNo(dt.y, dt.m, ri(1, 28), 16))}`);
    L.push(`票据张数：${ri(1, 9)}张   票据号码：${inv()}、${inv()}`);
    L.push(`支付方式：转入本人社会保障卡金融账户 / 银行卡`);
    L.push(`银行：${d.X('开户行', branch(p.bankObj, co.C))}   卡号：${d.B(p, cardCasual())}`);
    L.push(`联系电话：${d.M(p, mobCasual())}`);
    L.push(`申请人签字：${d.N(p)}    代办人：${chance(0.5) ? d.N(pick(co.hr)) : d.X('签章位', '（无）')}    申请日期：${fd(dt, 2)}`);
  }
  d.text = L.join('\n'); return d;
};

// 8. 养老金发放批次 — fixed-width bank files
GEN.ylj = () => {
  const d = new Doc('ylj'); const cityKey = pick(Object.keys(CITY)); const C = CITY[cityKey]; const dt = rDate(); const n = ri(6, 36); const L = [];
  const lay = pick(['fw', 'fw', 'csv']); const pch = batchNo('YL', dt); const b = wpick(BANK_W);
  const ps = []; for (let i = 0; i < n; i++) { const p = mkPerson({ yMin: 1938, yMax: 1964 }); p.bankObj = b; p.card = genCard(b); ps.push(p); }
  let tot = 0; const amts = ps.map(() => { const a = ri(2200, 9800) + ri(0, 99) / 100; tot += a; return a; });
  if (lay === 'fw') {
    L.push(`H${d.X('批次号', pch)} ${d.X('委托单位编码', C.num + digits(6))} ${fd(dt, 4)} ${String(n).padStart(6, '0')} ${d.X('金额(分)', String(Math.round(tot * 100)).padStart(15, '0'))}`);
    ps.forEach((p, i) => {
      const nm = chance(0.3) && p.name.length === 2 ? d.E('person_name_zh', p.name, p.name[0] + '\u3000' + p.name[1]) : d.N(p);
      L.push(`D${String(i + 1).padStart(6, '0')} ${padR(d.B(p), 19)} ${padR(nm, 20)} ${d.I(p)} ${d.X('金额(分)', String(Math.round(amts[i] * 100)).padStart(12, '0'))} ${padR(pick(['基本养老金', '养老金', '过渡性养老金', '基本养老金补发']), 16)} ${dt.y}${p2(dt.m)}`);
    });
    L.push(`T${String(n).padStart(6, '0')} ${String(Math.round(tot * 100)).padStart(15, '0')} END`);
  } else {
    L.push(`${d.X('中心名称', C.ss)} 养老金社会化发放明细   发放月份：${d.X('月份', `${dt.y}年${dt.m}月`)}   代发银行：${d.X('开户行', b.bank)}`);
    L.push('序号,姓名,社会保障号码,银行账号,发放金额,备注');
    ps.forEach((p, i) => L.push([i + 1, d.N(p), d.I(p), d.B(p), d.amt(amts[i]), pick(['', '', '', '调待补发', '待遇重算', '生存认证已完成'])].join(',')));
    L.push(`合计,,,,${d.amt(tot)},`);
  }
  d.text = L.join('\n'); return d;
};

// 9. 银行代发回盘 (提取转账 / 代发)
GEN.dfhp = () => {
  const d = new Doc('dfhp'); const co = pick(COS); const dt = rDate(); const ps = co.take(ri(5, 24)); const L = []; const sep = pick(['|', ',']);
  L.push(`${d.X('开户行', branch(wpick(BANK_W), co.C))} 批量代付回盘文件`);
  L.push(`委托单位${sep === '|' ? '|' : '：'}${d.X('中心名称', co.C.fund)}${sep}业务类型：${pick(['提取转账', '提取批量付款', '公积金提取代付'])}${sep}批次号：${d.X('批次号', batchNo('DF', dt))}`);
  L.push(['序号', '收款账号', '收款户名', '金额', '处理状态', '银行流水号', '失败原因'].join(sep));
  ps.forEach((p, i) => {
    card(p); const f = chance(0.12) ? pick(['name', 'acct', 'closed']) : null;
    const acct = f === 'acct' ? d.Bc(badCard(p.card)) : d.B(p); const nm = d.N(p); const st = f ? '失败' : '成功';
    const why = !f ? '' : f === 'acct' ? '账号不存在' : f === 'name' ? '户名与账号不符' : '账户已销户或冻结';
    L.push([String(i + 1), acct, nm, d.amt(ri(2000, 120000) + ri(0, 99) / 100), st, d.X('交易流水号', serialNo(dt.y, dt.m, dt.d, pick([19, 20]))), why].join(sep));
  });
  L.push(`总笔数${sep}${ps.length}${sep}处理日期${sep}${d.date(dt, 4, '日期')}`);
  d.text = L.join('\n'); return d;
};

// 10. XML to the fund centre / 社保
GEN.xml = () => {
  const d = new Doc('xml'); const co = pick(COS); const dt = rDate(); const ps = co.take(ri(2, 10)); const L = []; const v = pick(['kh', 'hj', 'en']);
  const hr = pick(co.hr); const ts = `${fd(dt, 4)}${hms().replace(/:/g, '')}`;
  L.push(`<?xml version="1.0" encoding="${pick(['UTF-8', 'GBK'])}"?>`);
  if (v === 'en') {
    L.push('<SocialInsuranceRequest>');
    L.push(`  <header><bizType>ADD_MEMBER</bizType><unitCode>${d.X('社保单位编号', co.ssUnit)}</unitCode><unitName>${d.co(co)}</unitName><uscc>${d.U(co.uscc)}</uscc><operator>${d.N(hr)}</operator><operatorPhone>${d.M(hr)}</operatorPhone><submitTime>${d.X('时间戳', ts)}</submitTime></header>`);
    L.push('  <members>');
    for (const p of ps) { L.push(`    <member seq="${ps.indexOf(p) + 1}">`); L.push(`      <name>${d.N(p)}</name><gender>${p.gender === 'M' ? 1 : 2}</gender><idCardNo>${d.I(p)}</idCardNo><mobilePhone>${d.M(p)}</mobilePhone>${chance(0.6) ? `<email>${d.Em(pmail(p))}</email>` : ''}<wageBase>${d.amt(p.base, '缴费基数')}</wageBase>`); L.push('    </member>'); }
    L.push('  </members>'); L.push('</SocialInsuranceRequest>');
  } else {
    L.push('<GJJ>');
    L.push('  <HEAD>'); L.push(`    <JYM>${v === 'kh' ? 'GR1001' : 'DW2001'}</JYM>`); L.push(`    <DWZH>${d.X('单位公积金账号', co.unitAcct)}</DWZH>`); L.push(`    <DWMC>${d.co(co)}</DWMC>`); L.push(`    <PCH>${d.X('批次号', batchNo(v === 'kh' ? 'KH' : 'HJ', dt))}</PCH>`);
    L.push(`    <JBRXM>${d.N(hr)}</JBRXM>`); L.push(`    <JBRSJH>${d.M(hr)}</JBRSJH>`); L.push(`    <TJSJ>${d.X('时间戳', ts)}</TJSJ>`); L.push('  </HEAD>'); L.push('  <BODY>');
    ps.forEach((p, i) => {
      L.push('    <ROW>');
      L.push(`      <XH>${i + 1}</XH>`); L.push(`      <XINGMING>${d.N(p)}</XINGMING>`); L.push(`      <ZJLX>01</ZJLX>`); L.push(`      <ZJHM>${d.I(p)}</ZJHM>`);
      if (v === 'kh') { card(p); L.push(`      <SJHM>${d.M(p)}</SJHM>`); L.push(`      <YHKH>${d.B(p)}</YHKH>`); L.push(`      <KHYHMC>${d.X('开户行', branch(p.bankObj, co.C))}</KHYHMC>`); L.push(`      <GRJCJS>${d.amt(p.base, '缴存基数')}</GRJCJS>`); }
      else { L.push(`      <GRZH>${d.X('个人公积金账号', gjjAcct(p, co))}</GRZH>`); L.push(`      <JCJS>${d.amt(p.base, '缴存基数')}</JCJS>`); L.push(`      <YJCE>${d.amt(Math.round(p.base * 0.24))}</YJCE>`); L.push(`      <HJNY>${d.X('缴存年月', `${dt.y}${p2(dt.m)}`)}</HJNY>`); }
      L.push('    </ROW>');
    });
    L.push('  </BODY>'); L.push('</GJJ>');
  }
  d.text = L.join('\n'); return d;
};

// 11. e-mails
function mailHead(d, from, fromCo, tos, ccs, subj, dt, en) {
  const nm = (x) => (x.disp ? d.dept(x.disp) : x.p ? d.N(x.p) : '');
  const addr = (x) => d.Em(x.a);
  const one = (x) => (x.p || x.disp ? `${nm(x)} <${addr(x)}>` : addr(x));
  const L = [];
  if (en) {
    L.push(`From: ${one(from)}`); L.push(`To: ${tos.map(one).join(', ')}`); if (ccs.length) L.push(`Cc: ${ccs.map(one).join(', ')}`);
    L.push(`Date: ${['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(Date.UTC(dt.y, dt.m - 1, dt.d)).getUTCDay()]}, ${dt.d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][dt.m - 1]} ${dt.y} ${hms()} +0800`); L.push(`Subject: ${subj}`);
  } else {
    L.push(`发件人：${one(from)}`); L.push(`收件人：${tos.map(one).join('; ')}`); if (ccs.length) L.push(`抄送：${ccs.map(one).join('; ')}`);
    L.push(`发送时间：${fd(dt, 2)} ${hms().slice(0, 5)}`); L.push(`主题：${subj}`);
  }
  L.push('');
  return L.join('\n');
}
GEN.mail = () => {
  const d = new Doc('mail'); const co = pick(COS); const dt = rDate(); const hr = pick(co.hr); const en = chance(0.35); const v = pick(['notice', 'reply', 'bank', 'centre', 'list', 'fwd', 'reply']);
  const L = []; const hrX = { p: hr, a: corpMail(hr, co) }; const hrBox = { disp: pick(['人力资源部', '人事行政部']), a: pick(['hr', 'renshi', 'hrss', 'shebao']) + '@' + co.domain };
  if (v === 'notice') {
    const ps = co.take(ri(2, 6));
    L.push(mailHead(d, chance(0.5) ? hrX : hrBox, co, ps.map((p) => ({ p, a: corpMail(p, co) })), chance(0.5) ? [{ p: co.hr.find((x) => x !== hr) || hr, a: corpMail(co.hr.find((x) => x !== hr) || hr, co) }] : [], pick(['【提醒】住房公积金开户资料补充', '关于补缴住房公积金的通知', '社保增员材料提交', 'Re: 公积金基数调整确认']), dt, en));
    L.push(`${pick(['各位同事：', '大家好，', '以下同事请注意：'])}`);
    L.push(`${pick(['本月', `${dt.m}月`])}${pick(['新入职', '需补缴', '基数调整'])}人员的资料尚有缺失，请在${fd(rDate(dt.y, dt.m), 2)}前回复本邮件补齐（身份证正反面、${pick(['一类银行卡', '工资卡'])}复印件）。`);
    L.push('');
    L.push(['姓名', '部门', '缺少材料'].join('\t'));
    for (const p of ps) L.push([d.N(p), d.dept(p.dept), pick(['身份证复印件', '银行卡号', '手机号', '户口本首页', '离职证明（原单位）'])].join('\t'));
    L.push('');
    L.push(`如有疑问可致电${d.T(co.tel)}或公积金中心热线${d.X('服务热线', '12329')}。`);
    L.push(hrSig(d, hr, co));
  } else if (v === 'reply') {
    const p = pick(co.staff.slice(5)); card(p); const usePersonal = chance(0.4); const pa = usePersonal ? pmail(p) : corpMail(p, co);
    L.push(mailHead(d, { p, a: pa }, co, [hrX], [], `${pick(['回复', 'Re', 'RE', '答复'])}: ${pick(['公积金提取资料', '开户信息', '社保增员信息', '补充医疗报销'])}`, dt, en));
    L.push(pk(() => `${d.Tt(hr, '老师')}好，`, () => `${d.Nc(hr)}，你好：`, () => 'Hi,', () => '您好，'));
    L.push(pick(['我的信息如下，麻烦帮忙办理：', '资料补充如下：', '按要求提供个人信息：']));
    L.push(`姓名：${d.N(p)}`);
    L.push(`${pick(['身份证号', '身份证', '证件号码'])}：${d.I(p, idCasual())}`);
    L.push(`${pick(['手机', '手机号', '电话'])}：${d.M(p, mobCasual())}`);
    L.push(`${pick(['工资卡', '银行卡号', '卡号'])}：${d.B(p, cardCasual())}（${d.X('开户行', branch(p.bankObj, co.C))}）`);
    if (chance(0.3)) { const sp = mkPerson({ gender: p.gender === 'M' ? 'F' : 'M', by: p.by + ri(-3, 3) }); L.push(`配偶：${d.N(sp)}，身份证${d.I(sp)}`); }
    L.push(pick(['谢谢！', '辛苦了', '麻烦了，谢谢', '']));
    L.push(''); L.push(d.N(p)); if (chance(0.5)) L.push(`${d.dept(p.dept)} | ${d.M(p)}`);
    if (chance(0.5)) { L.push(''); L.push(`-----原始邮件-----`); L.push(`发件人: ${d.N(hr)} <${d.Em(corpMail(hr, co))}>`); L.push(`发送时间: ${fd(dt)} ${hms()}`); L.push(`主题: ${pick(['公积金提取资料', '开户信息收集'])}`); L.push(`> 请提供姓名、身份证号、手机号、本人名下一类卡卡号。`); }
  } else if (v === 'bank') {
    const ps = co.take(ri(3, 12)); const mgr = mkPerson({ yMin: 1980, yMax: 1996 }); const bb = wpick(BANK_W); const bdom = BANK_DOM[bb.bank];
    const mgrX = { p: mgr, a: `${mgr.s}${mgr.g}${chance(0.5) ? '' : ri(1, 9)}@${bdom}` };
    L.push(mailHead(d, hrX, co, [mgrX], [], `${d.co(co, true)}新员工社保公积金联名卡批量开卡名单（${dt.m}月）`, dt, en));
    L.push(`${d.Tt(mgr, '经理')}您好，`);
    L.push(`附件及正文为我司${dt.m}月新入职员工名单，共${ps.length}人，麻烦安排上门批量开卡，开卡网点：${d.X('开户行', branch(bb, co.C))}。`);
    L.push('');
    L.push('序号  姓名        身份证号              手机号');
    ps.forEach((p, i) => L.push(`${padR(String(i + 1), 6)}${padR(d.N(p), 12)}${padR(d.I(p), 22)}${d.M(p)}`));
    L.push('');
    L.push(`开卡后请将卡号清单回传至${d.Em(hrBox.a)}，我们导入${d.X('中心名称', co.C.fund)}系统。`);
    L.push(hrSig(d, hr, co));
  } else if (v === 'centre') {
    const p = pick(co.staff.slice(5)); const zg = mkPerson({ yMin: 1975, yMax: 1995 }); const za = { p: zg, a: `${zg.s}${zg.gi}${ri(1, 99)}@${CENTRE_MAIL[co.city]}` };
    L.push(mailHead(d, hrX, co, [za], [{ disp: pick(['财务部', '财务管理部']), a: `finance@${co.domain}` }], `关于${d.co(co, true)}职工${d.N(p)}补缴事宜`, dt, en));
    L.push(`${d.Tt(zg, '老师')}：`);
    L.push(`您好！我单位职工${d.N(p)}（身份证号：${d.I(p)}，个人账号：${d.X('个人公积金账号', gjjAcct(p, co))}）${d.X('月份', `${dt.y - 1}年${ri(1, 6)}月`)}至${d.X('月份', `${dt.y - 1}年${ri(7, 12)}月`)}因${pick(BJ_REASON)}未缴存，现申请补缴，补缴金额合计${d.amt(ri(2000, 40000), '金额', true)}元。`);
    L.push(`单位账号：${d.X('单位公积金账号', co.unitAcct)}；统一社会信用代码：${d.U(co.uscc)}。`);
    L.push(`相关材料（补缴申请、工资发放记录）见附件，纸质件已于${fd(dt, 2)}寄出，${pick(['EMS', '顺丰', '快递'])}单号${d.X('快递单号', expressNo())}，请审核。`);
    L.push(hrSig(d, hr, co));
  } else if (v === 'list') {
    const ps = co.take(ri(5, 14)); const boss = pick(co.staff.slice(5));
    L.push(mailHead(d, hrX, co, [{ p: boss, a: corpMail(boss, co) }], [hrBox], `${dt.y}年度住房公积金缴存基数调整明细（请审批）`, dt, en));
    L.push(`${d.Tt(boss, '总')}：`); L.push(`${dt.y}年度基数调整明细如下，请审阅：`); L.push('');
    L.push('| 工号 | 姓名 | 部门 | 岗位 | 原基数 | 新基数 |'); L.push('|---|---|---|---|---|---|');
    for (const p of ps) L.push(`| ${d.X('工号', co.short.slice(0, 1) === '周' ? 'ZS' + digits(4) : 'E' + digits(5).replace(/^/, '0'))} | ${d.N(p)} | ${d.dept(p.dept)} | ${d.post(p.post)} | ${d.amt(p.base, '缴存基数')} | ${d.amt(Math.min(35283, p.base + ri(1, 30) * 100), '缴存基数')} |`);
    L.push(''); L.push(hrSig(d, hr, co));
  } else {
    const p = pick(co.staff.slice(5)); const other = co.hr.find((x) => x !== hr) || co.fin[0];
    L.push(mailHead(d, hrX, co, [{ p: other, a: corpMail(other, co) }], [], `转发: ${pick(['离职提取', '租房提取', '开户失败'])}—${d.N(p)}`, dt, en));
    L.push(`${pick(['转你跟进一下', '这个你处理下', 'FYI，请跟进'])}，${pick(['回执显示证件号有误', '职工急着用钱', '中心说材料不全'])}。`);
    L.push('');
    L.push('---------- 转发的邮件 ----------');
    L.push(`发件人：${d.N(p)} <${d.Em(pmail(p))}>`);
    L.push(`日期：${fd(dt, 2)}`);
    L.push(`${d.Tt(hr, '老师')}，我${pick(['上个月离职了', '要办租房提取', '的公积金账户开户失败了'])}，麻烦帮我看下。我的身份证${d.I(p, idCasual())}，电话${d.M(p, mobCasual())}，${chance(0.5) ? `收款卡 ${d.B(p, cardCasual())}` : '卡号不变'}。`);
    if (chance(0.5)) L.push(`之前有一次填错成 ${d.X('无效身份证号(录入错误)', badIdTypo(p))}，不知道是不是这个原因。`);
    L.push(hrSig(d, hr, co));
  }
  if (chance(0.25)) L.push(`\n<img src="cid:logo@2x.png" alt="${co.short}">`), d.X('非邮箱(图片名)', 'logo@2x.png');
  d.text = L.join('\n'); return d;
};

// 12. 公示 notices with masked values
GEN.notice = () => {
  const d = new Doc('notice'); const co = pick(COS); const dt = rDate(); const L = []; const v = pick(['centre', 'centre', 'internal', 'lottery']);
  if (v === 'centre' || v === 'lottery') {
    const n = ri(6, 25);
    L.push(`${d.X('中心名称', co.C.fund)}${v === 'centre' ? `关于${dt.y}年${pick(['第一批', '第二批', '第三批'])}${pick(['违规提取住房公积金', '长期未缴存账户', '住房公积金贷款逾期'])}人员的公示` : `${dt.y}年度住房公积金缴存人员意外伤害补充保障受益人名单公示`}`);
    L.push('根据《住房公积金管理条例》有关规定，现将有关人员名单予以公示（个人信息已脱敏）：');
    L.push(['序号', '姓名', '证件号码', '联系电话', '涉及金额（元）'].join('\t'));
    for (let i = 0; i < n; i++) { const p = mkPerson({}); L.push([i + 1, d.X('掩码姓名', maskName(p.name)), d.X('掩码身份证号', maskId(p.id)), d.X('掩码手机号', maskMob(p.mobile)), d.amt(ri(1000, 90000) + ri(0, 99) / 100)].join('\t')); }
    const end = new Date(Date.UTC(dt.y, dt.m - 1, dt.d + ri(5, 14)));
    L.push(`公示期：${d.date(dt, 2)}至${d.date({ y: end.getUTCFullYear(), m: end.getUTCMonth() + 1, d: end.getUTCDate() }, 2)}。如有异议，请在公示期内以书面形式向${d.X('中心名称', co.C.fund)}${pick(['归集管理处', '稽查处', '办公室'])}反映。`);
    const cp = mkPerson({ yMin: 1975, yMax: 1995 });
    L.push(`联系人：${d.N(cp)}   联系电话：${d.T(genLand(co.city))}   监督电话：${d.X('服务热线', '12329')}`);
  } else {
    const ps = co.take(ri(4, 16));
    L.push(`${d.co(co)}${d.X('非姓名词', '关于')}${dt.y}年度住房公积金缴存基数调整结果的公示`);
    L.push(`经${d.dept('人力资源部')}核定，${dt.y}年度职工住房公积金缴存基数已调整，现予公示（身份证号、银行卡号已隐去）：`);
    L.push(['序号', '姓名', '部门', '身份证号', '工资卡', '调整后基数'].join(' | '));
    ps.forEach((p, i) => { card(p); L.push([i + 1, d.N(p), d.dept(p.dept), d.X('掩码身份证号', maskId(p.id)), d.X('掩码银行卡号', maskCard(p.card)), d.amt(p.base, '缴存基数')].join(' | ')); });
    const hr = pick(co.hr);
    L.push(`公示期5个工作日。如有疑问请联系${d.N(hr)}，电话${d.T(co.tel)}，邮箱${d.Em(corpMail(hr, co))}。`);
    L.push(`${d.dept(pick(['人力资源部', '人事行政部']))}  ${fd(dt, 2)}`);
  }
  d.text = L.join('\n'); return d;
};

// 13. OCR'd scans
function ocrNoise(s) { return s.replace(/[：:]/g, () => pick(['：', ':', ' ', '：', '.'])); }
function ocrBreak(id) { // characters a reader would still read as the number: spaces only
  const i = ri(4, 14); return id.slice(0, i) + ' ' + id.slice(i);
}
function ocrLetter(s) { const i = ri(2, s.length - 3); const ch = s[i]; const rep = { '0': 'O', '1': 'l', '8': 'B', '5': 'S', '2': 'Z', '6': 'b' }[ch]; if (!rep) return null; return s.slice(0, i) + rep + s.slice(i + 1); }
GEN.ocr = () => {
  const d = new Doc('ocr'); const co = pick(COS); const dt = rDate(); const L = []; const v = pick(['idcard', 'idcard', 'form', 'form', 'bankcard', 'zy']);
  L.push(`[OCR ${pick(['扫描件', 'scan_' + digits(4) + '.pdf', 'IMG_' + digits(4) + '.jpg'])} 第${ri(1, 3)}页 置信度 0.${ri(81, 97)}]`);
  const idW = (p) => {
    const r = rnd();
    if (r < 0.6) return d.I(p);
    if (r < 0.85) return d.E('cn_resident_id', p.id, ocrBreak(p.id));
    const br = ocrLetter(p.id); if (br) return d.C('cn_resident_id', p.id, br); return d.I(p);
  };
  const mobW = (p) => { const r = rnd(); if (r < 0.65) return d.M(p); if (r < 0.85) return d.M(p, 'sp'); const br = ocrLetter(p.mobile); if (br) return d.C('cn_mobile', p.mobile, br); return d.M(p); };
  if (v === 'idcard') {
    const ht = pick(HOMETOWN); const p = mkPerson({ yMin: 1960, yMax: 2002, region: ht[4], noMinor: true }); const bd = { y: p.by, m: +p.id.slice(10, 12), d: +p.id.slice(12, 14) };
    L.push(`${pick(['姓 名', '姓名', '娃名'])} ${d.E('person_name_zh', p.name, chance(0.4) ? p.name.split('').join(' ') : p.name)}`);
    L.push(`性 别 ${GENDER(p)}   民 族 ${NATION_OF(p)}`);
    L.push(`出 生 ${d.X('出生日期', `${bd.y} 年 ${bd.m} 月 ${bd.d} 日`)}`);
    L.push(`住 址 ${ht[0]}${ht[1]}${ht[2]}`);
    L.push(`      ${pick(['人民路', '建设街', '解放大道', '文化路'])}${ri(1, 300)}号${ri(1, 12)}${pick(['栋', '号楼'])}${ri(1, 6)}单元${ri(101, 1802)}`);
    L.push(`${pick(['公民身份号码', '公民身份号吗', '公民身份号码'])} ${idW(p)}`);
    L.push('');
    L.push(`${pick(['中华人民共和国', '中华人民共和国'])}`); L.push('居民身份证');
    L.push(`签发机关 ${ht[3]}`);
    L.push(`有效期限 ${d.X('证件有效期', `${ri(2010, 2022)}.${p2(ri(1, 12))}.${p2(ri(1, 28))}-${chance(0.2) ? '长期' : `${ri(2030, 2042)}.${p2(ri(1, 12))}.${p2(ri(1, 28))}`}`)}`);
    L.push(chance(0.5) ? '仅供办理住房公积金开户使用 他用无效' : '本复印件仅用于社保增员');
  } else if (v === 'bankcard') {
    const p = pick(co.staff.slice(5)); card(p);
    L.push(`${d.X('开户行', p.bankObj.bank)}  ${pick(['借记卡', '储蓄卡', 'UnionPay 银联'])}`);
    const r = rnd();
    L.push(r < 0.7 ? d.B(p, 'sp4') : r < 0.85 ? d.B(p, 'bare') : (() => { const br = ocrLetter(fmtCard(p.card, 'sp4')); return br ? d.Bc(p.card, br) : d.B(p, 'sp4'); })());
    L.push(`${d.X('有效期', `${p2(ri(1, 12))}/${ri(26, 33)}`)}   ${pick(['VALID THRU', '有效期至'])}`);
    L.push(`持卡人签名：${d.N(p)}`);
    L.push(`（复印件）本人${d.N(p)}，身份证号${idW(p)}，确认此卡为本人一类账户，用于公积金提取入账。`);
    L.push(`签字：${d.E('person_name_zh', p.name, p.name.split('').join(' '))}  ${fd(dt, 2)}`);
  } else if (v === 'form') {
    const p = pick(co.staff.slice(5)); card(p);
    L.push(`${ocrNoise(co.C.fund)}`);
    L.push(`住 房 公 积 金 提 取 申 请 表`);
    L.push(`| 职工姓名 | ${d.Nsp(p)} | 性别 | ${GENDER(p)} |`);
    L.push(`| 身份证号码 | ${idW(p)} |`);
    L.push(`| 单位名称 | ${d.co(co)} |`);
    L.push(`| 提取原因 | ${pick(['☑购房 □租房 □还贷 □离职', '□购房 ☑租房 □还贷 □离职', '□购房 □租房 ☑还贷 □离职', '□ 购房 □ 租房 □ 还贷 ☑ 离职'])} |`);
    const tq = ri(3, 120) * 1000; L.push(`| 提取金额 | ${d.amt(tq, '金额', true)} |  大写：${daxie(tq)}`);
    L.push(`| 收款银行 | ${d.X('开户行', branch(p.bankObj, co.C))} |`);
    L.push(`| 银行卡号 | ${chance(0.75) ? d.B(p, pick(['bare', 'sp4'])) : (() => { const br = ocrLetter(p.card); return br ? d.Bc(p.card, br) : d.B(p); })()} |`);
    L.push(`| 联系电话 | ${mobW(p)} |`);
    L.push(`申请人签字：${d.N(p)}     经办人：${chance(0.5) ? d.N(pick(co.hr)) : d.X('签章位', '（单位盖章）')}`);
    L.push(`${ocrNoise(`日期：${fd(dt, 2)}`)}`);
  } else {
    const ps = co.take(ri(3, 8));
    L.push(`参 保 人 员 增 员 表`);
    L.push(`单位名称:${d.co(co)}   单位编号:${d.X('社保单位编号', co.ssUnit)}`);
    L.push(`序号 姓名 性别 身份证号码 月缴费工资 联系电话`);
    ps.forEach((p, i) => L.push(`${i + 1} ${d.Nsp(p)} ${GENDER(p)} ${idW(p)} ${d.amt(p.base, '缴费基数')} ${mobW(p)}`));
    L.push(`经办人: ${d.N(pick(co.hr))}   审核: ${d.post(pick(['社保专员', '人事经理']))}`);
  }
  L.push(`[OCR结束]`);
  d.text = L.join('\n'); return d;
};

// 14. 企业微信 / 微信 chats
GEN.chat = () => {
  const d = new Doc('chat'); const co = pick(COS); const dt = rDate(); const hr = pick(co.hr); const L = []; const v = pick(['group', 'group', 'centre', 'private']);
  let t = ri(8 * 60, 17 * 60); const ts = () => { t += ri(1, 25); return `${fd(dt)} ${p2(Math.floor(t / 60) % 24)}:${p2(t % 60)}:${p2(ri(0, 59))}`; };
  const hrTag = `${pick(['人事', 'HR', '人力'])}-${hr.name}`;
  if (v === 'group') {
    const ps = co.take(ri(3, 9));
    L.push(`企业微信 群聊「${dt.y}年${dt.m}月新员工入职群」 聊天记录导出`);
    L.push(`${ts()} ${d.Nc(hr, hrTag)}`); L.push(`${d.X('@提及', '@所有人')} 请大家今天下班前把以下信息私发或直接发群里：姓名、身份证号、手机号、本人一类卡卡号及开户行，用于社保公积金开户。`);
    for (const p of ps) {
      card(p);
      L.push(`${ts()} ${d.Nc(p)}`);
      const r = rnd();
      if (r < 0.4) L.push(`姓名：${d.N(p)}\n身份证：${d.I(p, idCasual())}\n手机：${d.M(p, mobCasual())}\n卡号：${d.B(p, cardCasual())}\n开户行：${d.X('开户行', branch(p.bankObj, co.C))}`);
      else if (r < 0.75) L.push(`${d.N(p)} ${d.I(p)} ${d.M(p)} ${p.bankObj.sh} ${d.B(p, cardCasual())}`);
      else { L.push(`${d.Tt(hr, '老师')}我卡号${d.B(p, 'sp4')}，${pick(['身份证', '证件号'])}${d.I(p)}`); L.push(`${ts()} ${d.Nc(p)}`); L.push(`手机号${d.M(p, pick(['bare', 'sp', 'dash']))}`); }
    }
    L.push(`${ts()} ${d.Nc(hr, hrTag)}`); L.push(`收到，${pick(['已录入', '我汇总一下', '明天统一报'])}。@${d.Nc(ps[0])} ${pick(['卡号少了一位，再核对下', '开户行写到支行', '身份证最后一位是X还是x？'])}`);
    d.Nc(ps[0]);
  } else if (v === 'centre') {
    const zg = mkPerson({ yMin: 1975, yMax: 1995 }); const p = pick(co.staff.slice(5));
    L.push(`微信聊天记录 与「${d.Nc(zg)}-${d.X('中心名称', co.C.fund)}${pick(['专管员', '归集科'])}」`);
    L.push(`${ts()} ${d.Nc(hr)}`); L.push(`${d.Tt(zg, '老师')}您好，我是${d.co(co, true)}的${d.N(hr)}，我们单位账号${d.X('单位公积金账号', co.unitAcct)}，有个员工开户一直提示证件已存在`);
    L.push(`${ts()} ${d.Nc(zg)}`); L.push(`发下姓名和身份证号我${d.X('非姓名词', '马上')}查一下`);
    L.push(`${ts()} ${d.Nc(hr)}`); L.push(`${d.N(p)} ${d.I(p, idCasual())}`);
    L.push(`${ts()} ${d.Nc(zg)}`); L.push(`他在${d.co(pick(COS.filter((c) => c !== co)))}还有个封存账户没转移，让他本人先办转移，或者你们单位发起。转移后再开户。`);
    L.push(`${ts()} ${d.Nc(hr)}`); L.push(`好的，那我让他联系您？您电话多少`);
    L.push(`${ts()} ${d.Nc(zg)}`); L.push(`${chance(0.5) ? d.T(genLand(co.city)) : d.M(zg)}，工作日打`);
    L.push(`${ts()} ${d.Nc(hr)}`); L.push(`收到，谢谢${d.Tt(zg, '老师')}`);
  } else {
    const p = pick(co.staff.slice(5)); card(p);
    L.push(`与「${d.Nc(p)}」的聊天（企业微信）`);
    L.push(`${ts()} ${d.Nc(p)}`); L.push(pk(() => '在吗，我想问下租房提取怎么弄', () => `${d.Tt(hr, '姐')}，我公积金能取出来吗`, () => '你好，离职了公积金怎么办'));
    L.push(`${ts()} ${d.Nc(hr)}`); L.push(`可以的，网厅或者APP上自己就能办。${d.X('非姓名词', '方便')}的话把身份证号和卡号给我，我帮你先查下账户状态。`);
    L.push(`${ts()} ${d.Nc(p)}`); L.push(`${d.I(p, idCasual())}`);
    L.push(`${ts()} ${d.Nc(p)}`); L.push(`${d.B(p, cardCasual())} ${p.bankObj.sh}的，大概${d.X('非姓名词', '何时')}能到账？`);
    L.push(`${ts()} ${d.Nc(hr)}`); L.push(`状态正常，余额${d.amt(ri(5000, 90000) + ri(0, 99) / 100)}，可以提。提取到账一般${ri(1, 3)}个工作日，会发短信到你预留手机${d.X('尾号', '尾号' + p.mobile.slice(7))}。`);
    L.push(`${ts()} ${d.Nc(p)}`); L.push(`手机换号了，新号${d.M(genMobile(), mobCasual())}`);
  }
  d.text = L.join('\n'); return d;
};

// 15. SMS
GEN.sms = () => {
  const d = new Doc('sms'); const co = pick(COS); const dt = rDate(); const L = []; const v = pick(['log', 'log', 'single']);
  const sig = `【${co.C.c}住房公积金】`;
  if (v === 'log') {
    const ps = co.take(ri(5, 20)); const sep = pick([',', '\t']); let sec = ri(9, 16) * 3600;
    L.push(['发送时间', '手机号码', '姓名', '短信内容', '发送状态', '回执时间'].join(sep));
    for (const p of ps) {
      const a = ri(300, 8000) + ri(0, 99) / 100; const ok = chance(0.9);
      const msg = pick([
        () => `${sig}尊敬的${d.N(p)}，您的公积金账户于${d.X('日期', `${dt.m}月${ri(1, dt.d)}日`)}汇缴入账${d.amt(a)}元，当前余额${d.amt(a * ri(5, 60))}元。`,
        () => `${sig}${d.N(p)}您好，您申请的提取业务已办结，${d.amt(a * 5)}元已转入您${d.X('尾号', '尾号' + card(p).slice(-4))}的账户。`,
        () => `${sig}尊敬的${d.N(p)}：您的个人账户已由${d.co(co)}开户，账号${d.X('个人公积金账号', gjjAcct(p, co))}，初始密码为证件号后六位。`,
      ])();
      sec += ri(1, 40); const t1 = `${fd(dt)} ${p2(Math.floor(sec / 3600))}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}`; const s2 = sec + ri(1, 9); const t2 = `${fd(dt)} ${p2(Math.floor(s2 / 3600))}:${p2(Math.floor(s2 / 60) % 60)}:${p2(s2 % 60)}`;
      L.push([t1, d.M(p), d.N(p), `"${msg}"`, ok ? '成功' : pick(['失败-空号', '失败-停机', '失败-黑名单']), ok ? t2 : ''].join(sep));
    }
  } else {
    for (let k = 0; k < ri(2, 4); k++) {
      const p = pick(co.staff.slice(5)); card(p); const dd = rDate(dt.y, dt.m);
      const port = () => d.X('短信端口', pick(['12329', '10690' + digits(ri(4, 7)), '1065' + digits(ri(5, 8))]));
      L.push(`${port()}  ${fd(dd, 3)} ${hms().slice(0, 5)}`);
      L.push(pick([
        () => `${sig}尊敬的${d.Nc(p)}${p.gender === 'M' ? '先生' : '女士'}，您于${d.date(dd, 5)}申请的住房公积金提取${d.amt(ri(3, 90) * 1000)}元已转入您${d.X('尾号', '尾号' + p.card.slice(-4))}的${p.bankObj.sh}账户。如非本人操作请致电${d.X('服务热线', '12329')}。`,
        () => `【${co.C.c}医保】${d.Nc(p)}，您提交的医疗费用手工报销已审核通过，报销金额${d.amt(ri(100, 9000) + ri(0, 99) / 100)}元，将于5个工作日内拨付至社保卡金融账户。`,
        () => `【${co.C.c}人社】尊敬的参保人${d.Nc(p)}，您${d.X('月份', `${dt.y}年${dt.m}月`)}社会保险费已由${d.co(co)}足额缴纳，缴费基数${d.amt(p.base, '缴费基数')}元。`,
        () => `${sig}您的验证码为${d.X('验证码', digits(6))}，用于网上业务大厅登录，5分钟内有效，请勿泄露。`,
        () => `${sig}${d.Nc(p)}：您的公积金贷款本月应还${d.amt(ri(1500, 9000) + ri(0, 99) / 100)}元，请于${dt.m}月${ri(10, 28)}日前存入${d.X('尾号', '尾号' + p.card.slice(-4))}的还款账户。咨询${d.X('服务热线', '12329')}`,
      ])());
      L.push('');
    }
    L.push(`（以上短信截图转文字，发自 ${d.Nc(pick(co.staff))} 的手机）`);
  }
  d.text = L.join('\n'); return d;
};

// 16. interface logs
GEN.log = () => {
  const d = new Doc('log'); const co = pick(COS); const dt = rDate(); const ps = co.take(ri(3, 10)); const L = [];
  let sec = ri(8, 17) * 3600 + ri(0, 3000);
  const stamp = () => { sec += ri(0, 40); const ms = ri(0, 999); return `${fd(dt)} ${p2(Math.floor(sec / 3600))}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}.${String(ms).padStart(3, '0')}`; };
  const thr = () => `[http-nio-8443-exec-${ri(1, 20)}]`;
  const tid = () => d.X('traceId', Array.from({ length: 16 }, () => '0123456789abcdef'[ri(0, 15)]).join(''));
  L.push(`${stamp()} INFO  ${thr()} c.${pick(['hx', 'gjj', 'hr'])}.gateway.GjjClient - 连接${d.X('中心名称', co.C.fund)}前置机 https://api.example-gjj.cn/dwyw 成功`);
  for (const p of ps) {
    card(p); const op = pick(['kh', 'kh', 'query', 'bad', 'mask']);
    if (op === 'kh') {
      const body = JSON.stringify({ xm: d.N(p), xb: p.gender === 'M' ? '1' : '2', zjlx: '01', zjhm: d.I(p), sjhm: d.M(p), yhkh: d.B(p), dwzh: d.X('单位公积金账号', co.unitAcct), jcjs: p.base });
      L.push(`${stamp()} INFO  ${thr()} c.gjj.api.GrkhController - traceId=${tid()} 开户请求 req=${body}`);
      L.push(`${stamp()} INFO  ${thr()} c.gjj.api.GrkhController - traceId=${tid()} 开户响应 rsp={"code":"0000","msg":"成功","ywlsh":"${d.X('业务流水号(18位)', orderNo18(dt.y, dt.m, dt.d))}","grzh":"${d.X('个人公积金账号', gjjAcct(p, co))}"} cost=${ri(80, 900)}ms ts=${d.X('时间戳', msTs(dt.y, dt.m, dt.d))}`);
    } else if (op === 'query') {
      L.push(`${stamp()} DEBUG ${thr()} c.gjj.api.GrzhQuery - 查询个人账户 zjhm=${d.I(p)} xm=${d.N(p)} -> ye=${d.amt(ri(1000, 200000) + ri(0, 99) / 100)} zt=正常`);
    } else if (op === 'bad') {
      const bad = chance(0.5) ? d.X('无效身份证号(校验位)', badIdCheck(p.id)) : d.X('无效身份证号(录入错误)', badIdTransp(p));
      L.push(`${stamp()} WARN  ${thr()} c.gjj.validate.IdValidator - 证件号码校验失败 zjhm=${bad} xm=${d.N(p)} dwzh=${d.X('单位公积金账号', co.unitAcct)}`);
      if (chance(0.5)) L.push(`${stamp()} WARN  ${thr()} c.gjj.validate.PhoneValidator - 手机号码无效 sjhm=${d.X('无效手机号(号段)', badMobile())}`);
    } else {
      L.push(`${stamp()} INFO  ${thr()} c.hr.audit.AuditLog - user=${d.X('系统账号', pick(['hr_admin', 'shebao01', 'gjj_op']))} 导出缴存明细 条数=${ri(10, 300)} 样例=${d.X('掩码手机号', maskMob(p.mobile))},${d.X('掩码身份证号', maskId(p.id))}`);
      L[L.length - 1] += ` 操作对象=${d.N(p)}`;
    }
  }
  if (chance(0.5)) L.push(`${stamp()} ERROR ${thr()} c.gjj.gateway.GjjClient - 调用超时 url=/dwyw/hjqr batch=${d.X('批次号', batchNo('HJ', dt))} java.net.SocketTimeoutException: Read timed out`);
  if (chance(0.4)) L.push(`${stamp()} INFO  ${thr()} c.hr.mail.Notifier - 发送结果通知 to=${d.Em(corpMail(pick(co.hr), co))} subject=开户批量处理完成`);
  d.text = L.join('\n'); return d;
};

// 17. JSON export from HR SaaS
GEN.json = () => {
  const d = new Doc('json'); const co = pick(COS); const dt = rDate(); const ps = co.take(ri(2, 8));
  const list = ps.map((p) => {
    card(p); const ec = mkPerson({ yMin: 1950, yMax: 1995 });
    const o = {
      empNo: d.X('工号', `${co.domain.slice(0, 2).toUpperCase()}${digits(5)}`), name: d.N(p), gender: GENDER(p), idType: '居民身份证', idNo: d.I(p), mobile: d.M(p), email: d.Em(corpMail(p, co)),
      personalEmail: chance(0.4) ? d.Em(pmail(p)) : undefined, dept: d.dept(p.dept), position: d.post(p.post), hireDate: d.date(rDate(ri(2010, dt.y)), 0, '入职日期'),
      socialSecurity: { no: d.X('社保个人编号', ssNo(p)), base: p.base, city: co.C.c, status: pick(['正常参保', '正常参保', '待增员']) },
      housingFund: { account: d.X('个人公积金账号', gjjAcct(p, co)), base: p.base, rate: pick([0.05, 0.08, 0.12]) },
      salaryCard: { bank: d.X('开户行', branch(p.bankObj, co.C)), cardNo: d.B(p) },
      emergencyContact: chance(0.7) ? { name: d.N(ec), relation: pick(['配偶', '母亲', '父亲', '兄弟', '姐妹']), phone: d.M(ec) } : undefined,
    };
    return o;
  });
  const o = { code: 0, msg: 'success', requestId: d.X('请求ID', `${digits(8)}-${digits(4)}-${digits(4)}`), data: { company: d.co(co), uscc: d.U(co.uscc), exportedBy: d.Em(corpMail(pick(co.hr), co)), total: list.length, list } };
  d.text = JSON.stringify(o, null, chance(0.6) ? 2 : 0); return d;
};

// 18. meeting minutes
GEN.minutes = () => {
  const d = new Doc('minutes'); const co = pick(COS); const dt = rDate(); const L = []; const att = co.take(ri(3, 7)); const chair = pick(co.staff.slice(5)); const rec = pick(co.hr);
  const cases = co.take(ri(2, 4), att);
  L.push(`${d.co(co)}${pick(['社保公积金专题会议纪要', `${dt.y}年度社保公积金基数调整工作会议纪要`, '人力资源部周例会纪要'])}`);
  L.push(`时间：${fd(dt, 2)} ${pick(['9:30', '14:00', '15:30'])}   地点：${pick(['3楼会议室', '第一会议室', '线上（腾讯会议）'])}`);
  L.push(`主持人：${d.N(chair)}   记录人：${d.N(rec)}`);
  L.push(`参会人员：${att.map((p) => d.N(p)).concat(chance(0.6) ? [d.dept(pick(['财务部', '行政部']))] : []).join('、')}`);
  L.push(`缺席：${chance(0.5) ? d.N(pick(co.staff)) : '无'}`);
  L.push('');
  L.push('一、基数调整');
  L.push(`${co.C.c}${dt.y}年度缴存基数上限为${d.amt(pick([35283, 36549, 34188, 31884]), '缴存基数')}元，下限${d.amt(pick([2420, 2590, 2360, 2690]), '缴存基数')}元，7月1日起执行。${d.dept('财务部')}负责测算单位成本。`);
  L.push('二、个案处理');
  cases.forEach((p, i) => {
    const r = pick([
      () => `${i + 1}. ${d.Nc(p)}${pick(['入职时漏报', '基数申报有误', '离职后要求补缴'])}，需补缴${ri(2, 11)}个月，由${d.Nc(rec)}本周内提交补缴申请。`,
      () => `${i + 1}. 关于${d.Nc(p)}提出的租房提取问题，${d.Nc(chair)}意见：按中心最新政策执行，不特殊处理。`,
      () => `${i + 1}. ${d.N(p)}身份证号变更（原号码${d.X('无效身份证号(录入错误)', badIdTypo(p))}录入有误，正确为${d.I(p)}），需到中心办理个人信息变更。`,
      () => `${i + 1}. 职工${d.N(p)}（手机${d.M(p, mobCasual())}）医保异地备案尚未完成，请${d.Tt(rec, '会计')}协助。`,
    ]);
    L.push(r());
  });
  L.push('三、其他');
  L.push(`下次会议时间另行通知。会议纪要发至 ${d.Em(`hr@${co.domain}`)}，抄送${d.dept('综合办公室')}。`);
  d.text = L.join('\n'); return d;
};

// 19. notes / 备忘
GEN.note = () => {
  const d = new Doc('note'); const co = pick(COS); const dt = rDate(); const L = []; const ps = co.take(ri(2, 6));
  L.push(pick([`待办 ${dt.m}.${ri(1, 28)}`, '备忘', `【工作记录】${fd(dt, 3)}`, 'TODO 社保公积金']));
  L.push(`- ${d.X('非姓名词', '周一')}前把${dt.m}月增员报上去，截止${dt.m}月${ri(15, 25)}号`);
  for (const p of ps) {
    card(p);
    L.push(pick([
      () => `- ${d.N(p)} ${d.M(p, mobCasual())} 身份证${d.I(p, idCasual())} 还没交银行卡`,
      () => `- 补缴：${d.N(p)}，${d.X('月份', `${dt.y - 1}.${ri(1, 12)}`)}起，基数${d.amt(p.base, '缴存基数')}，${pick(['等财务审批', '已报中心', '退回了重报'])}`,
      () => `- ${d.Nc(p)}说${p.gender === 'M' ? '他' : '她'}卡丢了，新卡号 ${d.B(p, cardCasual())}，要改提取收款账户`,
      () => `- 问一下${d.Tt(p, pick(['姐', '哥', '工']))}：${d.Nc(p)}的减员是不是${dt.m}月生效？电话${d.M(p, mobCasual())}`,
      () => `- 联系人 ${d.N(p)}  ${d.Em(pmail(p))}  要开户回执`,
    ])());
  }
  L.push(`- ${d.X('非姓名词', '余额')}不足的那笔${d.X('非姓名词', '付款')}要重新走${d.X('非姓名词', '程序')}，找${d.dept('财务部')}`);
  L.push(`- 中心${pick(['归集科', '专管员'])}电话 ${d.T(genLand(co.city), pick(['dash', 'bare', 'sp']))}，${pick(['下午打', '上午人少', '别打12329'])}`);
  if (chance(0.4)) L.push(`- 单位账号 ${d.X('单位公积金账号', co.unitAcct)} / 社保编号 ${d.X('社保单位编号', co.ssUnit)} 别搞混`);
  if (chance(0.5)) L.push(`- 补缴材料寄中心 快递单号${d.X('快递单号', expressNo())}，${pick(['周三查一下签收', '已签收', '还没到'])}`);
  if (chance(0.35)) L.push(`- 专管员QQ ${d.X('QQ号', qqNo())}（${pick(['工作日在线', '传材料用'])}）`);
  d.text = L.join('\n'); return d;
};

// 20. 个人账户明细 / 对账单
GEN.stmt = () => {
  const d = new Doc('stmt'); const co = pick(COS); const p = pick(co.staff.slice(5)); const y = rYear(); const L = [];
  L.push(`${d.X('中心名称', co.C.fund)}`);
  L.push(`住房公积金个人账户明细（${y}年度）`);
  L.push(`姓名：${d.N(p)}    证件号码：${d.I(p, pick(['bare', 'bare', 'sp', 'split']))}`);
  L.push(`个人账号：${d.X('个人公积金账号', gjjAcct(p, co))}    账户状态：正常`);
  L.push(`单位名称：${d.co(co)}    单位账号：${d.X('单位公积金账号', co.unitAcct)}`);
  L.push(['日期', '摘要', '发生额', '余额', '汇缴年月'].join('\t'));
  let bal = ri(10000, 150000) + ri(0, 99) / 100; const c = Math.round(p.base * 0.24);
  for (let m = 1; m <= 12; m++) {
    bal += c; L.push([d.date({ y, m, d: ri(5, 20) }), pick(['汇缴', '汇缴', '汇缴', '补缴']), d.amt(c), d.amt(bal, '余额'), `${y}${p2(m)}`].join('\t'));
    if (m === 6 && chance(0.5)) { const t = Math.round(bal * 0.6); bal -= t; L.push([d.date({ y, m: 6, d: 28 }), '提取', d.amt(-t), d.amt(bal, '余额'), ''].join('\t')); }
    if (m === 6) { bal = Math.round(bal * 101.5) / 100; L.push([d.date({ y, m: 6, d: 30 }), '结息', d.amt(bal * 0.015 / 1.015), d.amt(bal, '余额'), ''].join('\t')); }
  }
  L.push(`打印时间：${fd({ y: y + (y < 2025 ? 1 : 0), m: 1, d: ri(2, 28) })} ${hms()}   打印渠道：${pick(['自助终端', '网上业务大厅', '柜面'])}`);
  d.text = L.join('\n'); return d;
};

// 21. 缴存证明 / 在职证明 letters
GEN.zm = () => {
  const d = new Doc('zm'); const co = pick(COS); const p = pick(co.staff.slice(5)); const dt = rDate(); const hr = pick(co.hr); const L = [];
  const since = rDate(Math.max(2008, p.by + 22), ri(1, 12));
  L.push(pick(['住房公积金缴存证明', '在职及收入证明', '社会保险缴纳证明']));
  L.push('');
  L.push(pk(() => `${d.X('中心名称', co.C.fund)}：`, () => '致相关单位：', () => `${d.X('开户行', branch(wpick(BANK_W), co.C))}：`));
  L.push(`    兹证明${d.N(p)}（${pick(['身份证号码', '身份证号', '公民身份号码'])}：${d.I(p, chance(0.15) ? 'split' : idCasual())}）系我单位正式职工，自${d.X('日期', `${since.y}年${since.m}月`)}起在我单位工作，现任${d.dept(p.dept)}${d.post(p.post)}。`);
  L.push(`    该职工月缴存基数为${d.amt(p.base, '缴存基数')}元，单位及个人月缴存额合计${d.amt(Math.round(p.base * 0.24))}元，${pick(['已连续足额缴存', '缴存正常，无欠缴'])}。`);
  L.push('    特此证明。');
  L.push('');
  L.push(`单位名称（盖章）：${d.co(co)}`);
  L.push(`统一社会信用代码：${d.U(co.uscc)}`);
  L.push(`单位地址：${co.C.c}市${pick(co.C.dist)}${pick(['科技园路', '建设路', '工业大道'])}${ri(1, 300)}号`);
  L.push(`经办人：${d.N(hr)}   联系电话：${d.T(co.tel, pick(['dash', 'paren', 'fwparen']))}${chance(0.5) ? `   传真：${d.T(co.fax)}` : ''}`);
  L.push(`${fd(dt, 2)}`);
  L.push(`（本证明自开具之日起${pick(['一个月', '30日', '三个月'])}内有效）`);
  d.text = L.join('\n'); return d;
};

// 22. 缴费基数申报表 with job titles
GEN.jsjs = () => {
  const d = new Doc('jsjs'); const co = pick(COS); const y = rYear(); const ps = co.take(ri(6, 25)); const L = []; const sep = pick(['\t', ',', ' | ']);
  L.push(`${y}年度社会保险缴费基数及住房公积金缴存基数申报表`);
  L.push(`单位：${d.co(co)}${sep}社保单位编号：${d.X('社保单位编号', co.ssUnit)}${sep}统一社会信用代码：${d.U(co.uscc)}`);
  L.push(['序号', '姓名', '身份证号', '部门', '岗位', `${y - 1}年月平均工资`, '社保缴费基数', '公积金缴存基数'].join(sep));
  ps.forEach((p, i) => {
    const w = p.base + ri(-5, 30) * 100;
    L.push([i + 1, d.N(p), d.I(p), d.dept(p.dept), d.post(p.post), d.amt(w, '工资'), d.amt(Math.max(6821, Math.min(35283, w)), '缴费基数'), d.amt(p.base, '缴存基数')].join(sep));
  });
  L.push(['', d.X('空缺岗位', pick(['（空缺）', '待招聘'])), '', d.dept(), d.post(), '', '', ''].join(sep));
  L.push(`注：月平均工资含${d.X('非姓名词', '高温补贴')}、加班费及绩效奖金，不含${d.X('非姓名词', '常规报销')}。`);
  L.push(`单位负责人：${d.post('总经理')}（签字）   财务负责人：${d.N(co.fin[0])}   填表人：${d.N(pick(co.hr))}   填表日期：${d.date(rDate(y, ri(6, 7)), 2)}`);
  d.text = L.join('\n'); return d;
};

// 23. 批量导入数据校验结果 (unit web hall check report)
GEN.jyjg = () => {
  const d = new Doc('jyjg'); const co = pick(COS); const dt = rDate(); const L = []; const ps = co.take(ri(4, 12)); const total = ps.length + ri(5, 40);
  const sep = pick([' | ', '\t', ',']);
  L.push(`${co.C.fund.replace('管理中心', '')}单位网上业务系统 批量导入数据校验结果`);
  L.push(`文件名：${co.short}_${dt.y}${p2(dt.m)}_${pick(['开户', '汇缴', '基数调整', '补缴'])}.xlsx    校验时间：${fd(dt)} ${hms()}`);
  L.push(`单位账号：${d.X('单位公积金账号', co.unitAcct)}    总行数：${total}    通过：${total - ps.length}    不通过：${ps.length}`);
  L.push(['行号', '姓名', '字段', '填写内容', '校验结果'].join(sep));
  let row = 2;
  for (const p of ps) {
    row += ri(1, 5);
    const f = pick(['chk', 'chk', 'typo', 'transp', 'date', 'region', 'mob', 'mob', 'mob10', 'cardlen', 'card', 'dup', 'base', 'x']);
    let field = '证件号码', val, res;
    if (f === 'chk') { val = d.X('无效身份证号(校验位)', badIdCheck(p.id)); res = '证件号码校验位错误'; }
    else if (f === 'typo') { val = d.X('无效身份证号(录入错误)', badIdTypo(p)); res = '证件号码不符合编码规则'; }
    else if (f === 'transp') { val = d.X('无效身份证号(录入错误)', badIdTransp(p)); res = '证件号码校验位错误'; }
    else if (f === 'date') { val = d.X('无效身份证号(日期)', badIdDate(p)); res = '出生日期不合法'; }
    else if (f === 'region') { val = d.X('无效身份证号(地区码)', badIdRegion(p)); res = '行政区划代码不存在'; }
    else if (f === 'mob') { field = '手机号码'; val = d.X('无效手机号(号段)', badMobile()); res = '手机号码号段不存在'; }
    else if (f === 'mob10') { field = '手机号码'; val = d.X('手机号位数错误', chance(0.5) ? p.mobile.slice(0, 10) : p.mobile.slice(0, 3) + p.mobile.slice(4)); res = '手机号码位数不正确'; }
    else if (f === 'cardlen') { field = '银行卡号'; val = d.X('银行卡号位数错误', card(p).slice(0, ri(12, 15))); res = '银行卡号位数不正确'; }
    else if (f === 'card') { field = '银行卡号'; val = d.Bc(badCard(card(p))); res = '银行卡号校验失败，请核对'; }
    else if (f === 'dup') { val = d.I(p); res = `该人员已在本单位开户（个人账号${d.X('个人公积金账号', gjjAcct(p, co))}）`; }
    else if (f === 'base') { field = '月缴存基数'; val = d.X('缴存基数', String(ri(36, 60) * 1000)); res = '超过本年度缴存基数上限'; }
    else { val = d.X('无效身份证号(校验位)', p.id.slice(0, 17) + (p.id[17] === 'X' ? '0' : 'X')); res = '校验位错误（末位应为数字或大写X）'; }
    L.push([String(row), d.N(p), field, val, res].join(sep));
  }
  L.push('');
  L.push('请修改后重新上传。通过校验的记录已暂存，未提交。');
  L.push(`操作员：${d.N(pick(co.hr))}（${d.X('系统账号', pick(['jbr01', 'jbr02', co.short.length > 2 ? 'admin' : 'hr01']))}）`);
  d.text = L.join('\n'); return d;
};

// ============================================================== build
const PLAN = { jcqd: 18, hjbj: 16, khpl: 20, tqsq: 22, dkda: 16, zjyj: 16, ybbx: 14, ylj: 12, dfhp: 10, xml: 14, mail: 30, notice: 12, ocr: 18, chat: 16, sms: 12, log: 14, json: 12, minutes: 10, note: 14, stmt: 10, zm: 12, jsjs: 10, jyjg: 14 };
const docs = [];
for (const [kind, n] of Object.entries(PLAN)) for (let i = 1; i <= n; i++) { const d = GEN[kind](); d.id = `pf-${kind}-${i}`; docs.push(d); }

// ============================================================== self-check
const errors = [];
function normForm(det, w) {
  const s = w.normalize('NFKC');
  switch (det) {
    case 'person_name_zh': return s.replace(/\s/g, '');
    case 'cn_mobile': { let g = s.replace(/\D/g, ''); if (g.length === 13 && g.startsWith('86')) g = g.slice(2); if (g.length === 15 && g.startsWith('0086')) g = g.slice(4); if (g.length === 12 && g.startsWith('0')) g = g.slice(1); return g; }
    case 'cn_resident_id': { const g = s.replace(/[\s-]/g, '').toUpperCase(); return g.length === 15 ? upgrade15(g) : g; }
    case 'bank_card': return s.replace(/\D/g, '');
    case 'email': return s.trim().toLowerCase();
    case 'cn_landline': { let g = s.replace(/\D/g, ''); if (s.trim().startsWith('+86')) g = '0' + g.slice(2); return g; }
    default: return s.replace(/\s/g, '').toUpperCase();
  }
}
function validValue(det, v) {
  switch (det) {
    case 'person_name_zh': return /^[\u4e00-\u9fa5·]{2,10}$/.test(v);
    case 'cn_mobile': return mobAllocated(v);
    case 'cn_resident_id': return validId(v, true);
    case 'bank_card': return /^\d{16,19}$/.test(v) && luhnOk(v);
    case 'email': return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'cn_landline': return /^0(10|2[0-57-9])[2-8]\d{7}$/.test(v) || /^0(571|755|512)[2-8]\d{7}$/.test(v);
    case 'cn_uscc': return validUscc(v);
    case 'cn_passport': return /^(E\d{8}|E[A-HJ-NP-Z]\d{7}|G\d{8})$/.test(v);
    default: return false;
  }
}
function occ(text, sub) { const r = []; if (!sub) return r; let i = text.indexOf(sub); while (i >= 0) { r.push([i, i + sub.length]); i = text.indexOf(sub, i + 1); } return r; }
const out = [];
for (const d of docs) {
  const text = d.text; const nk = text.normalize('NFKC');
  const ents = [...d.ents.values()], dcs = [...d.dcs.values()], decs = [...d.decs.values()];
  const err = (m) => errors.push(`${d.id}: ${m}`);
  for (const e of ents) {
    if (!validValue(e.detector, e.value)) err(`invalid entity ${e.detector} ${e.value}`);
    const fs = d.forms.filter((f) => f.det === e.detector && f.v === e.value && f.e);
    if (!fs.length) err(`entity without written form ${e.detector} ${e.value}`);
    for (const f of fs) { if (!text.includes(f.w)) err(`form not in text ${e.detector} ${JSON.stringify(f.w)}`); if (normForm(e.detector, f.w) !== e.value) err(`form does not normalise ${e.detector} ${JSON.stringify(f.w)} -> ${normForm(e.detector, f.w)} != ${e.value}`); }
  }
  for (const c of dcs) { const fs = d.forms.filter((f) => f.det === c.detector && f.v === c.value); for (const f of fs) if (!text.includes(f.w)) err(`dontCare form not in text ${JSON.stringify(f.w)}`); }
  // decoys: present, not equal to an entity, not overlapping a labelled form
  const labelled = new Set(ents.concat(dcs).map((e) => e.value));
  const spans = []; for (const f of d.forms) if (d.ents.has(f.det + '|' + f.v) || d.dcs.has(f.det + '|' + f.v)) for (const s of occ(text, f.w)) spans.push(s);
  for (const x of decs) {
    if (!text.includes(x.text)) err(`decoy not in text ${x.kind} ${x.text}`);
    const nx = x.text.normalize('NFKC').replace(/[\s-]/g, '');
    if (labelled.has(nx) || labelled.has(nx.toUpperCase()) || labelled.has(nx.toLowerCase())) err(`decoy equals a label ${x.kind} ${x.text}`);
    for (const [a, b] of occ(text, x.text)) for (const [c, e] of spans) if (a < e && c < b) err(`decoy ${x.kind} ${JSON.stringify(x.text)} overlaps a labelled value`);
    const dg = x.text.replace(/\D/g, '');
    if (/^\d{17}[\dXx]$/.test(x.text) && validId(x.text.toUpperCase(), false)) err(`decoy is a valid ID ${x.text}`);
    if (/^\d{11}$/.test(x.text) && mobAllocated(x.text)) err(`decoy is a valid mobile ${x.text}`);
    if (/^\d{16,19}$/.test(x.text) && luhnOk(x.text) && /^(62|81|60)/.test(x.text)) err(`decoy is a card ${x.text}`);
    void dg;
  }
  // no valid-looking value left unlabelled (whole digit runs)
  const known = new Set([...labelled, ...decs.map((x) => x.text)]);
  const knownCovers = (run) => known.has(run) || [...known].some((k) => k.includes(run));
  for (const m of nk.matchAll(/\d+[Xx]?/g)) {
    const run = m[0]; const up = run.toUpperCase(); const pre = nk[m.index - 1] || '';
    if (/[A-Za-z]/.test(pre)) continue; // letter-prefixed serials
    let what = null;
    if (up.length === 18 && validId(up, false)) what = ['cn_resident_id', up];
    else if (/^\d{15}$/.test(run) && validLegacy(run)) what = ['cn_resident_id', upgrade15(run)];
    else if (/^\d{11}$/.test(run) && mobAllocated(run)) what = ['cn_mobile', run];
    else if (/^\d{13}$/.test(run) && run.startsWith('86') && mobAllocated(run.slice(2))) what = ['cn_mobile', run.slice(2)];
    else if (/^\d{16,19}$/.test(run) && luhnOk(run) && /^(62|81|60)/.test(run)) what = ['bank_card', run];
    if (what && !labelled.has(what[1]) && !knownCovers(run)) err(`unlabelled valid-looking ${what[0]} ${run}`);
  }
  for (const e of ents) for (const x of decs) if (x.text === e.value) err(`entity is also decoy ${e.value}`);
  const sortL = (a) => a.sort((p, q) => (p.detector + p.value).localeCompare(q.detector + q.value));
  out.push({ id: d.id, kind: d.kind, text, entities: sortL(ents), dontCare: sortL(dcs), decoys: decs });
}
// every entity name must be a name somewhere else? (no) — check cross-doc: no decoy text of one doc is an entity value of the same doc (done above)

if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length})`); for (const e of errors.slice(0, 60)) console.error('  ' + e); process.exit(1); }
writeFileSync(OUT, out.map((o) => JSON.stringify(o)).join('\n') + '\n');

// ============================================================== summary
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
for (const o of out) {
  perKind[o.kind] = (perKind[o.kind] || 0) + 1;
  for (const e of o.entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of o.dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of o.decoys) perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1;
}
const tot = (o) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`provident: ${out.length} documents, ${Object.keys(perKind).length} kinds -> ${OUT}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(10)} ${v}`);
console.log(`entities per detector (total ${tot(perDet)}):`); for (const [k, v] of Object.entries(perDet).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`dontCare per detector (total ${tot(perDc)}):`); for (const [k, v] of Object.entries(perDc).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log(`decoys per kind (total ${tot(perDecoy)}):`); for (const [k, v] of Object.entries(perDecoy).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log('self-check: OK');
