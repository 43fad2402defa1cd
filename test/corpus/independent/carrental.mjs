#!/usr/bin/env node
/*
 * carrental.mjs — independent labelled test corpus for listguard (Chinese personal data).
 *
 * Written in session 37 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 *
 * Theme: a regional 汽车租赁 company (fictional 粤顺行汽车租赁有限公司, stores in 深圳/广州/东莞/佛山/中山):
 * short-term self-drive rentals, monthly rentals to companies, cars leased to 网约车 drivers, and the
 * 门店 / 客服 / 风控 / 调度 / 催收 / 财务 staff who produce the documents.
 *
 * Kinds (id prefix cr-<kind>-<n>):
 *   order-csv       租车订单 CSV export (订单号, 承租人, 身份证, 驾驶证号 = ID, 手机, 紧急联系人, 车牌, 押金卡)
 *   order-tsv       order export from the rental system (TSV, English keys, ms timestamps)
 *   order-xlsx      xlsx-as-text dump (sheet/row prefixes, 企业客户 second sheet with USCC)
 *   handover-ocr    取还车交接单 OCR'd (spaced names, 油量/里程, broken numbers)
 *   violation       违章处理 list (违章编号, 决定书编号, driver names and IDs)
 *   blacklist       风控 blacklist notice (masked and unmasked values)
 *   credit-json     信用免押 approval log lines with JSON (userName/idNo/phone)
 *   corp-contract   企业长租合同 excerpt (USCC, 法定代表人, 联系人, 经办人, 对公账号, VIN, 指定驾驶员)
 *   driver-roster   网约车司机 lease roster (身份证, 网约车驾驶员证号, 结算银行卡)
 *   driver-settle   司机周结算 list (name, card, amounts, 转账流水号)
 *   device-log      GPS/ETC device logs (IMEI, ETC卡号, alerts naming 调度 and 承租人)
 *   accident        事故报案 record (报案号, 保单号, third parties)
 *   wechat          客服 WeChat chats incl. OCR text of ID cards and driving licences
 *   email           e-mails with signatures and quoted replies
 *   sms-log         SMS 还车提醒 send log
 *   collection      催收 call notes
 *   fixedwidth      fixed-width 押金台账
 *   pdftext         pdftotext-wrapped 企业月租对账单
 *   handtyped       hand-typed lists with irregular separators
 *   shift           交班/接班 shift handover notes
 *   deposit-refund  押金退款审批单
 *   invoice-info    企业客户开票信息 blocks
 *   staff-dir       门店员工通讯录
 *   vendor          合作修理厂/救援供应商名录
 *   realname-log    实名认证 / 银行卡四要素 validation log (failing IDs are decoys)
 *
 * Usage: node carrental.mjs OUT.jsonl
 *   writes one JSON object per line:
 *   {"id","kind","text","entities":[{detector,value}],"dontCare":[{detector,value}],"decoys":[{kind,text}]}
 *   and prints a summary to stderr. Deterministic (sfc32 PRNG with a fixed seed, no clock).
 *
 * Label normalisation (entities and dontCare):
 *   cn_resident_id  18 chars, upper-case X (driving-licence numbers of mainland drivers = ID number → cn_resident_id)
 *   cn_mobile       11 digits, no +86 and no separators
 *   cn_landline     digits incl. leading 0 and area code, no separators, no extension
 *   email           lower-case
 *   bank_card       digits only
 *   cn_uscc         18 chars upper-case
 *   person_name_zh  the Chinese name as written, without spaces, titles or pinyin (minority names keep the ·)
 *   Every ID / card / USCC / mobile / landline entity is valid: MOD 11-2 with a real birth date and a real
 *   county code; Luhn with real card prefixes (62…, 4…, 51–55); GB 32100 check plus the GB 11714 check
 *   at pos 17; allocated mobile prefixes; 8-digit subscriber numbers for the area codes used.
 *
 * Decoys (must not be reported under any detector; text exactly as written): 订单号 (16–20 digits, Luhn-
 *   failing and not ID/USCC-valid), 车牌, VIN, 发动机号, 里程, ETC卡号 (20 digits), IMEI (15 digits),
 *   违章编号, 决定书编号, 保单号, 报案号, 13-digit ms timestamps, amounts, 400/95xxx hotlines, masked
 *   IDs/mobiles/cards, IDs failing their check in validation logs, 对公账号, 网约车驾驶员证号, 驾驶证档案编号,
 *   转账流水号, car model names (宋Pro DM-i, 汉EV, 唐DM-i, 秦PLUS …), store names (黄埔店 …), and role words
 *   standing where a name could stand (同承租人, 驾驶员本人 …).
 *
 * dontCare policy (either answer is fine): names only in running prose sentences, surname+title forms
 *   (王师傅, 李哥, 张女士, 陈经理), masked names (王*芳, 李**, 张某), CJK chat nicknames, and numbers that the
 *   OCR broke (stray O/l, split across lines) — labelled with their intended value.
 *   Staff names beside labels (门店:, 客服:, 调度:, 经办人:, 交车人:), labelled names in tables/forms,
 *   JSON name keys and chat senders with full names are entities.
 *
 * Self-check at the end: every entity appears in its document in some written form, every entity passes its
 * check, no decoy equals an entity value, every long digit run that validates as ID/mobile/card/landline/USCC
 * is labelled, each document is 300–4000 characters.
 */
import fs from 'node:fs';

// ---------------------------------------------------------------- PRNG
function sfc32(a, b, c, d) {
  return function () {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const rnd = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, 37);
for (let i = 0; i < 32; i++) rnd();
const R = (n) => Math.floor(rnd() * n);
const pick = (a) => a[R(a.length)];
const pickF = (a) => pick(a)();
const chance = (p) => rnd() < p;
const between = (lo, hi) => lo + R(hi - lo + 1);
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += R(10); return s; };
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = R(i + 1); [a[i], a[j]] = [a[j], a[i]]; } return a; };

// ---------------------------------------------------------------- validators
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += +b17[i] * ID_W[i]; return '10X98765432'[s % 11]; }
function validDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function isValidId(s) {
  if (!/^\d{17}[\dX]$/.test(s)) return false;
  if (!PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s.slice(0, 17)) === s[17];
}
const ALLOC = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199']);
const isValidMobile = (s) => /^1[3-9]\d{9}$/.test(s) && ALLOC.has(s.slice(0, 3));
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
const isValidCard = (s) => /^\d{16,19}$/.test(s) && /^(62|4|5[1-5])/.test(s) && luhnOk(s);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
function orgCheck(b8) { const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function isValidUscc(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  if (!'123456789ANY'.includes(s[0])) return false;
  if (usccCheck(s.slice(0, 17)) !== s[17]) return false;
  return orgCheck(s.slice(8, 16)) === s[16];
}
const AREAS = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0757': 8, '0769': 8, '0756': 8, '0760': 8, '0571': 8, '0731': 8, '0898': 8 };
function isValidLandline(s) {
  for (const [a, n] of Object.entries(AREAS)) if (s.startsWith(a) && s.length === a.length + n && /^[2-8]/.test(s.slice(a.length))) return true;
  return false;
}
const isValidEmail = (s) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(s);
const isValidName = (s) => /^[\u4e00-\u9fa5]{2,4}$/.test(s) || /^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(s);
const CHECK = { cn_resident_id: isValidId, cn_mobile: isValidMobile, cn_landline: isValidLandline, email: isValidEmail, bank_card: isValidCard, cn_uscc: isValidUscc, person_name_zh: isValidName };

// would a bare digit run be taken for personal data? (decoys must not be)
function suspiciousRun(r) {
  const L = r.length;
  if (L === 11 && isValidMobile(r)) return true;
  if (L === 18 && (isValidId(r) || isValidUscc(r))) return true;
  if (L >= 16 && L <= 19 && luhnOk(r)) return true;
  if (L === 15 && PROV.has(r.slice(0, 2)) && validDate(1900 + +r.slice(6, 8), +r.slice(8, 10), +r.slice(10, 12))) return true;
  if (L >= 10 && L <= 12 && r[0] === '0' && isValidLandline(r)) return true;
  return false;
}
function safeDigits(prefix, len) {
  for (;;) { const s = prefix + digits(len - prefix.length); if (!suspiciousRun(s)) return s; }
}

// ---------------------------------------------------------------- value generators
const issued = new Set();
function uniq(gen) { for (;;) { const v = gen(); if (!issued.has(v)) { issued.add(v); return v; } } }
const REGIONS_GD = ['440103', '440104', '440106', '440111', '440112', '440113', '440303', '440304', '440305', '440306', '440307', '441900', '442000', '440604', '441302', '445281', '441581', '445102', '440514', '440882'];
const REGIONS_OTHER = ['110105', '110108', '310115', '120101', '130102', '140105', '150102', '210102', '220102', '230103', '320106', '330106', '330382', '340104', '341221', '350203', '350181', '360102', '360702', '370202', '410105', '411302', '420106', '421181', '430102', '430181', '431002', '450102', '450103', '450921', '460106', '500101', '510107', '510522', '520102', '530102', '540102', '610113', '620102', '630104', '640104', '321283'];
const REGIONS_XJ = ['650102', '650104', '653101'];
function makeId(region, male, y0 = 1966, y1 = 2003) {
  return uniq(() => {
    for (;;) {
    let y, m, d; do { y = between(y0, y1); m = between(1, 12); d = between(1, 31); } while (!validDate(y, m, d));
    const g = male ? 2 * R(5) + 1 : 2 * R(5);
    const b = region + y + pad(m, 2) + pad(d, 2) + pad(R(100), 2) + g;
    const id = b + idCheck(b);
    if (!luhnOk(id) && !isValidUscc(id)) return id; // avoid IDs that also read as a Luhn card / all-digit USCC
    }
  });
}
const MOB_PRE = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '150', '158', '159', '180', '181', '182', '183', '185', '186', '187', '188', '189', '186', '187', '177', '176', '173', '175', '178', '199', '198', '191', '195', '166', '172', '193', '196', '167', '162', '192'];
const makeMobile = () => uniq(() => pick(MOB_PRE) + digits(8));
const AREA_W = ['0755', '0755', '0755', '0755', '020', '020', '020', '0769', '0769', '0757', '0757', '0760', '0756', '021', '010', '0571', '0731', '028', '027', '0898', '025', '029'];
function makeLandline(area) {
  area = area || pick(AREA_W);
  return uniq(() => area + (area === '0755' ? pick(['2', '3', '8']) : String(between(2, 8))) + digits(AREAS[area] - 1));
}
const BINS = [['622202', 19], ['621226', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['621483', 16], ['622588', 16], ['622575', 16], ['622262', 19], ['621661', 19], ['623058', 19], ['621098', 19], ['622150', 19], ['622908', 18], ['625965', 16], ['436742', 16], ['427020', 16], ['518710', 16], ['524047', 16], ['552599', 16], ['545619', 16], ['622202', 19], ['621700', 19], ['622848', 19]];
const BANK_OF = { '622202': '工商银行', '621226': '工商银行', '427020': '工商银行', '622848': '农业银行', '552599': '农业银行', '621700': '建设银行', '622700': '建设银行', '436742': '建设银行', '621483': '招商银行', '622588': '招商银行', '622575': '招商银行', '545619': '招商银行', '622262': '交通银行', '621661': '中国银行', '518710': '中国银行', '623058': '平安银行', '621098': '邮储银行', '622150': '邮储银行', '622908': '兴业银行', '625965': '招商银行信用卡', '524047': '中信银行' };
function makeCard() {
  return uniq(() => {
    const [bin, len] = pick(BINS); const body = bin + digits(len - bin.length - 1);
    for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return body + c;
  });
}
const bankOf = (card) => BANK_OF[card.slice(0, 6)] || '银行';
const BRANCH = ['深圳宝安支行', '深圳福田支行', '深圳南山支行', '广州天河支行', '广州白云支行', '东莞南城支行', '佛山禅城支行', '深圳龙华支行', '广州番禺支行', '中山石岐支行'];
const USCC_REG = ['440300', '440100', '440306', '440305', '440304', '440106', '440111', '441900', '440600', '442000', '440400', '440113', '440307', '441300'];
function makeUscc(pre) {
  return uniq(() => {
    pre = pre || pick(['91', '91', '91', '91', '91', '91', '92', '12', '52']);
    let body;
    if (chance(0.65)) { body = 'MA'; for (let i = 0; i < 6; i++) body += UA[chance(0.6) ? R(10) : 10 + R(21)]; }
    else body = digits(8);
    const b17 = pre + pick(USCC_REG) + body + orgCheck(body);
    return b17 + usccCheck(b17);
  });
}

// names --------------------------------------------------------------
const parsePy = (s) => s.split(' ').map((x) => [x[0], x.slice(1)]);
const SUR_TOP = parsePy('王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou');
const SUR_MID = parsePy('徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he 高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin 薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 覃qin 武wu 戴dai 孔kong 汤tang 庞pang 樊fan 兰lan 殷yin 施shi 陶tao 洪hong 翟zhai 安an 颜yan 倪ni 严yan 牛niu 温wen 季ji 俞yu 章zhang 鲁lu 葛ge 伍wu 申shen 尤you 毕bi 聂nie 柴chai 焦jiao 向xiang 柳liu 邢xing 岳yue 齐qi 梅mei 莫mo 庄zhuang 辛xin 管guan 祝zhu 左zuo 涂tu 谷gu 祁qi 舒shu 耿geng 詹zhan 关guan 苗miao 凌ling 纪ji 靳jin 盛sheng 童tong 欧ou 甄zhen 项xiang 游you 裴pei 卫wei 屈qu 鲍bao 赖lai 古gu 巫wu 温wen');
const SUR_RARE = parsePy('蒯kuai 乜nie 仉zhang 佘she 阚kan 郦li 缪miao 谌chen 冼xian 昝zan 麦mai 佟tong 濮pu 鄢yan 郗xi 禤xuan 冉ran 揭jie 栾luan 晏yan 闵min 桂gui 钮niu 练lian 植zhi 邝kuang 琚ju 隋sui 粟su 暨ji 亓qi 郜gao 逄pang 笪da 扈hu');
const SUR_COMP = [['欧阳', 'ouyang'], ['上官', 'shangguan'], ['司马', 'sima'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['皇甫', 'huangfu'], ['令狐', 'linghu'], ['慕容', 'murong'], ['夏侯', 'xiahou'], ['东方', 'dongfang'], ['尉迟', 'yuchi'], ['端木', 'duanmu']];
const GIV_M = parsePy('伟wei 强qiang 磊lei 军jun 勇yong 杰jie 涛tao 斌bin 超chao 明ming 刚gang 平ping 辉hui 鹏peng 华hua 飞fei 鑫xin 波bo 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 帅shuai 旭xu 宁ning 龙long 峰feng 建jian 国guo 志zhi 文wen 海hai 东dong 晨chen 阳yang 博bo 航hang 子zi 轩xuan 宏hong 成cheng 永yong 德de 庆qing 家jia 兴xing 振zhen 思si 嘉jia 睿rui 泽ze 昊hao 锋feng 毅yi 立li 春chun 光guang 荣rong 祥xiang 亮liang 彬bin 晓xiao 天tian 诚cheng 松song 金jin 坤kun 炜wei 煜yu 铭ming 锦jin 楠nan 豪hao 威wei 武wu 逸yi 江jiang 山shan');
const GIV_F = parsePy('芳fang 娜na 敏min 静jing 丽li 艳yan 秀xiu 娟juan 霞xia 燕yan 玲ling 婷ting 雪xue 慧hui 莹ying 琳lin 晶jing 洁jie 颖ying 倩qian 佳jia 欣xin 悦yue 萍ping 红hong 梅mei 兰lan 琴qin 云yun 月yue 瑶yao 雯wen 璐lu 蕾lei 薇wei 菲fei 彤tong 妍yan 晓xiao 思si 雨yu 诗shi 梦meng 丹dan 凤feng 淑shu 玉yu 珍zhen 桂gui 英ying 素su 春chun 美mei 雅ya 婉wan 宁ning 钰yu 涵han 琪qi 馨xin 蓉rong 露lu 姗shan 岚lan 秋qiu 芸yun');
const XJ_M = [['买买提', 'maimaiti'], ['艾尔肯', 'aierken'], ['努尔艾力', 'nueraili'], ['吐尔洪', 'tuerhong'], ['阿迪力', 'adili'], ['依力哈木', 'yilihamu'], ['麦麦提', 'maimaiti'], ['艾力', 'aili']];
const XJ_F = [['阿依古丽', 'ayiguli'], ['古丽娜尔', 'gulinaer'], ['热依拉', 'reyila'], ['迪丽努尔', 'dilinuer'], ['帕提古丽', 'patiguli'], ['米日古丽', 'miriguli']];
const XJ_2 = [['吐尔逊', 'tuerxun'], ['艾力', 'aili'], ['买买提', 'maimaiti'], ['阿不都', 'abudu'], ['依明', 'yiming'], ['库尔班', 'kuerban'], ['阿布拉', 'abula'], ['艾山', 'aishan'], ['热合曼', 'rehman']];
const usedNames = new Set();
function makeName(male) {
  for (;;) {
    const r = rnd();
    let name, sur, py;
    if (r < 0.02) {
      const a = pick(male ? XJ_M : XJ_F), b = pick(XJ_2);
      if (a[0] === b[0]) continue;
      name = a[0] + '·' + b[0]; sur = a[0]; py = a[1] + '.' + b[1];
    } else {
      let s;
      if (r < 0.05) s = pick(SUR_COMP);
      else if (r < 0.15) s = pick(SUR_RARE);
      else if (r < 0.5) s = pick(SUR_TOP);
      else s = pick(SUR_MID);
      const pool = male ? GIV_M : GIV_F;
      const g1 = pick(pool); let given = g1[0], gpy = g1[1];
      if (s[0].length === 1 ? chance(0.72) : chance(0.5)) { const g2 = pick(pool); given += g2[0]; gpy += g2[1]; }
      name = s[0] + given; sur = s[0]; py = [s[1], gpy];
    }
    if (usedNames.has(name)) continue;
    usedNames.add(name);
    return { name, sur, py, xj: r < 0.02 };
  }
}
const MAIL_DOM = ['qq.com', 'qq.com', '163.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sohu.com', 'aliyun.com', '139.com', 'outlook.com', 'gmail.com', 'yeah.net', 'hotmail.com', '189.cn'];
function makeEmail(p) {
  return uniq(() => {
    const r = rnd();
    const [s, g] = Array.isArray(p.py) ? p.py : [p.py.split('.')[0], p.py.split('.')[1]];
    if (r < 0.12) return between(10000000, 3999999999) + '@qq.com';
    if (r < 0.18 && p.mobile) return p.mobile + '@' + pick(['139.com', '189.cn', 'wo.cn']);
    if (r < 0.45) return s + g + pick(['', String(between(1, 99)), String(between(1970, 2003)).slice(2)]) + '@' + pick(MAIL_DOM);
    if (r < 0.65) return s + '.' + g + '@' + pick(MAIL_DOM);
    if (r < 0.82) return g + s[0] + between(100, 999) + '@' + pick(MAIL_DOM);
    return g + '_' + s + '@' + pick(MAIL_DOM);
  });
}
function person(opts = {}) {
  const male = opts.male ?? chance(opts.maleP ?? 0.62);
  const n = makeName(male);
  const region = n.xj ? pick(REGIONS_XJ) : chance(0.55) ? pick(REGIONS_GD) : pick(REGIONS_OTHER);
  const p = { ...n, male, region };
  p.id = makeId(region, male, opts.y0, opts.y1);
  p.mobile = makeMobile();
  p.card = makeCard();
  p.email = makeEmail(p);
  return p;
}

// organisation ---------------------------------------------------------
const OUR = { name: '粤顺行汽车租赁有限公司', short: '粤顺行租车', domain: 'yueshunxing-rent.com', uscc: makeUscc('91'), hotline: '400-826-5177', legal: null };
OUR.legal = person({ male: true, y0: 1968, y1: 1980 });
const STORES = [
  ['深圳宝安机场店', '0755'], ['深圳北站店', '0755'], ['南山科技园店', '0755'], ['福田会展中心店', '0755'], ['罗湖火车站店', '0755'], ['龙华店', '0755'],
  ['广州白云机场店', '020'], ['广州南站店', '020'], ['天河体育中心店', '020'], ['黄埔店', '020'], ['番禺万博店', '020'], ['东莞松山湖店', '0769'], ['佛山千灯湖店', '0757'], ['中山石岐店', '0760'],
].map(([name, area]) => ({ name, tel: makeLandline(area) }));
const ROLES = ['门店店长', '门店专员', '客服专员', '风控专员', '调度员', '催收专员', '财务', '车管专员', '企业客户经理', '网约车业务主管'];
const STAFF = [];
for (let i = 0; i < 60; i++) {
  const p = person({ maleP: 0.5, y0: 1975, y1: 2001 });
  p.role = ROLES[i % ROLES.length]; p.store = STORES[i % STORES.length];
  p.workNo = 'YSX' + pad(1000 + i * 7, 5);
  p.ext = String(between(800, 899));
  const py = Array.isArray(p.py) ? p.py : [p.py.split('.')[0], p.py.split('.')[1]];
  p.work = uniq(() => (chance(0.5) ? py[1] + '.' + py[0] : py[0] + py[1][0] + (chance(0.3) ? between(1, 9) : '')) + '@' + OUR.domain);
  p.dtel = makeLandline(p.store.tel.startsWith('0755') ? '0755' : p.store.tel.startsWith('020') ? '020' : pick(['0755', '020']));
  STAFF.push(p);
}
const staffOf = (...roles) => { const c = STAFF.filter((s) => roles.includes(s.role)); return pick(c.length ? c : STAFF); };
const CITY = ['深圳市', '广州市', '东莞市', '佛山市', '中山市', '深圳市', '广州市'];
const ZIHAO = [['鸿达', 'hongda'], ['恒信', 'hengxin'], ['宏图', 'hongtu'], ['瑞丰', 'ruifeng'], ['嘉禾', 'jiahe'], ['誉成', 'yucheng'], ['联拓', 'liantuo'], ['汇通', 'huitong'], ['启航', 'qihang'], ['盛和', 'shenghe'], ['澜海', 'lanhai'], ['铭远', 'mingyuan'], ['乐途', 'letu'], ['卓越', 'zhuoyue'], ['锦程', 'jincheng'], ['泰和', 'taihe'], ['星辰', 'xingchen'], ['智行', 'zhixing'], ['云帆', 'yunfan'], ['博远', 'boyuan'], ['凯捷', 'kaijie'], ['优品', 'youpin'], ['华创', 'huachuang'], ['新航', 'xinhang']];
const TRADE = [['物流', 'wl'], ['科技', 'tech'], ['电子', 'dz'], ['建设工程', 'jsgc'], ['贸易', 'trade'], ['供应链管理', 'scm'], ['餐饮管理', 'cy'], ['信息技术', 'it'], ['医疗器械', 'med'], ['文化传媒', 'media'], ['人力资源服务', 'hr'], ['汽车维修服务', 'auto'], ['道路救援', 'rescue'], ['物业管理', 'wy']];
function company(trade) {
  const z = pick(ZIHAO), t = trade ? TRADE.find((x) => x[0] === trade) || pick(TRADE) : pick(TRADE);
  const city = pick(CITY);
  const c = { name: city + z[0] + t[0] + '有限公司', uscc: makeUscc(), tel: makeLandline(city === '深圳市' ? '0755' : city === '广州市' ? '020' : city === '东莞市' ? '0769' : city === '佛山市' ? '0757' : '0760'), domain: z[1] + t[1] + '.com', city };
  c.addr = city + pick(['宝安区', '南山区', '天河区', '白云区', '南城街道', '禅城区', '龙岗区', '番禺区']) + pick(['创业', '新湖', '科苑', '黄埔', '迎宾', '东环', '工业']) + pick(['路', '大道']) + between(1, 399) + '号' + pick(['', 'A栋', '2号楼']) + between(2, 28) + '0' + between(1, 9) + '室';
  c.acct = safeDigits(pick(['4420', '7559', '4000', '8110', '3806', '4414']), pick([12, 14, 15, 20, 21, 22]));
  return c;
}

// ---------------------------------------------------------------- document builder
const K = (d, v) => d + '\u0000' + v;
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.X = new Map(); }
  ent(det, v) { this.E.set(K(det, v), { detector: det, value: v }); }
  dc(det, v) { this.D.set(K(det, v), { detector: det, value: v }); }
  dec(kind, text) { this.X.set(K(kind, text), { kind, text }); return text; }
}
const FW = (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
// entity writers
function N(d, p, style) {
  d.ent('person_name_zh', p.name);
  if (style === 'ocr' && !p.name.includes('·') && chance(0.5)) return p.name.split('').join(chance(0.5) ? ' ' : '  ');
  return p.name;
}
function NP(d, p) { d.dc('person_name_zh', p.name); return p.name; }          // prose mention
function NT(d, p, t) { const s = p.sur + t; d.dc('person_name_zh', s); d.dc('person_name_zh', p.sur); return s; } // surname + title
function NM(d, p) {                                                              // masked name
  const s = p.name.includes('·') ? p.name[0] + '***' : pick([p.sur + '*' + (p.name.length > p.sur.length + 1 ? p.name.slice(-1) : ''), p.sur + '**', p.sur + '某', p.sur + '某某']);
  d.dc('person_name_zh', s); return s;
}
function NICK(d) { const s = pick(['阿杰', '小陈', '晴天', '老吴', '阿琳', '小鱼儿', '大鹏', '阿珍', '木子', '小胖', '阿斌', '芳芳']); d.dc('person_name_zh', s); return s; }
function ID(d, id, style) {
  d.ent('cn_resident_id', id);
  const r = rnd();
  if (style === 'plain') return id;
  if (id.endsWith('X') && r < 0.25) return id.slice(0, 17) + 'x';
  if (style === 'loose' && r < 0.15) return id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
  if (style === 'fw' && r < 0.3) return FW(id);
  return id;
}
function M(d, m, style) {
  d.ent('cn_mobile', m);
  if (style === 'plain') return m;
  const r = rnd();
  if (style === 'fw' && r < 0.2) return FW(m);
  if (r < 0.7) return m;
  if (r < 0.78) return m.slice(0, 3) + ' ' + m.slice(3, 7) + ' ' + m.slice(7);
  if (r < 0.85) return m.slice(0, 3) + '-' + m.slice(3, 7) + '-' + m.slice(7);
  if (r < 0.92) return '+86 ' + m;
  if (r < 0.96) return '+86-' + m;
  return '(+86)' + m;
}
function T(d, t, opts = {}) {
  d.ent('cn_landline', t);
  const a = t.startsWith('01') || t.startsWith('02') ? t.slice(0, 3) : t.slice(0, 4), s = t.slice(a.length);
  let out;
  const r = opts.plain ? 0 : rnd();
  if (r < 0.55) out = a + '-' + s;
  else if (r < 0.7) out = '(' + a + ')' + s;
  else if (r < 0.8) out = '（' + a + '）' + s;
  else if (r < 0.9) out = a + ' ' + s.slice(0, 4) + ' ' + s.slice(4);
  else out = t;
  if (opts.ext) out += pick(['转', '-', ' 分机', ' ext.']) + opts.ext;
  return out;
}
function C(d, c, style) {
  d.ent('bank_card', c);
  if (style === 'plain') return c;
  const r = rnd();
  if (r < 0.6) return c;
  if (r < 0.9) return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  return c.replace(/(\d{4})(?=\d)/g, '$1-');
}
function E(d, e, style) {
  d.ent('email', e.toLowerCase());
  if (isValidMobile(e.split('@')[0])) d.ent('cn_mobile', e.split('@')[0]);
  if (style !== 'plain' && chance(0.12)) return e.split('@')[0].replace(/^./, (c) => c.toUpperCase()) + '@' + e.split('@')[1].replace(/^./, (c) => c.toUpperCase());
  return e;
}
function U(d, u, style) { d.ent('cn_uscc', u); if (style === 'loose' && chance(0.15)) return u.toLowerCase(); return u; }
function STAFFN(d, s) { d.ent('person_name_zh', s.name); return s.name; }
// decoy writers
const PLATE_L = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function plate(d) { const city = pick(['B', 'B', 'B', 'A', 'A', 'S', 'E', 'T']); const body = chance(0.6) ? pick(['D', 'F']) + (chance(0.5) ? pick(PLATE_L.split('')) + digits(4) : digits(5)) : digits(1) + pick(PLATE_L.split('')) + digits(1) + pick(PLATE_L.split('')) + digits(1); return d.dec('plate', '粤' + city + (chance(0.7) ? '·' : '') + body); }
const VINC = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
function vin(d) { let s = pick(['LGXCE4CB', 'LGXC76C4', 'LSVAX60E', 'LFV2A21K', 'LVHRW5839', 'LHGCV1658', 'LSGKE54H', 'LBV5S3101']); while (s.length < 11) s += pick(VINC.split('')); s = s.slice(0, 11) + digits(6); return d.dec('vin', s); }
function engineNo(d) { return d.dec('engine_no', pick(['BYD476ZQA', 'BYD472QA', 'HR16', 'EA211', 'M20C', 'A25A']) + pick(['', '-']) + pick(PLATE_L.split('')) + digits(6)); }
function orderNo(d, dt) { const p = (dt ? dt.ymd : '2024' + pad(between(1, 12), 2) + pad(between(1, 28), 2)); return d.dec('order_no', safeDigits(chance(0.3) ? '1' + p.slice(2) : p, pick([16, 17, 18, 19, 20]))); }
function imei(d) { for (;;) { const b = pick(['86', '35']) + digits(12); for (let c = 0; c < 10; c++) if (luhnOk(b + c)) { const s = b + c; if (!suspiciousRun(s)) return d.dec('imei', s); } } }
function etcNo(d) { return d.dec('etc_card', safeDigits(pick(['4401', '4403', '4419']) + pick(['1923', '2022', '2124']), 20)); }
function odo(d) { return d.dec('mileage', String(between(1200, 186000))); }
function money(d, lo, hi) { const v = between(lo, hi); const s = (v >= 1000 && chance(0.5) ? v.toLocaleString('en-US') : String(v)) + (chance(0.6) ? '.00' : ''); return d.dec('amount', s); }
function hotline(d) { return d.dec('hotline', pick([OUR.hotline, '400-826-5177', '4008265177', '95518', '95500', '95512', '95511', '12122', '12123'])); }
function maskId(d, id) { const s = pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id.slice(0, 1) + '****************' + id.slice(17), id.slice(0, 4) + '**********' + id.slice(14)]); return d.dec('masked_id', s); }
function maskMob(d, m) { return d.dec('masked_mobile', pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)])); }
function maskCard(d, c) { return d.dec('masked_card', pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), '**** ' + c.slice(-4), '尾号' + c.slice(-4)])); }
function badId(d, region) {
  const p = person({}); issued.delete(p.id);
  let s;
  const r = rnd();
  if (r < 0.5) { const right = p.id[17]; let w; do { w = pick('0123456789X'.split('')); } while (w === right); s = p.id.slice(0, 17) + w; }
  else if (r < 0.75) { s = p.id.slice(0, 10) + '13' + p.id.slice(12, 17); s += idCheck(s); }
  else { const i = between(6, 15); s = p.id.slice(0, i) + p.id[i + 1] + p.id[i] + p.id.slice(i + 2); if (isValidId(s)) s = p.id.slice(0, 17) + (p.id[17] === '0' ? '1' : '0'); }
  if (isValidId(s) || suspiciousRun(s)) return badId(d, region);
  return d.dec('invalid_id', s);
}
function acct(d, c) { return d.dec('corporate_account', c.acct); }
function tsMs(d, dt) { return d.dec('timestamp_ms', String(dt.ms)); }
const MODELS = ['宋Pro DM-i', '汉EV', '唐DM-i', '秦PLUS DM-i', '秦PLUS EV', '元PLUS', '海豚', '海豹', '宋PLUS EV', '轩逸', '朗逸', '卡罗拉双擎', '凯美瑞', '雅阁', '帕萨特', '别克GL8', '传祺M8', '埃安S', '理想L7', '问界M7'];
function model(d) { return d.dec('car_model', pick(MODELS)); }
function store(d, s) { return d.dec('store', (s || pick(STORES)).name); }
function dt0() {
  const y = chance(0.6) ? 2024 : 2025; const m = between(1, y === 2025 ? 6 : 12); const day = between(1, 28); const h = between(7, 22), mi = R(60), s = R(60);
  const ms = Date.UTC(y, m - 1, day, h - 8, mi, s) + R(1000);
  const ymd = y + pad(m, 2) + pad(day, 2);
  return { y, m, day, h, mi, s, ms, ymd, date: `${y}-${pad(m, 2)}-${pad(day, 2)}`, time: `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`, cn: `${y}年${m}月${day}日`, md: `${pad(m, 2)}-${pad(day, 2)}`, slash: `${y}/${m}/${day}` };
}
const dtS = (t) => t.date + ' ' + t.time;
function later(t, days, jitter = true) { const ms = t.ms + days * 86400000 + (jitter ? R(3600000) : 0); const x = new Date(ms + 8 * 3600000); const y = x.getUTCFullYear(), m = x.getUTCMonth() + 1, day = x.getUTCDate(), h = x.getUTCHours(), mi = x.getUTCMinutes(), s = x.getUTCSeconds(); return { y, m, day, h, mi, s, ms, ymd: y + pad(m, 2) + pad(day, 2), date: `${y}-${pad(m, 2)}-${pad(day, 2)}`, time: `${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}`, cn: `${y}年${m}月${day}日`, md: `${pad(m, 2)}-${pad(day, 2)}`, slash: `${y}/${m}/${day}` }; }
const csv = (a, sep = ',') => a.map((x) => { x = String(x); return sep === ',' && /[",\n]/.test(x) ? '"' + x.replace(/"/g, '""') + '"' : x; }).join(sep);
const dw = (s) => [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
const rows = (scale, lo, hi) => Math.max(2, Math.round(between(lo, hi) * scale));

// ---------------------------------------------------------------- kinds
const GEN = {};

GEN['order-csv'] = (d, sc) => {
  const v = R(3), out = [];
  const hdr = [['订单号', '下单时间', '取车门店', '车型', '车牌号', '承租人', '身份证号', '驾驶证号', '手机号', '紧急联系人', '紧急联系人电话', '押金方式', '押金卡号', '押金金额', '客服'],
    ['订单编号', '创建时间', '门店', '车型', '车牌', '承租人姓名', '证件号码', '驾驶证号', '联系电话', '紧急联系人', '联系人手机', '押金方式', '预授权卡号', '押金', '录单人'],
    ['order_no', '下单时间', '门店', '车型', '车牌', '承租人', '身份证', '驾照号', '手机', '紧急联系人', '紧急联系电话', '押金方式', '押金卡', '押金(元)', '跟单客服']][v];
  out.push(csv(hdr));
  const n = rows(sc, 6, 12);
  for (let i = 0; i < n; i++) {
    const p = person(), q = person({ maleP: 0.4 }), t = dt0(), st = pick(STAFF);
    const free = chance(0.3);
    const dl = chance(0.85) ? ID(d, p.id, 'plain') : d.dec('placeholder', '同身份证');
    const qn = chance(0.93) ? N(d, q) : d.dec('placeholder', '同承租人');
    out.push(csv([orderNo(d, t), dtS(t), store(d), model(d), plate(d), N(d, p), ID(d, p.id, 'plain'), dl, (v === 2 ? '\t' : '') + M(d, p.mobile, 'plain'), qn, qn === '同承租人' ? '' : M(d, q.mobile, 'plain'), free ? '芝麻信用免押' : '信用卡预授权', free ? '' : (chance(0.2) ? "'" : '') + C(d, p.card, 'plain'), free ? '0' : money(d, 2000, 8000), STAFFN(d, st)]));
  }
  if (chance(0.5)) out.push(csv(['合计', '', '', '', '', '', '', '', '', '', '', '', '', '', '']));
  return out.join('\n');
};

GEN['order-tsv'] = (d, sc) => {
  const out = ['order_id\tuser_name\tid_no\tlicense_no\tphone\temail\tcontact_name\tcontact_phone\tplate_no\tvin\tpickup_store\tstatus\tcreated_at'];
  const n = rows(sc, 5, 9);
  for (let i = 0; i < n; i++) {
    const p = person(), q = person({ maleP: 0.45 }), t = dt0();
    out.push([orderNo(d, t), N(d, p), ID(d, p.id, 'plain'), chance(0.8) ? p.id : '', M(d, p.mobile, 'plain'), chance(0.7) ? E(d, p.email, 'plain') : '', N(d, q), M(d, q.mobile, 'plain'), plate(d), vin(d), store(d), pick(['RETURNED', 'IN_USE', 'CANCELLED', 'OVERDUE', 'PAID']), tsMs(d, t)].join('\t'));
  }
  out.push('', `# exported by ${OUR.short} OMS v3.2, rows=${n}, operator=${pick(STAFF).workNo}`);
  return out.join('\n');
};

GEN['order-xlsx'] = (d, sc) => {
  const t0 = dt0();
  const out = [`[工作表1: ${t0.m}月长租订单]`, 'A | 订单编号 | 客户名称 | 证件号码 | 联系电话 | 车型 | 车牌 | 月租金 | 起租日 | 到期日 | 负责人'];
  const n = rows(sc, 4, 7);
  for (let i = 0; i < n; i++) {
    const p = person(), t = dt0(), st = staffOf('企业客户经理', '门店店长');
    out.push(`${i + 2} | ${orderNo(d, t)} | ${N(d, p)} | ${ID(d, p.id)} | ${M(d, p.mobile, 'plain')} | ${model(d)} | ${plate(d)} | ${money(d, 2800, 6800)} | ${t.date} | ${later(t, 30 * between(1, 6)).date} | ${STAFFN(d, st)}`);
  }
  out.push(`${n + 2} | 合计 |  |  |  |  |  | ${money(d, 20000, 60000)} |  |  | `);
  out.push('', '[工作表2: 企业客户]', 'A | 企业名称 | 统一社会信用代码 | 联系人 | 手机 | 座机 | 车辆数');
  const m = rows(sc, 3, 5);
  for (let i = 0; i < m; i++) {
    const c = company(), p = person();
    out.push(`${i + 2} | ${c.name} | ${U(d, c.uscc)} | ${N(d, p)} | ${M(d, p.mobile, 'plain')} | ${T(d, c.tel)} | ${between(2, 30)}`);
  }
  out.push('', '[工作表3: 说明]', 'A1 | 本表由系统导出，请勿外发。证件号码已按风控要求保留原值，仅限内部对账使用。');
  return out.join('\n');
};

GEN['handover-ocr'] = (d, sc) => {
  const out = [];
  const n = Math.max(1, Math.round(between(1, 2) * sc));
  for (let k = 0; k < n; k++) {
    const p = person(), t = dt0(), a = staffOf('门店专员', '车管专员', '门店店长'), b = staffOf('门店专员', '车管专员');
    const dir = pick(['取车', '还车']);
    out.push(`${OUR.name}  车辆${dir}交接单`, `N0.${d.dec('handover_no', 'JJ' + t.ymd + pad(R(10000), 4))}`,
      `门店：${store(d)}          日期：${t.cn} ${t.time.slice(0, 5)}`,
      `承 租 人：${N(d, p, 'ocr')}    性别：${p.male ? '男' : '女'}`);
    const r = rnd();
    if (r < 0.12) { d.dc('cn_resident_id', p.id); out.push(`身份证号：${p.id.slice(0, 10)}`, `${p.id.slice(10)}`); }
    else out.push(`身份证号:${ID(d, p.id)}`);
    if (chance(0.12)) { d.dc('cn_mobile', p.mobile); out.push(`联系电话：${p.mobile.slice(0, 4)}${pick(['O', 'l', 'I'])}${p.mobile.slice(5)}`); }
    else out.push(`联系电话：${M(d, p.mobile)}`);
    out.push(`车型：${model(d)}   车牌号码：${plate(d)}`, `车架号:${vin(d)}`,
      `${dir}里程：${odo(d)} km   油量/电量：${pick(['6/8', '4/8', '满', '82%', '67%', '1/2'])}   钥匙：${pick(['1把', '2把'])}`,
      `外观检查：${pick(['左前门划痕约5cm', '右后视镜外壳轻微擦伤', '前保险杠下沿刮擦', '无新增损伤', '后备箱盖小凹陷'])}；内饰：${pick(['整洁', '座椅有污渍', '脚垫缺1块'])}`,
      `随车物品：${pick(['三角牌 灭火器 充电枪', '三角牌 灭火器 备胎', '行驶证 三角牌 充电线'])}`,
      `交车人：${STAFFN(d, a)}      接车人：${chance(0.5) ? STAFFN(d, b) : N(d, p, 'ocr')}`,
      `客户签字：${chance(0.5) ? N(d, p) : '(手写签名)'}   门店电话：${T(d, pick(STORES).tel)}`,
      `备注：${pickF([() => '客户确认以上车况无异议。', () => '油量不足部分按' + money(d, 8, 12) + '元/升收取。', () => '超出里程按1元/公里结算，押金预授权' + money(d, 3000, 5000) + '元。'])}`, '—'.repeat(20));
  }
  return out.join('\n');
};

GEN['violation'] = (d, sc) => {
  const st = staffOf('车管专员', '门店专员');
  const out = [`违章处理清单（${store(d)}）  导出人：${STAFFN(d, st)}`, '', '序号|违章编号|车牌|违法时间|违法地点|违法行为|罚款|记分|决定书编号|承租人|身份证号|手机|处理方式|处理人'];
  const n = rows(sc, 5, 9);
  for (let i = 0; i < n; i++) {
    const p = person(), t = dt0(), h = staffOf('车管专员', '门店专员', '客服专员');
    const dec = chance(0.6) ? d.dec('decision_no', safeDigits('44030' + between(1, 7), 16)) : '—';
    out.push([i + 1, d.dec('violation_no', safeDigits('4403' + pad(R(100), 2), 16)), plate(d), dtS(t).slice(0, 16), pick(['宝安大道与新湖路交叉口', '南坪快速福龙出口', '广深高速鹤洲段', '机场南路', '天河路体育中心段', '华南快速员村隧道']), pick(['超速20%以下', '不按导向车道行驶', '违反禁止标线指示', '闯红灯', '违停', '未按规定让行']), money(d, 100, 200), pick(['0', '1', '3', '6']), dec, N(d, p), ID(d, p.id, 'plain'), M(d, p.mobile, 'plain'), pick(['客户自行处理', '门店代办', '押金抵扣', '待联系']), STAFFN(d, h)].join('|'));
  }
  const q = person();
  out.push('', `备注：第${between(1, n)}条车辆已由${NT(d, q, '师傅')}开到交警队处理，${NP(d, person())}说下周补交罚款。逾期未处理的按合同从违章押金（${money(d, 1000, 2000)}元）中扣除。`, `交管12123查询时间：${dtS(dt0())}`);
  return out.join('\n');
};

GEN['blacklist'] = (d, sc) => {
  const a = staffOf('风控专员'), b = staffOf('风控专员', '门店店长');
  const out = [`【风控通知】新增黑名单客户（第${between(10, 99)}期）`, `发布人：${STAFFN(d, a)}  审核：${STAFFN(d, b)}  日期：${dt0().date}`, '',
    '各门店：以下客户因恶意拖欠租金、私自转租或车辆失联，即日起禁止在全部门店租车。遇到下列证件或手机号下单请直接拒单并联系风控。', ''];
  const n = rows(sc, 4, 7);
  for (let i = 0; i < n; i++) {
    const p = person();
    if (chance(0.3)) {
      out.push(`${i + 1}. ${NM(d, p)} / ${maskId(d, p.id)} / ${maskMob(d, p.mobile)} / 原因：${pickF([() => '逾期未还车' + between(5, 40) + '天', () => '私自转租', () => '拖欠租金' + money(d, 2000, 20000) + '元'])}`);
    } else {
      out.push(`${i + 1}. 姓名：${N(d, p)}，身份证：${ID(d, p.id)}，手机：${M(d, p.mobile)}${chance(0.4) ? `，备用：${M(d, makeMobile())}` : ''}`);
      out.push(`   原因：${pickF([() => '车辆GPS被拆除后失联', () => '私自将车辆转租给第三方网约车司机', () => '多次逾期，欠租' + money(d, 3000, 30000) + '元', () => '伪造证件租车', () => '醉驾出险后拒绝配合'])}；关联订单：${orderNo(d)}${chance(0.3) ? `；押金卡 ${maskCard(d, p.card)}` : ''}`);
    }
  }
  out.push('', `如有疑问请联系风控热线 ${hotline(d)} 或内线 ${a.ext}。`);
  return out.join('\n');
};

GEN['credit-json'] = (d, sc) => {
  const out = [];
  const n = rows(sc, 5, 9);
  for (let i = 0; i < n; i++) {
    const p = person(), t = dt0(), rid = d.dec('request_id', 'FD' + t.ymd + digits(8).replace(/^0/, '7'));
    const bad = chance(0.2);
    const req = { reqId: rid, scene: 'FREE_DEPOSIT', userName: bad ? '' : p.name, idNo: '', phone: '', ts: t.ms };
    if (bad) {
      req.userName = N(d, p); req.idNo = badId(d); req.phone = M(d, p.mobile, 'plain'); d.dec('timestamp_ms', String(t.ms));
      out.push(`${dtS(t)}.${pad(t.ms % 1000, 3)} INFO  [credit-gw] >>> ${JSON.stringify(req)}`);
      out.push(`${dtS(t)}.${pad((t.ms + 87) % 1000, 3)} WARN  [credit-gw] <<< {"reqId":"${rid}","code":"E1021","msg":"idNo check failed","approved":false}`);
    } else {
      req.userName = N(d, p); req.idNo = ID(d, p.id, 'plain'); req.phone = M(d, p.mobile, 'plain'); d.dec('timestamp_ms', String(t.ms));
      if (chance(0.3)) req.email = E(d, p.email, 'plain');
      out.push(`${dtS(t)}.${pad(t.ms % 1000, 3)} INFO  [credit-gw] >>> ${JSON.stringify(req)}`);
      const ok = chance(0.75);
      out.push(`${dtS(t)}.${pad((t.ms + 120) % 1000, 3)} INFO  [credit-gw] <<< ${JSON.stringify({ reqId: rid, code: '0000', score: between(520, 780), approved: ok, quota: ok ? between(2, 10) * 1000 : 0, maskedIdNo: maskId(d, p.id), maskedPhone: maskMob(d, p.mobile) })}`);
    }
  }
  return out.join('\n');
};

GEN['corp-contract'] = (d, sc) => {
  const c = company(), lp = person({ y0: 1965, y1: 1985 }), ct = person(), ag = staffOf('企业客户经理');
  const t = dt0();
  const out = [`汽车长期租赁合同（节选）  合同编号：${d.dec('contract_no', 'YSX-CZ-' + t.y + '-' + pad(R(10000), 4))}`, '',
    `甲方（承租方）：${c.name}`, `统一社会信用代码：${U(d, c.uscc)}`, `法定代表人：${N(d, lp)}`, `住所：${c.addr}`,
    `联系人：${N(d, ct)}    联系电话：${T(d, c.tel)}    手机：${M(d, ct.mobile)}`, `电子邮箱：${E(d, chance(0.5) ? ct.email : pick(['hr', 'admin', 'xingzheng', ct.py[0] + ct.py[1]]) + '@' + c.domain)}`,
    `开户行：${pick(['招商银行', '中国银行', '工商银行', '平安银行'])}${pick(BRANCH)}    对公账号：${acct(d, c)}`, '',
    `乙方（出租方）：${OUR.name}`, `统一社会信用代码：${U(d, OUR.uscc)}`, `法定代表人：${N(d, OUR.legal)}`, `经办人：${STAFFN(d, ag)}   电话：${T(d, ag.dtel, { ext: chance(0.4) ? ag.ext : null })}   邮箱：${E(d, ag.work)}`, '',
    '第一条 租赁车辆', '序号  车型  车牌号  车架号  月租金（元）'];
  const n = rows(sc, 2, 5);
  for (let i = 0; i < n; i++) out.push(`${i + 1}  ${model(d)}  ${plate(d)}  ${vin(d)}  ${money(d, 3200, 7800)}`);
  out.push('', `第二条 租期自${t.cn}起至${later(t, 365).cn}止，共十二个月。租金按月支付，甲方应于每月5日前支付当月租金。`,
    '第三条 甲方指定驾驶员如下，指定驾驶员以外人员驾驶车辆发生事故的，由甲方承担全部责任：');
  const m = rows(sc, 2, 4);
  for (let i = 0; i < m; i++) { const p = person(); out.push(`  驾驶员${i + 1}：${N(d, p)}  身份证号：${ID(d, p.id)}  手机：${M(d, p.mobile)}`); }
  out.push('', '第四条 押金：甲方应支付车辆押金，合同终止且车辆无违章、无损伤后三十个工作日内无息退还。', `甲方（盖章）：${c.name}          乙方（盖章）：${OUR.name}`, `签订日期：${t.cn}`);
  return out.join('\n');
};

GEN['driver-roster'] = (d, sc) => {
  const lead = staffOf('网约车业务主管');
  const out = [`网约车司机租赁花名册  ${pick(['滴滴', '高德', 'T3', '曹操'])}合作车队  更新：${dt0().date}  主管：${STAFFN(d, lead)}`, '',
    '序号,司机姓名,性别,身份证号,网约车驾驶员证号,手机号,结算银行卡,开户行,车牌,车型,周租金,入队日期,招募人'];
  const n = rows(sc, 5, 9);
  for (let i = 0; i < n; i++) {
    const p = person({ maleP: 0.9, y0: 1968, y1: 1999 }), rec = staffOf('网约车业务主管', '门店专员');
    const wyc = chance(0.7) ? d.dec('ride_hailing_cert', safeDigits('4403' + pad(R(100), 2), 16)) : d.dec('ride_hailing_cert', 'WYC' + safeDigits('440300', 12));
    out.push(csv([i + 1, N(d, p), p.male ? '男' : '女', ID(d, p.id, 'plain'), wyc, M(d, p.mobile, 'plain'), C(d, p.card, chance(0.7) ? 'plain' : 'g'), bankOf(p.card) + pick(BRANCH), plate(d), model(d), money(d, 1100, 1900), dt0().date, STAFFN(d, rec)]));
  }
  out.push('', `注：${NP(d, person({ male: true }))}的车已于上周退租，押金待结。司机证号以交委系统为准。`);
  return out.join('\n');
};

GEN['driver-settle'] = (d, sc) => {
  const t = dt0(), f = staffOf('财务'), r = staffOf('财务', '网约车业务主管');
  const out = [`司机周结算表  结算周期：${t.date} 至 ${later(t, 6).date}`, `制表：${STAFFN(d, f)}   复核：${STAFFN(d, r)}`, '',
    pick(['司机\t车牌\t平台流水\t租金扣款\t违章扣款\t实发金额\t收款卡号\t转账流水号', '姓名\t车牌号\t流水\t扣租金\t扣违章\t实发\t银行卡号\t流水号'])];
  const n = rows(sc, 6, 12);
  for (let i = 0; i < n; i++) {
    const p = person({ maleP: 0.9 });
    out.push([N(d, p), plate(d), money(d, 1500, 6000), money(d, 1100, 1900), chance(0.3) ? money(d, 100, 400) : '0', money(d, 200, 4000), C(d, p.card), d.dec('transfer_no', safeDigits(t.ymd, pick([20, 22, 24])))].join('\t'));
  }
  out.push('', `合计实发：${money(d, 10000, 40000)} 元。${chance(0.5) ? `其中${NP(d, person())}本周申请延期扣款，已由主管同意。` : ''}`, '银行批量代发已提交，如有卡号错误请司机在群内@财务更正。');
  return out.join('\n');
};

GEN['device-log'] = (d, sc) => {
  const out = [];
  const n = rows(sc, 10, 18);
  const pl = plate(d), im = imei(d), t = dt0();
  out.push(`# GPS终端日志 dev=${im} plate=${pl} fw=JT808-v2.1.7`);
  for (let i = 0; i < n; i++) {
    const ti = later(t, i * 0.01);
    if (chance(0.25)) out.push(`${ti.date}T${ti.time}+08:00 ETC card=${etcNo(d)} gantry=G15${pad(R(100), 2)} fee=${money(d, 5, 60)} ts=${tsMs(d, ti)}`);
    else out.push(`${ti.date}T${ti.time}+08:00 dev=${im} lat=22.${digits(5)} lng=113.${digits(5)} spd=${between(0, 110)} odo=${odo(d)} acc=${pick([0, 1])} sig=${between(12, 31)}`);
  }
  const disp = staffOf('调度员'), p = person();
  out.push('', `[ALERT] ${dtS(t)} 车辆${pick(['驶出电子围栏', '超速报警', '设备断电', '长时间停留'])} plate=${pl}`,
    `处理记录：调度 ${STAFFN(d, disp)} 已致电承租人 ${N(d, p)}（${M(d, p.mobile)}），${pick(['客户称在外地出差，预计明天还车。', '客户未接听，已发短信。', '客户称设备误报，已约回店检修。'])}`);
  if (chance(0.5)) out.push(`紧急联系人：${N(d, person())} ${M(d, makeMobile())}`);
  return out.join('\n');
};

GEN['accident'] = (d, sc) => {
  const p = person(), t = dt0(), st = staffOf('门店店长', '车管专员'), tp = person(), tp2 = person();
  const ins = pick([['中国人保', '95518'], ['太平洋保险', '95500'], ['平安产险', '95512']]);
  const out = [`事故报案记录`, `报案号：${d.dec('claim_no', 'RDAA' + t.y + '4403' + pick(['S', 'E']) + digits(8))}`, `保单号：${d.dec('policy_no', 'PDAA' + t.y + '4403' + digits(4) + 'E' + digits(6))}`,
    `承保公司：${ins[0]}（报案电话 ${d.dec('hotline', ins[1])}）`, `出险时间：${dtS(t).slice(0, 16)}   出险地点：${pick(['深圳市宝安区沙井街道中心路口', '广州市天河区中山大道西', '东莞市南城区鸿福路', '深圳市南山区滨海大道辅道'])}`,
    `事故车辆：${plate(d)}  ${model(d)}  车架号 ${vin(d)}`, '', '【承租人/驾驶员】', `姓名：${N(d, p)}  身份证：${ID(d, p.id)}  手机：${M(d, p.mobile)}`,
    `驾驶证号：${p.id}  准驾车型：C1  档案编号：${d.dec('licence_file_no', safeDigits('4403', 12))}`, '', '【第三方】',
    `三者车牌：${plate(d)}  三者驾驶员：${N(d, tp)}  电话：${M(d, tp.mobile)}`];
  if (chance(0.5)) out.push(`三者乘客：${N(d, tp2)}（${pick(['轻微擦伤', '无人伤'])}）  电话：${M(d, tp2.mobile)}`);
  out.push('', '【经过】', `据驾驶员陈述，其驾车行驶至路口时与三者车辆发生刮碰，${NT(d, person(), pick(['警官', '交警']))}到场后出具简易程序认定书，认定我方${pick(['全责', '主责', '同责', '无责'])}。${NP(d, tp)}表示同意走保险。定损金额初估${money(d, 800, 15000)}元。`,
    '', `门店跟进人：${STAFFN(d, st)}   门店电话：${T(d, st.store.tel)}`, `客服登记：${STAFFN(d, staffOf('客服专员'))}  登记时间：${dtS(later(t, 0.05))}`);
  return out.join('\n');
};

GEN['wechat'] = (d, sc) => {
  const s = staffOf('客服专员', '门店专员'), p = person(), t = dt0();
  const nick = chance(0.6) ? NICK(d) : null;
  const cust = nick || N(d, p);
  let clock = 0;
  const ts = () => { clock += between(20, 400); const x = later(t, clock / 86400, false); return `[${x.date} ${x.time.slice(0, 5)}]`; };
  const sn = `${pick(['客服-', '粤顺行-', ''])}${STAFFN(d, s)}`;
  const out = [`微信聊天记录导出  会话：${sn} 与 ${cust}`, ''];
  out.push(`${ts()} ${cust}: 你好，我想明天在${store(d)}租一台${model(d)}，三天`);
  out.push(`${ts()} ${sn}: 您好，可以的，麻烦发一下身份证和驾驶证正反面照片，还有手机号`);
  out.push(`${ts()} ${cust}: [图片]`);
  out.push(`${ts()} ${sn}: [图片文字识别]`, `  姓名 ${N(d, p, 'ocr')}`, `  性别 ${p.male ? '男' : '女'}  民族 ${p.xj ? '维吾尔' : '汉'}`, `  出生 ${p.id.slice(6, 10)} 年 ${+p.id.slice(10, 12)} 月 ${+p.id.slice(12, 14)} 日`, `  住址 ${pick(['广东省深圳市宝安区新安街道', '广东省广州市白云区京溪街道', '湖南省浏阳市集里街道', '广西壮族自治区南宁市青秀区'])}${between(1, 99)}号`, `  公民身份号码 ${ID(d, p.id, 'fw')}`);
  if (chance(0.7)) out.push(`${ts()} ${cust}: [图片]`, `${ts()} ${sn}: [图片文字识别] 中华人民共和国机动车驾驶证 证号 ${p.id} 姓名 ${p.name} 准驾车型 C1 初次领证日期 ${between(2005, 2020)}-0${between(1, 9)}-1${between(0, 9)} 档案编号 ${d.dec('licence_file_no', safeDigits('44' + pad(R(100), 2), 12))}`);
  out.push(`${ts()} ${cust}: 手机${M(d, p.mobile, 'fw')}`);
  if (chance(0.5)) { const q = person(); out.push(`${ts()} ${sn}: 还需要一个紧急联系人姓名和电话`, `${ts()} ${cust}: ${N(d, q)} ${M(d, q.mobile)} 我${pick(['老婆', '哥', '朋友', '同事'])}`); }
  if (chance(0.5)) out.push(`${ts()} ${cust}: 押金刷这张卡 ${C(d, p.card)}`, `${ts()} ${sn}: 好的，取车时预授权冻结${money(d, 2000, 5000)}元，还车后${between(15, 30)}天无违章解冻`);
  out.push(`${ts()} ${sn}: 已为您下单，订单号${orderNo(d, t)}，取车时带好证件原件。有问题可以打门店电话${T(d, s.store.tel)}或者${hotline(d)}`);
  out.push(`${ts()} ${cust}: 好的谢谢${pickF([() => '', () => '，到时候找' + NT(d, person(), pick(['经理', '哥', '姐'])) + '拿车是吧'])}`);
  return out.join('\n');
};

GEN['email'] = (d, sc) => {
  const s = pick(STAFF), c = company(), ct = person(), t = dt0();
  const ce = chance(0.5) ? ct.email : ct.py[0] + (chance(0.5) ? '.' : '') + ct.py[1] + '@' + c.domain;
  const out = [`发件人: ${STAFFN(d, s)} <${E(d, s.work)}>`, `收件人: "${N(d, ct)}" <${E(d, ce)}>`];
  const cc = staffOf('企业客户经理', '财务', '门店店长');
  if (cc !== s && chance(0.7)) out.push(`抄送: ${STAFFN(d, cc)} <${E(d, cc.work)}>`);
  out.push(`日期: ${t.y}年${t.m}月${t.day}日 ${t.time.slice(0, 5)}`, `主题: ${pick(['回复：关于贵司长租车辆续租事宜', '答复: 6月用车驾驶员名单更新', 'Re: 押金退还进度', '转发：事故车辆理赔资料'])}`, '',
    `${NT(d, ct, pick(['经理', '总', '先生', '女士']))}您好：`, '', pick(['贵司提交的驾驶员名单已录入系统，具体如下，请核对：', '附件为本月对账单，驾驶员信息如下，如有变动请及时告知：', '按您的要求更新了指定驾驶员：']));
  const n = rows(sc, 2, 5);
  for (let i = 0; i < n; i++) { const p = person(); out.push(`${i + 1}、${N(d, p)}  ${ID(d, p.id)}  ${M(d, p.mobile)}`); }
  out.push('', `公司开票信息：${c.name}，税号 ${U(d, c.uscc)}。`, '', '祝好', '', '--', `${STAFFN(d, s)} | ${s.role}`, `${OUR.name} · ${s.store.name}`, `手机：${M(d, s.mobile)}  座机：${T(d, s.dtel, { ext: chance(0.5) ? s.ext : null })}`, `邮箱：${s.work}  客服热线：${hotline(d)}`, '');
  const q = later(t, -1);
  out.push('-----原始邮件-----', `发件人: ${ct.name} <${ce}>`, `发送时间: ${q.y}年${q.m}月${q.day}日 ${q.time.slice(0, 5)}`, `主题: ${pick(['关于长租车辆续租', '驾驶员名单', '押金退还'])}`, '',
    `> 您好，我司${pick(['新增', '更换'])}一名驾驶员，${NP(d, person())}下周起开${model(d)}，请安排。`, `> 联系我手机 ${M(d, ct.mobile)} 或座机 ${T(d, c.tel)}。`, `> ${ct.name}`, `> ${c.name} 行政部`);
  return out.join('\n');
};

GEN['sms-log'] = (d, sc) => {
  const out = [pick(['任务ID,发送时间,手机号,客户姓名,短信内容,状态,回执', 'task_id\tsend_time\tmobile\tcontent\tstatus'])];
  const tab = out[0].includes('\t');
  const n = rows(sc, 6, 11);
  for (let i = 0; i < n; i++) {
    const p = person(), t = dt0(), due = later(t, 1);
    const title = p.male ? '先生' : '女士';
    const txt = `【${OUR.short}】尊敬的${NT(d, p, title)}，您租用的${model(d)}（${plate(d)}）将于${due.md} ${pad(due.h, 2)}:00到期，请按时还车至${store(d)}。续租请回复1或致电${hotline(d)}。`;
    const tid = d.dec('sms_task_id', 'SMS' + t.ymd + digits(7));
    if (tab) out.push([tid, dtS(t), M(d, p.mobile, 'plain'), txt, pick(['DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])].join('\t'));
    else out.push(csv([tid, dtS(t), M(d, p.mobile, 'plain'), N(d, p), txt, pick(['成功', '成功', '失败']), pick(['DELIVRD', 'MK:0001', 'DB:0140'])]));
  }
  return out.join('\n');
};

GEN['collection'] = (d, sc) => {
  const p = person({ maleP: 0.75 }), q = person(), col = staffOf('催收专员'), t = dt0();
  const out = [`催收记录  案件号：${d.dec('case_no', 'CS' + t.ymd + pad(R(1000), 3))}`, `欠款人：${N(d, p)}    身份证号：${ID(d, p.id)}`, `手机：${M(d, p.mobile)}   备用：${chance(0.5) ? M(d, makeMobile()) : '无'}`,
    `欠款金额：${money(d, 1500, 28000)}元   逾期天数：${between(3, 120)}   关联订单：${orderNo(d)}   车牌：${plate(d)}`,
    `紧急联系人：${N(d, q)}（${pick(['配偶', '父亲', '母亲', '朋友', '同事', '兄弟'])}） ${M(d, q.mobile)}`, `催收员：${STAFFN(d, col)}`, '', '跟进记录：'];
  const n = rows(sc, 3, 6);
  for (let i = 0; i < n; i++) {
    const ti = later(t, i * between(1, 4));
    out.push(`${ti.date} ${ti.time.slice(0, 5)} ${pickF([() => `拨打欠款人电话未接通，已发送催收短信。`, () => `与欠款人通话，对方称本月${between(15, 28)}号前还款，态度一般。`, () => `联系紧急联系人${NP(d, q)}，对方表示会转告，但不负责还款。`, () => `欠款人${NT(d, p, pick(['哥', '先生', '总']))}称车辆被朋友开走，要求宽限。`, () => `上门${pick(['龙华', '沙井', '白云'])}地址未找到人，邻居称${NT(d, person(), '阿姨')}已搬走。`, () => `欠款人已还${money(d, 500, 3000)}元，剩余部分约定下周。`])}（${STAFFN(d, pick([col, staffOf('催收专员')]))}）`);
  }
  out.push('', `下一步：${pick(['发律师函', '申请GPS定位收车', '继续电话跟进', '转法务起诉'])}。押金卡 ${maskCard(d, p.card)} 已扣划${money(d, 1000, 5000)}元。`);
  return out.join('\n');
};

GEN['fixedwidth'] = (d, sc) => {
  const t = dt0();
  const W = [12, 21, 14, 14, 22, 10, 8];
  const out = [`押金台账  ${store(d)}  ${t.y}年${t.m}月`, '', ['日期', '订单号', '承租人', '手机', '押金卡号', '金额', '状态'].map((h, i) => padW(h, W[i])).join(''), '-'.repeat(101)];
  const n = rows(sc, 8, 14);
  for (let i = 0; i < n; i++) {
    const p = person(), ti = dt0();
    out.push([ti.date, orderNo(d, ti), N(d, p), M(d, p.mobile, 'plain'), C(d, p.card, 'plain'), money(d, 1000, 8000), pick(['冻结', '已解冻', '已扣款', '部分扣款'])].map((h, i) => padW(h, W[i])).join('').trimEnd());
  }
  const m = staffOf('财务', '门店店长');
  out.push('-'.repeat(101), `制表人：${STAFFN(d, m)}   打印时间：${dtS(dt0())}`);
  return out.join('\n');
};

GEN['pdftext'] = (d, sc) => {
  const t = dt0();
  const out = [`${OUR.name}`, `企业月租客户结算对账单（${t.y}年${t.m}月）`, '', '序号  客户名称                  统一社会信用代码        联系人    联系电话            本月租金', ''];
  const n = rows(sc, 4, 8);
  for (let i = 0; i < n; i++) {
    const c = company(), p = person();
    const nm = c.name, cut = between(6, nm.length - 3);
    const tel = chance(0.5) ? T(d, c.tel) : M(d, p.mobile);
    out.push(`${padW(String(i + 1), 6)}${padW(nm.slice(0, cut), 26)}${padW(U(d, c.uscc), 24)}${padW(N(d, p), 10)}${padW(tel, 20)}${money(d, 5000, 90000)}`);
    out.push(`      ${nm.slice(cut)}`);
    out.push('');
  }
  out.push(`第 1 页 共 ${between(1, 3)} 页`, '', `对账人：${STAFFN(d, staffOf('财务'))}         客户经理：${STAFFN(d, staffOf('企业客户经理'))}`, `乙方：${OUR.name}  统一社会信用代码：${U(d, OUR.uscc)}`, `\f`);
  return out.join('\n');
};

GEN['handtyped'] = (d, sc) => {
  const out = [pick(['今天要回访的客户：', '明天取车的客户名单（整理给早班）', '待补资料客户：', '周末预约 记一下'])];
  const n = rows(sc, 5, 10);
  const seps = [' ', '  ', '，', ',', '；', ' / ', '、', '｜', '：'];
  for (let i = 0; i < n; i++) {
    const p = person(), sep = pick(seps), bits = [N(d, p)];
    const r = rnd();
    bits.push(M(d, p.mobile));
    if (r < 0.6) bits.push(pick(['身份证', 'sfz', '证件', '']) + ID(d, p.id, 'loose'));
    if (chance(0.3)) bits.push(pick(['卡', '卡号', '押金卡']) + C(d, p.card));
    if (chance(0.3)) bits.push(pick(['邮箱', 'mail:', '']) + E(d, p.email));
    if (chance(0.3)) bits.push(model(d));
    if (chance(0.2)) bits.push(pick(['已付', '未付', '要发票', '老客户', '网约车']));
    out.push(pick(['', `${i + 1}.`, `${i + 1}、`, '- ', '*']) + bits.join(sep));
  }
  out.push('', `by ${STAFFN(d, pick(STAFF))} ${dt0().md}`);
  return out.join('\n');
};

GEN['shift'] = (d, sc) => {
  const a = staffOf('门店专员', '门店店长', '客服专员'), b = staffOf('门店专员', '车管专员', '调度员'), mgr = staffOf('门店店长'), t = dt0();
  const out = [`【交接班记录】${store(d)} ${t.date} ${pick(['早班→晚班', '晚班→早班', '白班→夜班'])}`, `交班人：${STAFFN(d, a)}    接班人：${STAFFN(d, b)}    值班经理：${STAFFN(d, mgr)}`, '', '一、待处理事项'];
  const n = rows(sc, 4, 7);
  for (let i = 0; i < n; i++) {
    const p = person();
    out.push(pickF([
      () => `${i + 1}. 客户${NP(d, p)}（${M(d, p.mobile)}）预约明早${between(7, 11)}点取车，${model(d)}已备好，押金未冻结。`,
      () => `${i + 1}. ${plate(d)}还车时发现后保险杠刮擦，客户${NP(d, p)}不认可，已拍照留存，等${NT(d, person(), pick(['经理', '主管']))}定。`,
      () => `${i + 1}. 承租人：${N(d, p)} 电话 ${M(d, p.mobile)}，续租${between(2, 7)}天，系统未改单，接班后请补录。`,
      () => `${i + 1}. ${NT(d, p, pick(['师傅', '哥', '姐']))}的网约车合同到期，说${later(t, 2).md}来退车，联系电话${M(d, p.mobile)}。`,
      () => `${i + 1}. 调度：${STAFFN(d, staffOf('调度员'))}通知${plate(d)}需送${store(d)}保养，里程${odo(d)}。`,
    ]));
  }
  out.push('', '二、钥匙与现金', `钥匙 ${between(8, 30)} 把，备用金 ${money(d, 500, 2000)} 元，POS 小票 ${between(2, 20)} 张，已核对。`, '', `三、其他：门店座机 ${T(d, pick(STORES).tel)} 故障已报修，期间用店长手机 ${M(d, mgr.mobile)}。`);
  return out.join('\n');
};

GEN['deposit-refund'] = (d, sc) => {
  const app = staffOf('门店专员', '门店店长'), ap = staffOf('门店店长'), fi = staffOf('财务'), t = dt0();
  const out = [`押金退款审批单  单号：${d.dec('refund_no', 'TK' + t.ymd + pad(R(10000), 4))}`, `申请人：${STAFFN(d, app)}（${app.store.name}）  申请日期：${t.date}`, '',
    '订单号 | 承租人 | 退款卡号 | 开户行 | 退款金额 | 扣款说明 | 退款流水号'];
  const n = rows(sc, 4, 8);
  for (let i = 0; i < n; i++) {
    const p = person();
    out.push([orderNo(d), N(d, p), C(d, p.card), bankOf(p.card), money(d, 500, 8000), pickF([() => '无', () => '违章扣' + money(d, 100, 200), () => '油费扣' + money(d, 50, 300), () => '车损扣' + money(d, 300, 2000)]), d.dec('transfer_no', safeDigits(t.ymd, 21))].join(' | '));
  }
  out.push('', `审批人：${STAFFN(d, ap)}  财务：${STAFFN(d, fi)}  审批意见：同意`, `备注：${NP(d, person())}的退款卡号与预授权卡不一致，已电话核实本人。`);
  return out.join('\n');
};

GEN['invoice-info'] = (d, sc) => {
  const out = [`企业客户开票信息汇总（更新于${dt0().date}，整理：${STAFFN(d, staffOf('财务', '企业客户经理'))}）`, ''];
  const n = rows(sc, 4, 7);
  for (let i = 0; i < n; i++) {
    const c = company(), p = person();
    out.push(`【${i + 1}】单位名称：${c.name}`, `${pick(['纳税人识别号', '税号', '统一社会信用代码'])}：${U(d, c.uscc, 'loose')}`, `地址、电话：${c.addr} ${T(d, c.tel)}`,
      `开户行及账号：${pick(['招商银行', '中国银行', '工商银行', '建设银行', '平安银行'])}${pick(BRANCH)} ${acct(d, c)}`, `收票人：${N(d, p)}  ${M(d, p.mobile)}  邮箱：${E(d, chance(0.6) ? p.py[0] + p.py[1] + '@' + c.domain : p.email)}`, '');
  }
  out.push(`我方开票主体：${OUR.name}，统一社会信用代码 ${U(d, OUR.uscc)}，咨询 ${hotline(d)}`);
  return out.join('\n');
};

GEN['staff-dir'] = (d, sc) => {
  const out = [`${OUR.name} 门店员工通讯录（内部资料 请勿外传）`, '', '姓名\t岗位\t门店\t手机\t座机\t企业邮箱\t工号'];
  const n = rows(sc, 8, 14);
  for (const s of shuffle(STAFF).slice(0, n)) {
    out.push([STAFFN(d, s), s.role, s.store.name, M(d, s.mobile), T(d, s.dtel, { ext: chance(0.3) ? s.ext : null }), E(d, s.work), d.dec('staff_no', s.workNo)].join('\t'));
    d.dec('store', s.store.name);
  }
  out.push('', `总部前台 ${T(d, STORES[0].tel)}  全国客服 ${hotline(d)}`);
  return out.join('\n');
};

GEN['vendor'] = (d, sc) => {
  const out = [`合作修理厂/道路救援供应商名录  维护人：${STAFFN(d, staffOf('车管专员'))}`, ''];
  const n = rows(sc, 4, 7);
  for (let i = 0; i < n; i++) {
    const c = company(pick(['汽车维修服务', '道路救援'])), p = person({ maleP: 0.8 });
    out.push(`${i + 1}) ${c.name}`, `   信用代码 ${U(d, c.uscc)} | 负责人 ${N(d, p)} | 手机 ${M(d, p.mobile)} | 座机 ${T(d, c.tel)}`, `   邮箱 ${E(d, chance(0.5) ? 'service@' + c.domain : p.email)} | 对公 ${acct(d, c)} | 结算 ${pick(['月结', '单结', '季结'])} | ${pick(['钣喷', '机修', '24h拖车', '换胎搭电'])}`);
  }
  out.push('', `注：${NP(d, person({ male: true }))}那家已停止合作，拖车改找${NT(d, person(), '师傅')}。`);
  return out.join('\n');
};

GEN['realname-log'] = (d, sc) => {
  const out = [];
  const n = rows(sc, 8, 14);
  for (let i = 0; i < n; i++) {
    const p = person(), t = dt0();
    const r = rnd();
    if (r < 0.3) out.push(`${dtS(t)} [auth] type=ID2 name=${N(d, p)} idcard=${badId(d)} result=FAIL reason=CHECKSUM cost=${between(20, 300)}ms`);
    else if (r < 0.65) out.push(`${dtS(t)} [auth] type=ID2 name=${N(d, p)} idcard=${ID(d, p.id, 'plain')} result=PASS cost=${between(20, 300)}ms`);
    else out.push(`${dtS(t)} [auth] type=BANK4 name=${N(d, p)} idcard=${ID(d, p.id, 'plain')} card=${C(d, p.card, 'plain')} mobile=${M(d, p.mobile, 'plain')} result=${pick(['PASS', 'PASS', 'MISMATCH_MOBILE'])} ts=${tsMs(d, t)}`);
  }
  out.push(`${dtS(dt0())} [auth] summary total=${n} operator=${STAFFN(d, staffOf('风控专员'))}`);
  return out.join('\n');
};

// ---------------------------------------------------------------- build
const PLAN = { 'order-csv': 16, 'order-tsv': 12, 'order-xlsx': 12, 'handover-ocr': 14, violation: 14, blacklist: 12, 'credit-json': 12, 'corp-contract': 12, 'driver-roster': 14, 'driver-settle': 12, 'device-log': 10, accident: 12, wechat: 16, email: 16, 'sms-log': 12, collection: 14, fixedwidth: 12, pdftext: 12, handtyped: 14, shift: 14, 'deposit-refund': 10, 'invoice-info': 12, 'staff-dir': 10, vendor: 10, 'realname-log': 10 };
const docs = [];
for (const [kind, count] of Object.entries(PLAN)) {
  for (let n = 1; n <= count; n++) {
    let d, text, sc = 1;
    for (let tries = 0; ; tries++) {
      d = new Doc(kind); text = GEN[kind](d, sc);
      if (text.length <= 4000 && text.length >= 300) break;
      sc = text.length > 4000 ? sc * 0.75 : sc * 1.3;
      if (tries > 20) throw new Error(`cannot size ${kind}`);
    }
    for (const k of d.E.keys()) d.D.delete(k);
    docs.push({ id: `cr-${kind}-${n}`, kind, text, entities: [...d.E.values()], dontCare: [...d.D.values()], decoys: [...d.X.values()] });
  }
}

// ---------------------------------------------------------------- self-check
const fail = [];
const stats = {}; let nDecoys = 0;
for (const doc of docs) {
  const nf = doc.text.normalize('NFKC');
  const numText = nf.replace(/[\s\-()（）]/g, '').toUpperCase();
  const lowText = nf.toLowerCase();
  const nameText = nf.replace(/\s+/g, '');
  const labelled = new Set([...doc.entities, ...doc.dontCare].map((e) => e.detector + '\u0000' + e.value));
  const entVals = new Set(doc.entities.map((e) => e.value));
  for (const e of doc.entities) {
    stats[e.detector] = (stats[e.detector] || 0) + 1;
    if (!CHECK[e.detector](e.value)) fail.push(`${doc.id}: ${e.detector} ${e.value} fails check`);
    const hay = e.detector === 'email' ? lowText : e.detector === 'person_name_zh' ? nameText : numText;
    if (!hay.includes(e.value)) fail.push(`${doc.id}: ${e.detector} ${e.value} not in text`);
  }
  for (const x of doc.decoys) {
    nDecoys++;
    if (!doc.text.includes(x.text)) fail.push(`${doc.id}: decoy ${x.text} not in text`);
    const norm = x.text.normalize('NFKC').replace(/[\s\-]/g, '');
    if (entVals.has(x.text) || entVals.has(norm) || entVals.has(norm.toLowerCase()) || entVals.has(norm.toUpperCase())) fail.push(`${doc.id}: decoy ${x.text} equals an entity`);
  }
  for (const m of nf.matchAll(/\d+[Xx]?/g)) {
    const r = m[0].toUpperCase(), L = r.length;
    const has = (det) => labelled.has(det + '\u0000' + r);
    if (L === 18 && isValidId(r) && !has('cn_resident_id')) fail.push(`${doc.id}: unlabelled ID ${r}`);
    if (L === 18 && isValidUscc(r) && !has('cn_uscc')) fail.push(`${doc.id}: unlabelled USCC ${r}`);
    if (L === 11 && isValidMobile(r) && !has('cn_mobile')) fail.push(`${doc.id}: unlabelled mobile ${r}`);
    if (isValidCard(r) && !has('bank_card')) fail.push(`${doc.id}: unlabelled card ${r}`);
    if (L >= 10 && L <= 12 && isValidLandline(r) && !has('cn_landline')) fail.push(`${doc.id}: unlabelled landline ${r}`);
  }
  if (doc.text.length < 300 || doc.text.length > 4000) fail.push(`${doc.id}: length ${doc.text.length}`);
}
const MIN = { cn_resident_id: 150, cn_mobile: 150, cn_landline: 150, email: 200, bank_card: 200, cn_uscc: 200, person_name_zh: 1500 };
for (const [k, v] of Object.entries(MIN)) if ((stats[k] || 0) < v) fail.push(`too few ${k}: ${stats[k] || 0} < ${v}`);
if (fail.length) { console.error(fail.slice(0, 40).join('\n')); console.error(`SELF-CHECK FAILED (${fail.length} problems)`); process.exit(1); }

const outPath = process.argv[2];
if (!outPath) { console.error('usage: node carrental.mjs OUT.jsonl'); process.exit(2); }
fs.writeFileSync(outPath, docs.map((x) => JSON.stringify(x)).join('\n') + '\n');
const kinds = new Set(docs.map((x) => x.kind)).size;
console.error(`carrental: ${docs.length} documents, ${kinds} kinds -> ${outPath}`);
for (const k of Object.keys(MIN)) console.error(`  ${k.padEnd(16)} ${stats[k] || 0}`);
console.error(`  dontCare         ${docs.reduce((n, x) => n + x.dontCare.length, 0)}`);
console.error(`  decoys           ${nDecoys}`);
