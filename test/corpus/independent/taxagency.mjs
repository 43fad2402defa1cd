#!/usr/bin/env node
/*
 * taxagency.mjs — independent labelled corpus: 代理记账 / 税务师事务所
 *
 * Theme: bookkeeping and tax agencies (代理记账公司, 税务师事务所) that keep the books
 * of small firms and 个体户, and their staff (主管会计, 会计, 外勤, 客户经理, 审核).
 * Five fictional agencies (深圳, 杭州, 成都, 上海, 兰州) with fictional clients.
 * 27 document kinds, about 11 documents each (300 in all), 300-4000 characters:
 *   client-csv        客户档案 CSV / TSV export (法人, 办税人员, 财务负责人, 对公账号)
 *   client-xlsx       xlsx-as-text export, several sheets, Excel artefacts
 *   iit-declare       个人所得税扣缴申报表 employee list (证件号码, 工资薪金, 银行卡)
 *   social-ins        社保增员 / 减员表
 *   reg-checklist     工商注册材料清单 with 股东 / 董监高 lists
 *   change-form       变更登记申请 (原 / 新法定代表人, 办税人员)
 *   etax-log          电子税务局 实名 / 办税人员绑定 logs (ms timestamps, failed checks)
 *   invoice-issue     发票领用登记簿 (发票代码 / 号码 as decoys)
 *   contract          代理记账服务合同 party blocks
 *   fee-receipt       收费收据
 *   wechat            WeChat chat 会计 <-> client, with OCR of 营业执照 and 身份证
 *   wework            企业微信 internal staff group chat
 *   email             e-mails with headers, signatures, quoted replies
 *   bank-receipt      银行电子回单 OCR
 *   sms               征期提醒 SMS batch send log
 *   crm-json          CRM JSON export with staff keys
 *   crm-xml           CRM XML export
 *   fixed-width       fixed-width 办税人员 roster
 *   pdftotext         pdftotext-wrapped 客户 table (some values broken across lines)
 *   dereg             注销清税 clearance list / 清算组
 *   abnormal          经营异常名录 notice (masked values) + internal follow-up
 *   payroll           工资表 with 实发 amounts and 工资卡
 *   staff-roster      agency staff list and client assignment
 *   id-check          batch 实名 validation tool output (failed IDs, bad prefixes)
 *   handover          会计资料交接单
 *   power-of-attorney 授权委托书 (委托人 / 受托人)
 *   weekly-report     staff weekly report in prose (mostly dontCare names)
 *
 * Usage:   node taxagency.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"tx-<kind>-<n>","kind":"<kind>","text":"...","entities":[{detector,value}],
 *    "dontCare":[{detector,value}],"decoys":[{kind,text}]}
 *
 * Label normalisation (values in entities / dontCare):
 *   cn_resident_id  18 chars, upper-case X        (text may show x, spaces 6-8-4, full-width)
 *   cn_mobile       11 digits                     (text may show +86, spaces, dashes, full-width)
 *   cn_landline     digits incl. leading 0 and area code, no separators / extension
 *   email           lower-case                    (text may show capitals, full-width ＠)
 *   bank_card       digits only                   (text may show groups of 4)
 *   cn_uscc         18 chars upper-case
 *   person_name_zh  the name as written, without spaces, titles or pinyin (· kept)
 * Every entity is unique per document (detector + normalised value). All IDs have a
 * valid province/county prefix, a real birth date and the MOD 11-2 check; mobiles use
 * allocated prefixes; cards pass Luhn with real prefixes (62xxxx UnionPay, 4 Visa,
 * 51-55 Mastercard); USCCs pass GB 32100 MOD 31 and the embedded GB 11714 check.
 *
 * Decoys (exact text in the document; must not be reported under any detector):
 *   纳税人识别号 failing the USCC check, old 15-character 税号, 对公账号 (never Luhn-valid
 *   at 16-19 digits), 联行号, 发票代码 (10/12 digits), 发票号码 (8/20 digits), 申报序号,
 *   18-20-digit 流水号, 13-digit ms timestamps, 12366 / 12333 / 95xxx / 400 hotlines,
 *   代理记账许可证号, 税务文书文号, masked IDs / mobiles / cards, IDs failing MOD 11-2 or with
 *   impossible dates in validation logs, Excel scientific
 *   notation, company names containing a surname (王记餐饮, 陈氏贸易), role words standing
 *   where a name could stand (法人代表, 会计主管, 同法人, 小规模纳税人), place names that start
 *   with a surname (周口), cid:/@2x image references, @所有人 mentions.
 *
 * dontCare policy: names only in running prose (when not also labelled in the same
 * document), surname+title forms (王会计, 李总, 陈姐), masked names (张*明, 王**), and
 * values that OCR or pdftotext broke (split or misread digits), and 1[3-9]-shaped
 * mobiles with unallocated prefixes (154, 14x, 174, 194) flagged by a validation log.
 *
 * Written in session 37 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import fs from 'node:fs';

// ------------------------------------------------------------------ PRNG
function sfc32(a, b, c, d) {
  return function () {
    a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const R = sfc32(0x7a3c5e11, 0x1b2d4f60, 0x9e3779b9, 0x00000025);
for (let i = 0; i < 40; i++) R();
const int = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (arr) => arr[Math.floor(R() * arr.length)];
const chance = (p) => R() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += Math.floor(R() * 10); return s; };
const pad2 = (n) => String(n).padStart(2, '0');
const pad3 = (n) => String(n).padStart(3, '0');
function sample(arr, k) { const a = arr.slice(); const out = []; while (out.length < k && a.length) out.push(a.splice(Math.floor(R() * a.length), 1)[0]); return out; }
const toFull = (s) => s.replace(/[0-9A-Za-z@]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

// ------------------------------------------------------------------ check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(body) { let s = 0; for (let i = 0; i < 17; i++) s += +body[i] * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set(['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65']);
function validDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function validId(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s) === s[17];
}
const ALLOC = new Set(['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153', '155', '156', '157', '158', '159', '162', '165', '166', '167', '170', '171', '172', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189', '190', '191', '192', '193', '195', '196', '197', '198', '199']);
const validMobile = (s) => /^1[3-9]\d{9}$/.test(s) && ALLOC.has(s.slice(0, 3));
const AREA = { '010': 8, '020': 8, '021': 8, '022': 8, '023': 8, '024': 8, '025': 8, '027': 8, '028': 8, '029': 8, '0755': 8, '0571': 8, '0512': 8, '0757': 8, '0769': 8, '0532': 8, '0731': 8, '0931': 7 };
function validLandline(s) {
  for (const [a, n] of Object.entries(AREA)) if (s.startsWith(a) && s.length === a.length + n && /^\d+$/.test(s) && /[2-8]/.test(s[a.length])) return true;
  return false;
}
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); throw new Error('luhn'); }
const validCard = (s) => /^\d{16,19}$/.test(s) && luhnOk(s) && /^(62|4|5[1-5])/.test(s);
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(b17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(b8) { let s = 0; for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function validUscc(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  if (!['11', '12', '13', '19', '51', '52', '53', '59', '91', '92', '93', 'Y1'].includes(s.slice(0, 2))) return false;
  if (!PROV.has(s.slice(2, 4))) return false;
  return orgCheck(s.slice(8, 16)) === s[16] && usccCheck(s.slice(0, 17)) === s[17];
}
const validEmail = (s) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(s);
const validName = (s) => /^[\u4e00-\u9fa5·•]{2,16}$/.test(s);
const VALID = { cn_resident_id: validId, cn_mobile: validMobile, cn_landline: validLandline, email: validEmail, bank_card: validCard, cn_uscc: validUscc, person_name_zh: validName };

// would a bare token be reportable under any checked detector? (decoys must not be)
function looksSensitive(raw) {
  const s = raw.replace(/[\s-]/g, '').toUpperCase();
  if (validId(s)) return true;
  if (/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17]) return true;
  if (/^\d{16,19}$/.test(s) && luhnOk(s)) return true;
  if (/^1[3-9]\d{9}$/.test(s)) return true;
  if (validLandline(s)) return true;
  if (/^\d{15}$/.test(s) && PROV.has(s.slice(0, 2))) { const m = +s.slice(8, 10), d = +s.slice(10, 12); if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return true; }
  return false;
}
function safeNum(gen) { for (let i = 0; i < 500; i++) { const v = gen(); if (!looksSensitive(v)) return v; } throw new Error('safeNum'); }

// ------------------------------------------------------------------ reference data
const REGIONS = {
  '110101': '北京市东城区', '110105': '北京市朝阳区', '110108': '北京市海淀区', '120104': '天津市南开区', '130102': '河北省石家庄市长安区',
  '140105': '山西省太原市小店区', '150102': '内蒙古自治区呼和浩特市新城区', '210102': '辽宁省沈阳市和平区', '220102': '吉林省长春市南关区',
  '230102': '黑龙江省哈尔滨市道里区', '310104': '上海市徐汇区', '310115': '上海市浦东新区', '310105': '上海市长宁区', '310112': '上海市闵行区',
  '320102': '江苏省南京市玄武区', '320506': '江苏省苏州市吴中区', '330106': '浙江省杭州市西湖区', '330102': '浙江省杭州市上城区',
  '330108': '浙江省杭州市滨江区', '330782': '浙江省义乌市', '340104': '安徽省合肥市蜀山区', '341222': '安徽省阜阳市太和县',
  '341225': '安徽省阜阳市阜南县', '350203': '福建省厦门市思明区', '350583': '福建省南安市', '360102': '江西省南昌市东湖区',
  '360731': '江西省赣州市于都县', '370102': '山东省济南市历下区', '370202': '山东省青岛市市南区', '410105': '河南省郑州市金水区',
  '412726': '河南省周口市郸城县', '410482': '河南省汝州市', '420106': '湖北省武汉市武昌区', '430104': '湖南省长沙市岳麓区',
  '431381': '湖南省冷水江市', '440106': '广东省广州市天河区', '440104': '广东省广州市越秀区', '440303': '广东省深圳市罗湖区',
  '440304': '广东省深圳市福田区', '440305': '广东省深圳市南山区', '440306': '广东省深圳市宝安区', '440307': '广东省深圳市龙岗区',
  '445281': '广东省普宁市', '450103': '广西壮族自治区南宁市青秀区', '460105': '海南省海口市秀英区', '500103': '重庆市渝中区',
  '500106': '重庆市沙坪坝区', '510104': '四川省成都市锦江区', '510107': '四川省成都市武侯区', '510105': '四川省成都市青羊区',
  '510108': '四川省成都市成华区', '520102': '贵州省贵阳市南明区', '530102': '云南省昆明市五华区', '540102': '西藏自治区拉萨市城关区',
  '610113': '陕西省西安市雁塔区', '620102': '甘肃省兰州市城关区', '620103': '甘肃省兰州市七里河区', '630102': '青海省西宁市城东区',
  '640104': '宁夏回族自治区银川市兴庆区', '650102': '新疆维吾尔自治区乌鲁木齐市天山区', '653101': '新疆维吾尔自治区喀什市',
  '652801': '新疆维吾尔自治区库尔勒市',
};
const GEN_REGIONS = Object.keys(REGIONS).filter((r) => !['540102', '650102', '653101', '652801'].includes(r));
const SURN = [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['黄', 'huang'], ['赵', 'zhao'], ['吴', 'wu'], ['周', 'zhou'],
  ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu'], ['胡', 'hu'], ['郭', 'guo'], ['何', 'he'], ['高', 'gao'], ['林', 'lin'], ['罗', 'luo'], ['郑', 'zheng'], ['梁', 'liang'],
  ['谢', 'xie'], ['宋', 'song'], ['唐', 'tang'], ['许', 'xu'], ['韩', 'han'], ['冯', 'feng'], ['邓', 'deng'], ['曹', 'cao'], ['彭', 'peng'], ['曾', 'zeng'], ['肖', 'xiao'],
  ['田', 'tian'], ['董', 'dong'], ['袁', 'yuan'], ['潘', 'pan'], ['于', 'yu'], ['蒋', 'jiang'], ['蔡', 'cai'], ['余', 'yu'], ['杜', 'du'], ['叶', 'ye'], ['程', 'cheng'],
  ['苏', 'su'], ['魏', 'wei'], ['吕', 'lv'], ['丁', 'ding'], ['任', 'ren'], ['沈', 'shen'], ['姚', 'yao'], ['卢', 'lu'], ['姜', 'jiang'], ['崔', 'cui'], ['钟', 'zhong'],
  ['谭', 'tan'], ['陆', 'lu'], ['汪', 'wang'], ['范', 'fan'], ['金', 'jin'], ['石', 'shi'], ['廖', 'liao'], ['贾', 'jia'], ['夏', 'xia'], ['韦', 'wei'], ['付', 'fu'],
  ['方', 'fang'], ['白', 'bai'], ['邹', 'zou'], ['孟', 'meng'], ['熊', 'xiong'], ['秦', 'qin'], ['邱', 'qiu'], ['江', 'jiang'], ['尹', 'yin'], ['薛', 'xue'], ['闫', 'yan'],
  ['段', 'duan'], ['雷', 'lei'], ['侯', 'hou'], ['龙', 'long'], ['史', 'shi'], ['陶', 'tao'], ['黎', 'li'], ['贺', 'he'], ['顾', 'gu'], ['毛', 'mao'], ['郝', 'hao'],
  ['龚', 'gong'], ['邵', 'shao'], ['万', 'wan'], ['钱', 'qian'], ['严', 'yan'], ['覃', 'qin'], ['武', 'wu'], ['戴', 'dai'], ['莫', 'mo'], ['孔', 'kong'], ['向', 'xiang'], ['汤', 'tang']];
const RARE = [['单', 'shan'], ['仇', 'qiu'], ['晏', 'yan'], ['栾', 'luan'], ['郦', 'li'], ['宓', 'mi'], ['禹', 'yu'], ['訾', 'zi'], ['逄', 'pang'], ['亓', 'qi'], ['冼', 'xian'],
  ['佘', 'she'], ['揭', 'jie'], ['桂', 'gui'], ['茹', 'ru'], ['邝', 'kuang'], ['阙', 'que'], ['粟', 'su'], ['郗', 'xi'], ['滕', 'teng'], ['卞', 'bian'], ['蒯', 'kuai'],
  ['璩', 'qu'], ['厍', 'she'], ['那', 'na'], ['隗', 'wei'], ['鄢', 'yan'], ['芮', 'rui']];
const COMPOUND = [['欧阳', 'ouyang'], ['司马', 'sima'], ['上官', 'shangguan'], ['诸葛', 'zhuge'], ['司徒', 'situ'], ['令狐', 'linghu'], ['皇甫', 'huangfu'], ['慕容', 'murong'], ['尉迟', 'yuchi'], ['东方', 'dongfang']];
const MINORITY = [['买买提·依明', 'maimaiti', 1, '653101'], ['阿依古丽·吐尔逊', 'ayiguli', 0, '650102'], ['艾尔肯·热合曼', 'aierken', 1, '652801'],
  ['古丽娜尔·阿不都', 'gulinaer', 0, '653101'], ['努尔艾力·买买提', 'nueraili', 1, '650102'], ['迪丽拜尔·艾则孜', 'dilibaier', 0, '652801'],
  ['热依拉·阿布都', 'reyila', 0, '650102'], ['帕尔哈提·吐逊', 'paerhati', 1, '653101'], ['扎西顿珠', 'zhaxidunzhu', 1, '540102'],
  ['次仁卓玛', 'cirenzhuoma', 0, '540102'], ['巴特尔', 'bateer', 1, '150102'], ['阿迪力·努尔', 'adili', 1, '650102']];
const GIVEN = '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 英ying 华hua 建jian 国guo 红hong 玲ling 婷ting 雪xue 琳lin 晨chen 浩hao 宇yu 欣xin 怡yi 佳jia 思si 雨yu 梓zi 轩xuan 涵han 博bo 鹏peng 辉hui 志zhi 海hai 波bo 斌bin 凯kai 慧hui 颖ying 倩qian 蕾lei 晓xiao 俊jun 峰feng 琴qin 燕yan 春chun 梅mei 兰lan 凤feng 飞fei 丹dan 萍ping 亮liang 健jian 瑶yao 璐lu 嘉jia 诗shi 逸yi 泽ze 睿rui 昊hao 铭ming 萱xuan 琪qi 冬dong 永yong 德de 荣rong 玉yu 淑shu 秋qiu 振zhen 立li 新xin 宏hong 鑫xin 蓉rong 薇wei 莉li 岩yan 旭xu 帆fan 楠nan 昕xin 子zi 文wen 家jia'
  .split(' ').map((t) => [t[0], t.slice(1)]);
const BAD_COMBO = new Set(['金华', '高明', '文明', '向阳', '江海', '黄海', '方文', '常新', '明明', '石家', '何家', '马上', '田园', '万家', '周家', '任意', '成家', '余文', '付款', '白雪', '叶子', '龙凤', '海明', '雷霆', '秦岭', '史诗', '高峰', '高新', '江南', '孔子', '孟子', '夏至', '宋体', '程序']);
const ZIHAO = [['鑫源', 'xinyuan'], ['恒泰', 'hengtai'], ['瑞丰', 'ruifeng'], ['启航', 'qihang'], ['蓝湾', 'lanwan'], ['博雅', 'boya'], ['嘉禾', 'jiahe'], ['创联', 'chuanglian'],
  ['盛达', 'shengda'], ['优品', 'youpin'], ['汇通', 'huitong'], ['宏图', 'hongtu'], ['青禾', 'qinghe'], ['云帆', 'yunfan'], ['星辰', 'xingchen'], ['德润', 'derun'],
  ['佳沃', 'jiawo'], ['锦程', 'jincheng'], ['海纳', 'haina'], ['君泰', 'juntai'], ['易达', 'yida'], ['禾丰', 'hefeng'], ['晨曦', 'chenxi'], ['拓远', 'tuoyuan'],
  ['品尚', 'pinshang'], ['安居', 'anju'], ['微光', 'weiguang'], ['森沃', 'senwo'], ['奥联', 'aolian'], ['卓越', 'zhuoyue'], ['橙果', 'chengguo'], ['木棉', 'mumian'],
  ['途乐', 'tule'], ['达信', 'daxin'], ['百川', 'baichuan'], ['千禧', 'qianxi'], ['明远', 'mingyuan'], ['聚力', 'juli'], ['凌峰', 'lingfeng'], ['华企', 'huaqi']];
const INDUSTRY = [['科技', 'tech'], ['商贸', 'trade'], ['餐饮管理', 'food'], ['装饰工程', 'deco'], ['电子', 'elec'], ['物流', 'logistics'], ['文化传媒', 'media'],
  ['建材', 'jiancai'], ['服装', 'fashion'], ['信息技术', 'it'], ['供应链管理', 'scm'], ['教育咨询', 'edu'], ['美容', 'beauty'], ['五金机电', 'wujin'], ['网络科技', 'net'], ['企业管理咨询', 'consult']];
const SURNAME_CO = [['王记餐饮', '管理'], ['陈氏贸易', ''], ['李家铺子', '食品'], ['张记五金', '机电'], ['刘氏建材', ''], ['黄记烧腊', '餐饮'], ['周氏物流', ''], ['林记茶行', '贸易'], ['赵家菜', '餐饮管理'], ['吴氏家具', '']];
const SHOPS = ['便利店', '五金店', '小吃店', '美发店', '水果店', '服装店', '建材经营部', '汽车维修部', '烟酒商行', '粮油店', '茶叶店', '打印店'];
const STREETS = ['科技园路', '深南大道', '文一西路', '天府大道', '人民路', '建设路', '解放路', '创业路', '学府路', '工业大道', '滨河路', '金沙路', '新华路', '东风路', '长江路'];
const BLDS = ['大厦', '广场', '创业园', '科技楼', '商务中心', '写字楼'];
const CITIES = {
  sz: { name: '深圳市', prov: '广东省', area: '0755', sub: 8, usccRegions: ['440300', '440305', '440304', '440306', '440307'], districts: ['南山区', '福田区', '宝安区', '龙岗区', '罗湖区'], idRegions: ['440305', '440304', '440306', '440307', '440303'], tax: '国家税务总局深圳市南山区税务局', abbr: '深', si: '深圳市社会保险基金管理局', prefix4: '4403',
    banks: ['招商银行深圳科技园支行', '中国工商银行深圳南山支行', '中国建设银行深圳福田支行', '中国银行深圳宝安支行', '平安银行深圳分行营业部', '中国农业银行深圳龙岗支行', '上海浦东发展银行深圳分行'] },
  hz: { name: '杭州市', prov: '浙江省', area: '0571', sub: 8, usccRegions: ['330100', '330106', '330102', '330108'], districts: ['西湖区', '上城区', '滨江区', '拱墅区'], idRegions: ['330106', '330102', '330108', '330782'], tax: '国家税务总局杭州市西湖区税务局', abbr: '杭', si: '杭州市社会保险管理服务中心', prefix4: '3301',
    banks: ['中国工商银行杭州西湖支行', '招商银行杭州分行', '中国建设银行杭州滨江支行', '中国农业银行杭州上城支行', '中国银行杭州拱墅支行', '交通银行杭州分行'] },
  cd: { name: '成都市', prov: '四川省', area: '028', sub: 8, usccRegions: ['510100', '510104', '510107', '510105', '510108'], districts: ['锦江区', '武侯区', '青羊区', '成华区'], idRegions: ['510104', '510107', '510105', '510108'], tax: '国家税务总局成都市武侯区税务局', abbr: '成', si: '成都市社会保险事业管理局', prefix4: '5101',
    banks: ['中国建设银行成都武侯支行', '中国工商银行成都锦江支行', '招商银行成都分行', '中国农业银行成都青羊支行', '中国银行成都成华支行'] },
  sh: { name: '上海市', prov: '', area: '021', sub: 8, usccRegions: ['310104', '310115', '310105', '310112'], districts: ['徐汇区', '浦东新区', '长宁区', '闵行区'], idRegions: ['310104', '310115', '310105', '310112'], tax: '国家税务总局上海市徐汇区税务局', abbr: '沪', si: '上海市社会保险事业管理中心', prefix4: '3101',
    banks: ['上海浦东发展银行徐汇支行', '中国工商银行上海长宁支行', '招商银行上海分行', '中国建设银行上海闵行支行', '交通银行上海分行'] },
  lz: { name: '兰州市', prov: '甘肃省', area: '0931', sub: 7, usccRegions: ['620100', '620102', '620103'], districts: ['城关区', '七里河区', '安宁区'], idRegions: ['620102', '620103', '620102'], tax: '国家税务总局兰州市城关区税务局', abbr: '兰', si: '兰州市社会保险事业管理局', prefix4: '6201',
    banks: ['中国农业银行兰州城关支行', '中国工商银行兰州七里河支行', '中国建设银行兰州安宁支行', '中国银行兰州分行'] },
};
const BINS = [['622202', 19], ['621226', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['621661', 19], ['621483', 16], ['622588', 16], ['622262', 19],
  ['622908', 18], ['621799', 19], ['623058', 19], ['621485', 16], ['622609', 16], ['623668', 19], ['628288', 16], ['436742', 16], ['427020', 16], ['524047', 16], ['518710', 16], ['552599', 16]];
const BANK_FOR_BIN = { '622202': '中国工商银行', '621226': '中国工商银行', '622848': '中国农业银行', '621700': '中国建设银行', '622700': '中国建设银行', '621661': '中国银行',
  '621483': '招商银行', '622588': '招商银行', '622262': '交通银行', '622908': '兴业银行', '621799': '中国邮政储蓄银行', '623058': '平安银行', '621485': '招商银行',
  '622609': '民生银行', '623668': '中国建设银行', '628288': '中信银行', '436742': '中国建设银行', '427020': '中国工商银行', '524047': '中国农业银行', '518710': '招商银行', '552599': '中国农业银行' };
const MOB_PFX = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199', '191', '166', '173', '147', '145', '175', '195', '193', '190', '134', '172', '167'];
const PERSONAL_DOMAINS = ['163.com', '126.com', 'qq.com', 'sina.com', 'foxmail.com', 'outlook.com', 'aliyun.com', 'yeah.net', '163.com', 'qq.com', 'sohu.com', 'gmail.com'];

// ------------------------------------------------------------------ generators of values
const SAMPLE_BLOCK = new Set(['13800138000', '13912345678', '18888888888', '11010519491231002X']);
function makeMobile() { for (;;) { const m = pick(MOB_PFX) + digits(8); if (!SAMPLE_BLOCK.has(m)) return m; } }
function makeLandline(city) { const first = city.sub === 7 ? pick(['8', '4', '6']) : pick(['5', '6', '8', '2', '3']); return city.area + first + digits(city.sub - 1); }
function makeCard(bin) { const [b, len] = bin || (chance(0.88) ? pick(BINS.filter((x) => x[0].startsWith('62'))) : pick(BINS)); const body = b + digits(len - b.length - 1); return body + luhnDigit(body); }
function makeIdNo(region, y, m, d, male) { const seq = pad2(int(0, 99)) + (male ? pick(['1', '3', '5', '7', '9']) : pick(['0', '2', '4', '6', '8'])); const body = region + y + pad2(m) + pad2(d) + seq; return body + idCheck(body); }
function makeName() {
  const r = R();
  if (r < 0.03) { const m = pick(MINORITY); return { name: m[0], py: m[1], sur: m[0].split('·')[0], gpy: m[1], spy: m[1], minority: true, male: !!m[2], region: m[3] }; }
  let s;
  if (r < 0.06) s = pick(COMPOUND); else if (r < 0.15) s = pick(RARE); else s = pick(SURN);
  for (;;) {
    const g = chance(0.28) ? [pick(GIVEN)] : [pick(GIVEN), pick(GIVEN)];
    if (g.length === 2 && g[0][0] === g[1][0] && chance(0.7)) continue;
    const name = s[0] + g.map((x) => x[0]).join('');
    if (BAD_COMBO.has(name) || BAD_COMBO.has(name.slice(0, 2))) continue;
    return { name, sur: s[0], spy: s[1], gpy: g.map((x) => x[1]).join(''), py: s[1] + g.map((x) => x[1]).join(''), minority: false, male: chance(0.5) };
  }
}
function makeEmailFor(p, domain) {
  const r = R();
  if (domain) return (r < 0.6 ? p.py : r < 0.85 ? p.gpy + '.' + p.spy : p.spy + p.gpy[0]) + (chance(0.2) ? int(1, 9) : '') + '@' + domain;
  if (r < 0.22) return String(int(1, 9)) + digits(int(5, 9)) + '@qq.com';
  if (r < 0.6) return p.py + (chance(0.6) ? String(p.y).slice(2) : int(1, 999)) + '@' + pick(PERSONAL_DOMAINS);
  if (r < 0.8) return p.gpy + '.' + p.spy + '@' + pick(PERSONAL_DOMAINS);
  return p.spy + '_' + p.gpy + int(10, 99) + '@' + pick(PERSONAL_DOMAINS);
}
function makePerson(opts = {}) {
  const n = makeName();
  const y = int(opts.y0 || 1962, opts.y1 || 2002), m = int(1, 12), dd = int(1, [31, y % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]);
  const region = n.region || (opts.city && chance(0.5) ? pick(opts.city.idRegions) : pick(GEN_REGIONS));
  const id = makeIdNo(region, y, m, dd, n.male);
  const p = { ...n, y, m, d: dd, region, id, mobile: makeMobile(), card: makeCard() };
  p.email = makeEmailFor(p, opts.domain);
  return p;
}
function makeUscc(type, region) {
  for (;;) {
    const body = (type === '91' && chance(0.25)) ? String(int(1, 9)) + digits(7)
      : (type === '52' ? 'MJ' : 'MA') + Array.from({ length: 6 }, () => UA[int(0, 30)]).join('');
    const b17 = type + region + body + orgCheck(body);
    const u = b17 + usccCheck(b17);
    if (validUscc(u)) return u;
  }
}
const DEC = {
  acct(bank) {
    return safeNum(() => {
      if (/工商/.test(bank)) return pick(['4000', '3602', '1202']) + digits(15);
      if (/建设/.test(bank)) return pick(['44250', '33050', '51050', '31050', '62050']) + digits(15);
      if (/中国银行/.test(bank)) return pick(['7', '3', '6']) + digits(11);
      if (/招商/.test(bank)) return pick(['7559', '5719', '1289', '1219']) + digits(11);
      if (/农业/.test(bank)) return pick(['41', '19', '27']) + digits(15);
      if (/平安/.test(bank)) return '1501' + digits(10);
      if (/浦东/.test(bank)) return pick(['7921', '9811']) + digits(14);
      if (/交通/.test(bank)) return '3310' + digits(17);
      return String(int(1, 9)) + digits(int(11, 21));
    });
  },
  lhh: () => safeNum(() => pick(['102', '103', '105', '104', '308', '301']) + digits(9)),
  invCode10: (c) => c.prefix4 + pick(['23', '24']) + pick(['1', '2']) + pick(['130', '170', '140']),
  invCode12: (c) => '0' + c.prefix4 + pick(['23', '24']) + digits(5),
  invNo8: () => digits(8),
  invNo20: (c) => pick(['23', '24']) + c.prefix4.slice(0, 2) + '2' + digits(15),
  sbSerial: () => safeNum(() => '1001' + pick(['44', '33', '51', '31', '62']) + '24' + digits(12)),
  flowNo: (len) => safeNum(() => '2024' + pad2(int(1, 12)) + pad2(int(1, 28)) + digits(len - 8)),
  msTs: () => String(int(1704038400, 1735660000)) + digits(3),
  oldTax15: (c) => safeNum(() => pick(c.idRegions) + digits(8) + (chance(0.4) ? 'X' : String(int(0, 9)))),
  badUscc(u) { const i = UA.indexOf(u[17]); return u.slice(0, 17) + UA[(i + int(1, 30)) % 31]; },
  badId(id) { for (;;) { const v = id.slice(0, 17) + pick('0123456789X'.split('').filter((c) => c !== id[17])); if (!looksSensitive(v)) return v; } },
  badDateId(id) { const body = id.slice(0, 10) + pick(['0230', '0231', '1332', '0431', '0229', '1100']) + id.slice(14, 17); const v = body + idCheck(body); return looksSensitive(v) ? DEC.badId(id) : v; },
  maskId: (id) => (chance(0.5) ? id.slice(0, 6) + '********' + id.slice(14) : id.slice(0, 4) + '**********' + id.slice(14)),
  maskMob: (m) => (chance(0.7) ? m.slice(0, 3) + '****' + m.slice(7) : m.slice(0, 3) + 'xxxx' + m.slice(7)),
  maskCard: (c) => (chance(0.5) ? c.slice(0, 4) + ' **** **** ' + c.slice(-4) : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4)),
  h400: () => '400-' + int(600, 899) + '-' + digits(4),
  unitNo: () => safeNum(() => String(int(1, 9)) + digits(int(7, 9))),
  license: (c) => 'DLJZ' + c.prefix4 + digits(10),
  docNo: (c) => `${c.abbr}税${pick(['税通', '通', '准'])}〔2024〕${int(1000, 99999)}号`,
  badMobile: () => pick(['154', '140', '141', '144', '194', '174']) + digits(8),
};
const maskName = (p) => (p.minority ? p.name.split('·')[0] + '·**' : p.sur + (p.name.length - p.sur.length === 1 ? '*' : chance(0.5) ? '*' + p.name.slice(-1) : '**'));

// ------------------------------------------------------------------ agencies and companies
const AGENCIES = [
  { name: '深圳市衡信财税咨询有限公司', short: '衡信财税', prefix: 'HX', domain: 'hengxin-tax.com', city: CITIES.sz },
  { name: '杭州禾木代理记账有限公司', short: '禾木记账', prefix: 'HM', domain: 'hemu-acc.cn', city: CITIES.hz },
  { name: '成都蓉和税务师事务所有限公司', short: '蓉和税务所', prefix: 'RH', domain: 'ronghe-cta.com', city: CITIES.cd },
  { name: '上海沪诚财务咨询有限公司', short: '沪诚财务', prefix: 'HC', domain: 'huchengcw.com', city: CITIES.sh },
  { name: '兰州金城财税服务有限公司', short: '金城财税', prefix: 'JC', domain: 'jcheng-ts.cn', city: CITIES.lz },
];
const ROLES = ['主管会计', '会计', '会计', '会计', '会计', '外勤', '外勤', '客户经理', '客户经理', '审核', '所长'];
for (const ag of AGENCIES) {
  ag.uscc = makeUscc('91', ag.city.usccRegions[0]);
  ag.phone = makeLandline(ag.city);
  ag.hot = DEC.h400();
  ag.license = DEC.license(ag.city);
  ag.bank = pick(ag.city.banks); ag.acct = DEC.acct(ag.bank);
  ag.addr = `${ag.city.prov}${ag.city.name}${pick(ag.city.districts)}${pick(STREETS)}${int(1, 300)}号${pick(['金融', '财富', '新城', '创新'])}${pick(BLDS)}${int(5, 28)}${pad2(int(1, 20))}室`;
  const used = new Set();
  ag.staff = ROLES.map((role, i) => {
    let p; do { p = makePerson({ y0: 1978, y1: 2000, city: ag.city, domain: ag.domain }); } while (used.has(p.name) || used.has(p.email));
    used.add(p.name); used.add(p.email);
    return { ...p, role, sid: `${ag.prefix}-S-${pad3(i * 7 + 11)}`, ext: String(800 + i * 3) };
  });
}
const staffOf = (ag, re) => pick(ag.staff.filter((s) => re.test(s.role)));
function makeCompany(ag, opts = {}) {
  const c = ag.city;
  const r = R();
  const type = opts.type || (r < 0.74 ? '91' : r < 0.92 ? '92' : r < 0.96 ? '93' : '52');
  const zh = pick(ZIHAO), ind = pick(INDUSTRY);
  let name, surDecoy = null, domain = zh[1] + '-' + ind[1] + '.com';
  if (type === '91') {
    if (chance(0.12)) { const sc = pick(SURNAME_CO); name = `${c.name}${sc[0]}${sc[1]}有限公司`; surDecoy = sc[0]; domain = zh[1] + 'group.cn'; }
    else name = `${c.name}${zh[0]}${ind[0]}有限公司`;
  } else if (type === '92') name = `${c.name}${pick(c.districts)}${zh[0]}${pick(SHOPS)}`;
  else if (type === '93') name = `${c.name}${zh[0]}${pick(['果蔬种植', '生态养殖', '花卉苗木'])}专业合作社`;
  else name = `${c.name}${zh[0]}${pick(['职业技能培训学校', '养老服务中心', '社会工作服务中心'])}`;
  const legal = makePerson({ city: c });
  const fin = type === '92' || chance(0.15) ? legal : makePerson({ city: c, y0: 1975, y1: 2000 });
  const taxp = chance(0.4) ? fin : makePerson({ city: c, y0: 1975, y1: 2002 });
  const bank = pick(c.banks);
  const co = {
    type, name, surDecoy, uscc: makeUscc(type, pick(c.usccRegions)), legal, fin, taxp, bank, acct: DEC.acct(bank), lhh: DEC.lhh(),
    phone: chance(0.75) ? makeLandline(c) : null,
    email: chance(0.5) ? pick(['finance', 'cw', 'hr', 'admin', 'service', 'account']) + '@' + domain : zh[1] + pick(['_cw', '2018', 'caiwu', '']) + '@' + pick(['163.com', 'qq.com', '126.com', 'aliyun.com']),
    tpType: type === '91' && chance(0.3) ? '一般纳税人' : '小规模纳税人',
    addr: `${c.prov}${c.name}${pick(c.districts)}${pick(STREETS)}${int(1, 300)}号${pick(BLDS)}${int(1, 30)}${pad2(int(1, 20))}室`,
    no: ag.prefix + String(int(1000, 9999)),
    acc: staffOf(ag, /会计/), field: staffOf(ag, /外勤/), mgr: staffOf(ag, /客户经理/),
    founded: `${int(2008, 2023)}-${pad2(int(1, 12))}-${pad2(int(1, 28))}`,
  };
  if (co.email.startsWith('@')) co.email = 'cw' + co.email;
  return co;
}

// ------------------------------------------------------------------ document model
function normVal(det, v) {
  v = v.normalize('NFKC');
  switch (det) {
    case 'cn_resident_id': case 'cn_uscc': return v.replace(/\s/g, '').toUpperCase();
    case 'cn_mobile': case 'bank_card': case 'cn_landline': return v.replace(/\D/g, '');
    case 'email': return v.toLowerCase();
    case 'person_name_zh': return v.replace(/\s/g, '');
    default: return v;
  }
}
class Doc {
  constructor(kind, n) { this.kind = kind; this.id = `tx-${kind}-${n}`; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.messy = chance(0.45); }
  _add(map, det, val) { const v = normVal(det, val); map.set(det + '|' + v, { detector: det, value: v }); }
  ent(det, val, written) { this._add(this.ents, det, val); return written ?? val; }
  dc(det, val, written) { this._add(this.dcs, det, val); return written ?? val; }
  X(kind, text) { this.decs.set(kind + '|' + text, { kind, text }); return text; }
  N(p) { const n = typeof p === 'string' ? p : p.name; return this.ent('person_name_zh', n); }
  Nsp(p) { this.N(p); return p.name.split('').join(' '); }
  pr(p) { return this.dc('person_name_zh', p.name); } // prose mention
  ti(p, t) { if (p.minority) return this.pr(p); return this.dc('person_name_zh', p.sur + t); } // surname+title
  mk(p) { const m = maskName(p); return this.dc('person_name_zh', m); }
  I(id, messy = this.messy) {
    this.ent('cn_resident_id', id);
    if (!messy) return id;
    const r = R();
    if (r < 0.15 && id.endsWith('X')) return id.slice(0, 17) + 'x';
    if (r < 0.22) return id.slice(0, 6) + ' ' + id.slice(6, 14) + ' ' + id.slice(14);
    if (r < 0.25) return toFull(id);
    return id;
  }
  M(m, messy = this.messy) {
    this.ent('cn_mobile', m);
    if (!messy) return m;
    const r = R();
    if (r < 0.12) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    if (r < 0.2) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    if (r < 0.27) return '+86 ' + m;
    if (r < 0.31) return `+86-${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    if (r < 0.34) return '(+86)' + m;
    if (r < 0.36) return toFull(m);
    return m;
  }
  L(l, messy = this.messy) {
    this.ent('cn_landline', l);
    const a = l.startsWith('01') || l.startsWith('02') ? l.slice(0, 3) : l.slice(0, 4), s = l.slice(a.length);
    if (!messy) return `${a}-${s}`;
    const r = R();
    if (r < 0.15) return `(${a})${s}`;
    if (r < 0.25) return `（${a}）${s}`;
    if (r < 0.35) return `${a} ${s.slice(0, s.length - 4)} ${s.slice(-4)}`;
    if (r < 0.45) return `${a}-${s}转${int(800, 830)}`;
    if (r < 0.52) return `+86 ${a.slice(1)} ${s}`;
    if (r < 0.6) return l;
    return `${a}-${s}`;
  }
  E(e, messy = this.messy) {
    this.ent('email', e);
    if (!messy) return e;
    const r = R();
    if (r < 0.12) return e[0].toUpperCase() + e.slice(1);
    if (r < 0.16) return e.replace('@', '＠');
    if (r < 0.2) return e.toUpperCase();
    return e;
  }
  C(c, messy = this.messy) {
    this.ent('bank_card', c);
    if (!messy) return c;
    const r = R();
    if (r < 0.35) return c.replace(/(\d{4})(?=\d)/g, '$1 ');
    if (r < 0.4) return c.replace(/(\d{4})(?=\d)/g, '$1-');
    return c;
  }
  U(u) { return this.ent('cn_uscc', u); }
}
const today = () => ({ y: 2024, m: int(1, 12), d: int(1, 28) });
const dstr = (t, sep = '-') => (sep === '年' ? `${t.y}年${t.m}月${t.d}日` : `${t.y}${sep}${pad2(t.m)}${sep}${pad2(t.d)}`);
const tstr = () => `${pad2(int(8, 21))}:${pad2(int(0, 59))}`;
const money = (a, b) => { const v = int(a * 100, b * 100) / 100; return v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }); };
function cnAmount(n) {
  const D = '零壹贰叁肆伍陆柒捌玖', U = ['', '拾', '佰', '仟', '万'];
  const s = String(n); let out = ''; let zero = false;
  for (let i = 0; i < s.length; i++) { const dg = +s[i], pos = s.length - 1 - i; if (dg === 0) { zero = true; continue; } if (zero && out) out += '零'; zero = false; out += D[dg] + U[pos]; }
  return (out || '零') + '元整';
}
function wcw(s) { let w = 0; for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1; return w; }
const padw = (s, w) => s + ' '.repeat(Math.max(1, w - wcw(s)));
const idAddr = (p) => `${REGIONS[p.region]}${pick(STREETS)}${int(1, 200)}号${chance(0.5) ? int(1, 30) + '栋' + int(101, 2808) + '室' : ''}`;
function addrDecoy(d, p) { if (p.region === '412726') d.X('place-surname', '周口'); }
function ocrBreak(s) { const i = int(3, s.length - 4); const sub = { '0': 'O', '1': 'l', '8': 'B', '5': 'S' }; const ch = s[i]; return sub[ch] ? s.slice(0, i) + sub[ch] + s.slice(i + 1) : s.slice(0, i) + s.slice(i + 1); }

// ------------------------------------------------------------------ document kinds
const G = {};

G['client-csv'] = { n: [4, 9], f(d, ag, n) {
  const sep = chance(0.25) ? '\t' : ',';
  const q = (s) => (sep === ',' && /[,"\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
  const t = today(); const op = pick(ag.staff);
  const L = [];
  if (chance(0.7)) L.push(`${ag.short}客户档案导出_${dstr(t, '')}.csv   导出人：${d.N(op)}   共${n}条`);
  L.push(['客户编号', '企业名称', '统一社会信用代码', '纳税人类型', '法定代表人/经营者', '法人身份证号', '法人手机', '财务负责人', '财务电话', '办税人员', '办税人身份证', '办税人手机', '开户银行', '对公账号', '联系邮箱', '主管会计', '外勤'].join(sep));
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag);
    if (c.surDecoy) d.X('company-surname', c.surDecoy);
    const legalId = chance(0.15) ? d.X('masked-id', DEC.maskId(c.legal.id)) : d.I(c.legal.id, false);
    let fin;
    if (c.fin === c.legal && chance(0.6)) fin = d.X('role-word', pick(['同法人', '法人代表', '法人兼']));
    else fin = d.N(c.fin);
    const finTel = c.phone ? d.L(c.phone) : d.M(c.fin.mobile, false);
    const legalMob = chance(0.1) ? d.X('masked-mobile', DEC.maskMob(c.legal.mobile)) : d.M(c.legal.mobile, false);
    let email = c.email;
    if (chance(0.1) && !legalMob.includes('*') && !legalMob.includes('x')) email = c.legal.mobile + '@139.com';
    else if (chance(0.3)) email = c.legal.email;
    d.X('corporate-account', c.acct);
    const row = [c.no, c.name, d.U(c.uscc), d.X('role-word', c.tpType), d.N(c.legal), legalId, legalMob, fin, finTel,
      d.N(c.taxp), d.I(c.taxp.id, false), d.M(c.taxp.mobile, false), c.bank, c.acct, chance(0.08) ? '' : d.E(email, false), d.N(c.acc), chance(0.2) ? '' : d.N(c.field)];
    L.push(row.map(q).join(sep));
  }
  return L.join('\n');
} };

G['client-xlsx'] = { n: [3, 6], f(d, ag, n) {
  const cos = Array.from({ length: n }, () => makeCompany(ag));
  const L = [`客户信息汇总_${ag.short}.xlsx`, '', '[Sheet1: 基本信息]', ['序号', '企业名称', '信用代码', '法人', '法人电话', '成立日期', '纳税人类型', '负责会计'].join('\t')];
  cos.forEach((c, i) => {
    if (c.surDecoy) d.X('company-surname', c.surDecoy);
    L.push([i + 1, c.name, d.U(c.uscc), d.N(c.legal), d.M(c.legal.mobile, false), c.founded, c.tpType, d.N(c.acc)].join('\t'));
  });
  L.push('', '[Sheet2: 办税人员]', ['企业名称', '办税员', '证件类型', '证件号码', '手机号码', '实名状态', '绑定时间'].join('\t'));
  cos.forEach((c) => {
    let idcell;
    const r = R();
    if (r < 0.12) { idcell = d.X('excel-sci', (+c.taxp.id.slice(0, 6) / 100000).toFixed(5).replace(/0+$/, '') + 'E+17'); }
    else if (r < 0.3) idcell = "'" + d.I(c.taxp.id, false);
    else idcell = d.I(c.taxp.id, false);
    L.push([c.name, d.N(c.taxp), '居民身份证', idcell, d.M(c.taxp.mobile, false), pick(['已认证', '已认证', '未认证', '待确认']), `${dstr(today())} ${tstr()}`].join('\t'));
  });
  L.push('', '[Sheet3: 银行账户]', ['企业名称', '开户行', '账号', '联行号', '账户性质'].join('\t'));
  cos.forEach((c) => { L.push([c.name, c.bank, d.X('corporate-account', c.acct), d.X('bank-code', c.lhh), pick(['基本存款账户', '一般存款账户'])].join('\t')); });
  if (chance(0.6)) L.push('', '[Sheet4: 联系方式]', ['企业名称', '联系人', '邮箱', '座机'].join('\t'), ...cos.map((c) => [c.name, d.N(c.fin), d.E(c.email, false), c.phone ? d.L(c.phone, false) : ''].join('\t')));
  return L.join('\n');
} };

G['iit-declare'] = { n: [4, 11], f(d, ag, n) {
  const c = makeCompany(ag, { type: '91' });
  const t = today(); const sb = DEC.sbSerial();
  const L = ['个人所得税扣缴申报表（综合所得）', `税款所属期：${t.y}年${pad2(t.m)}月01日至${t.y}年${pad2(t.m)}月${t.m === 2 ? 29 : 30}日`,
    `扣缴义务人名称：${c.name}`, `扣缴义务人纳税人识别号（统一社会信用代码）：${d.U(c.uscc)}`, `申报序号：${d.X('tax-serial', sb)}`, ''];
  const sepc = chance(0.5) ? ' | ' : '\t';
  L.push(['序号', '姓名', '证件类型', '证件号码', '所得项目', '本期收入', '基本养老', '基本医疗', '失业', '住房公积金', '累计专项附加扣除', '应补(退)税额', '工资卡号'].join(sepc));
  for (let i = 0; i < n; i++) {
    const p = makePerson({ city: ag.city, y0: 1968, y1: 2003 });
    const inc = int(4500, 32000); const yl = Math.round(inc * 0.08), yb = Math.round(inc * 0.02), sy = Math.round(inc * 0.005), gj = Math.round(inc * 0.05);
    const taxv = Math.max(0, Math.round((inc - 5000 - yl - yb - sy - gj - 1000) * 0.03 * 100) / 100);
    L.push([i + 1, d.N(p), '居民身份证', d.I(p.id), pick(['正常工资薪金', '正常工资薪金', '全年一次性奖金收入']), inc.toFixed(2), yl.toFixed(2), yb.toFixed(2), sy.toFixed(2), gj.toFixed(2), pick(['1000.00', '2000.00', '3000.00', '0.00']), taxv.toFixed(2), chance(0.85) ? d.C(p.card) : ''].join(sepc));
  }
  const op = c.acc;
  L.push('', `合计人数：${n}`, `谨声明：本扣缴申报表是根据国家税收法律法规及相关规定填报的，是真实的、可靠的、完整的。`,
    `扣缴义务人（签章）：${c.name}`, `代理机构签章：${ag.name}`, `代理机构统一社会信用代码：${d.U(ag.uscc)}`, `经办人：${d.N(op)}    经办人身份证件号码：${d.I(op.id)}`,
    `受理人：          受理税务机关（章）：${ag.city.tax}    受理日期：${dstr(t, '年')}`, `咨询电话：${d.X('hotline', '12366')}`);
  return L.join('\n');
} };

G['social-ins'] = { n: [3, 9], f(d, ag, n) {
  const c = makeCompany(ag, { type: '91' }); const t = today();
  const add = chance(0.6);
  const L = [`${ag.city.si}`, `参保人员${add ? '增员' : '减员'}申报表`, `单位名称：${c.name}    单位编号：${d.X('unit-no', DEC.unitNo())}`, `统一社会信用代码：${d.U(c.uscc)}`, `申报月份：${t.y}${pad2(t.m)}`, ''];
  L.push(['序号', '姓名', '性别', '公民身份号码', '手机号码', '户籍性质', '缴费工资', add ? '参保起始月' : '停保月份', add ? '增员原因' : '减员原因'].join('  '));
  for (let i = 0; i < n; i++) {
    const p = makePerson({ city: ag.city, y0: 1966, y1: 2004 });
    L.push([pad2(i + 1), d.N(p), p.male ? '男' : '女', d.I(p.id), chance(0.8) ? d.M(p.mobile) : '', pick(['本市城镇', '外省城镇', '外省农村', '本市农村']), int(2360, 26421), `${t.y}${pad2(t.m)}`, add ? pick(['新参保', '转入', '新招录']) : pick(['离职', '辞退', '转出', '退休'])].join('  '));
  }
  const op = c.field;
  L.push('', `单位经办人：${d.N(op)}    联系电话：${d.M(op.mobile)}`, `单位负责人：${d.N(c.legal)}`, `（代办机构：${ag.name}）`, `社保咨询：${d.X('hotline', '12333')}`);
  if (chance(0.5)) L.push(`备注：${d.pr(c.fin)}反映有两名员工身份证过期，待补件后再提交。`);
  return L.join('\n');
} };

G['reg-checklist'] = { n: [2, 5], f(d, ag, n) {
  const zh = pick(ZIHAO), ind = pick(INDUSTRY);
  const nm = `${ag.city.name}${zh[0]}${ind[0]}有限公司`;
  const sh = Array.from({ length: n }, () => makePerson({ city: ag.city, y0: 1965, y1: 2000 }));
  const L = ['新设公司注册材料清单（有限责任公司）', `拟设名称：${nm}`, `名称自主申报号：${d.X('doc-no', ag.city.abbr + '名称〔2024〕第' + int(10000, 99999) + '号')}`, `注册资本：${pick([10, 30, 50, 100, 200, 500])}万元    住所：${ag.city.prov}${ag.city.name}${pick(ag.city.districts)}${pick(STREETS)}${int(1, 300)}号`, '', '一、股东（发起人）出资情况'];
  L.push(['股东姓名/名称', '证件类型', '证件号码', '认缴出资(万元)', '出资比例', '出资方式', '联系电话'].join('    '));
  const pct = sh.map(() => int(10, 60)); const tot = pct.reduce((a, b) => a + b, 0);
  sh.forEach((p, i) => L.push([d.N(p), '居民身份证', d.I(p.id), int(5, 200), (pct[i] * 100 / tot).toFixed(1) + '%', '货币', d.M(p.mobile)].join('    ')));
  if (chance(0.4)) { const corp = makeCompany(ag, { type: '91' }); L.push([corp.name, '营业执照', d.U(corp.uscc), int(50, 300), '—', '货币', corp.phone ? d.L(corp.phone) : ''].join('    ')); }
  const sup = makePerson({ city: ag.city }); const liaison = chance(0.5) ? sh[0] : makePerson({ city: ag.city });
  L.push('', '二、董事、监事、经理及联络员', `执行董事兼经理：${d.N(sh[0])}`, `监事：${d.N(sup)}    身份证号：${d.I(sup.id)}`, `财务负责人：${chance(0.3) ? d.X('role-word', '会计主管') : d.N(liaison)}`,
    `联络员：${d.N(liaison)}    手机：${d.M(liaison.mobile)}    邮箱：${d.E(liaison.email)}`, '',
    '三、材料清单', '1. 公司登记（备案）申请书（法定代表人签字）', '2. 公司章程（全体股东签字）', '3. 股东主体资格证明（身份证复印件）', '4. 法定代表人、董事、监事和经理的任职文件', '5. 住所使用证明（租赁合同+房产证复印件）', '6. 委托代理人证明及身份证复印件',
    '', `代办：${ag.name}  外勤：${d.N(staffOf(ag, /外勤/))}  复核：${d.N(staffOf(ag, /审核|主管/))}`);
  if (chance(0.6)) L.push(`备注：${d.pr(sh[sh.length - 1])}本人在外地，签字页邮寄，预计下周三到。`);
  return L.join('\n');
} };

G['change-form'] = { n: [0, 0], f(d, ag) {
  const c = makeCompany(ag, { type: '91' }); const neu = makePerson({ city: ag.city }); const t = today();
  const newTax = makePerson({ city: ag.city, y0: 1980, y1: 2003 });
  const L = ['变更登记申请书（法定代表人/办税人员变更）', `企业名称：${c.name}`, `统一社会信用代码：${d.U(c.uscc)}`, `原纳税人识别号（15位）：${d.X('old-tax-id', DEC.oldTax15(ag.city))}`, '',
    '变更事项 | 原登记内容 | 变更后内容',
    `法定代表人 | ${d.N(c.legal)} | ${d.N(neu)}`,
    `法定代表人身份证件号码 | ${d.I(c.legal.id)} | ${d.I(neu.id)}`,
    `法定代表人手机 | ${chance(0.3) ? d.X('masked-mobile', DEC.maskMob(c.legal.mobile)) : d.M(c.legal.mobile)} | ${d.M(neu.mobile)}`,
    `办税人员 | ${d.N(c.taxp)} | ${d.N(newTax)}`,
    `办税人员证件号码 | ${d.I(c.taxp.id)} | ${d.I(newTax.id)}`,
    `办税人员手机 | ${d.M(c.taxp.mobile)} | ${d.M(newTax.mobile)}`,
    `财务负责人 | ${d.N(c.fin)} | ${chance(0.5) ? d.X('role-word', '未变更') : d.N(newTax)}`, '',
    `变更原因：${pick(['股权转让', '原法定代表人辞任', '经营管理需要'])}`, `股东会决议日期：${dstr(t, '年')}`,
    `申请人（签字）：${d.N(neu)}    日期：${dstr(t)}`, `委托代理人：${d.N(c.field)}    代理人电话：${d.M(c.field.mobile)}`, `代理机构：${ag.name}（${d.L(ag.phone)}）`,
    `注：原法定代表人${d.pr(c.legal)}已于${t.m}月签署辞任书，新任法定代表人需在电子税务局完成实名认证。`];
  return L.join('\n');
} };

G['etax-log'] = { n: [6, 14], f(d, ag, n) {
  const L = [`# etax-agent sync log  agency=${ag.short}  node=${pick(['tax-rpa-01', 'tax-rpa-02', 'bot-3'])}`];
  let ts = +DEC.msTs();
  for (let i = 0; i < n; i++) {
    ts += int(2000, 900000); const dt = new Date(ts + 8 * 3600e3); const iso = dt.toISOString().replace('T', ' ').replace('Z', '');
    const c = makeCompany(ag, { type: pick(['91', '91', '92']) }); const p = c.taxp; const rid = DEC.flowNo(20);
    d.X('ms-timestamp', String(ts)); d.X('request-id', rid);
    const r = R();
    if (r < 0.55) L.push(`${iso} INFO  [${ts}] op=BIND_TAXOFFICER rid=${rid} nsrsbh=${d.U(c.uscc)} nsrmc=${c.name} bsy=${d.N(p)} sfzjhm=${d.I(p.id, false)} sjhm=${d.M(p.mobile, false)} result=SUCCESS`);
    else if (r < 0.75) { const bad = chance(0.5) ? DEC.badId(p.id) : DEC.badDateId(p.id); L.push(`${iso} WARN  [${ts}] op=VERIFY_ID rid=${rid} nsrsbh=${d.U(c.uscc)} bsy=${d.N(p)} sfzjhm=${d.X('invalid-id', bad)} result=FAIL msg=身份证号码校验失败，请核对`); }
    else if (r < 0.88) L.push(`${iso} INFO  [${ts}] op=SMS_VERIFY rid=${rid} nsrsbh=${d.U(c.uscc)} sjhm=${d.X('masked-mobile', DEC.maskMob(p.mobile))} sfzjhm=${d.X('masked-id', DEC.maskId(p.id))} result=CODE_SENT`);
    else { const bu = DEC.badUscc(c.uscc); L.push(`${iso} ERROR [${ts}] op=QUERY_TAXPAYER rid=${rid} nsrsbh=${d.X('invalid-uscc', bu)} result=FAIL msg=纳税人识别号不存在或校验位错误`); }
  }
  L.push(`# done. operator=${d.N(pick(ag.staff))} elapsed_ms=${int(3000, 90000)}`);
  return L.join('\n');
} };

G['invoice-issue'] = { n: [4, 10], f(d, ag, n) {
  const L = [`发票领用登记簿（${ag.short}代领）`, ['日期', '客户', '发票种类', '发票代码', '起始号码', '终止号码', '份数', '领用人', '领用人身份证', '领用人电话', '经办会计'].join(' | ')];
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag); const t = today(); const e = chance(0.3);
    const start = +DEC.invNo8(); const cnt = pick([25, 50, 100]);
    const code = e ? '—' : d.X('invoice-code', chance(0.5) ? DEC.invCode10(ag.city) : DEC.invCode12(ag.city));
    const s1 = e ? d.X('invoice-no', DEC.invNo20(ag.city)) : d.X('invoice-no', String(start).padStart(8, '0'));
    const s2 = e ? '—' : d.X('invoice-no', String(start + cnt - 1).padStart(8, '0'));
    const who = chance(0.6) ? c.taxp : c.field;
    L.push([dstr(t), c.name, e ? '数电发票（额度）' : pick(['增值税普通发票', '增值税专用发票', '机动车销售统一发票']), code, s1, s2, e ? '—' : cnt, d.N(who), d.I(who.id), d.M(who.mobile), d.N(c.acc)].join(' | '));
  }
  L.push('', `注：领用发票须核对领用人身份证原件；税控盘密码统一由${d.ti(pick(ag.staff), '会计')}保管。`, `纳税服务热线：${d.X('hotline', '12366')}`);
  return L.join('\n');
} };

G['contract'] = { n: [0, 0], f(d, ag) {
  const c = makeCompany(ag); const t = today(); const fee = pick([200, 300, 400, 500, 600, 800, 1200]); const no = `${ag.prefix}-DZ-${t.y}-${pad2(t.m)}${int(10, 99)}`;
  const boss = ag.staff.find((s) => s.role === '所长');
  const L = ['代理记账服务合同', `合同编号：${no}`, '',
    `甲方（委托方）：${c.name}`, `统一社会信用代码：${d.U(c.uscc)}`, `${c.type === '92' ? '经营者' : '法定代表人'}：${d.N(c.legal)}`,
    `联系人：${d.N(c.fin)}    联系电话：${chance(0.5) && c.phone ? d.L(c.phone) : d.M(c.fin.mobile)}`, `电子邮箱：${d.E(c.email)}`, `地址：${c.addr}`, '',
    `乙方（受托方）：${ag.name}`, `统一社会信用代码：${d.U(ag.uscc)}`, `代理记账许可证书编号：${d.X('license-no', ag.license)}`, `法定代表人：${d.N(boss)}`,
    `项目负责人：${d.N(c.acc)}    电话：${d.L(ag.phone)}    手机：${d.M(c.acc.mobile)}    邮箱：${d.E(c.acc.email)}`, `地址：${ag.addr}`, '',
    '第一条 服务内容', `乙方为甲方提供建账、记账、纳税申报（${c.tpType}）、年度汇算清缴、工商年报等服务。`,
    '第二条 服务费用', `服务费每月人民币${fee}元（大写：${cnAmount(fee)}），按${pick(['季度', '年'])}预付，合计¥${(fee * 12).toLocaleString('en-US')}.00。`,
    `乙方收款账户：户名 ${ag.name}  开户行 ${ag.bank}  账号 ${d.X('corporate-account', ag.acct)}`,
    '第三条 双方责任', `甲方应于每月5日前将原始凭证交给乙方外勤人员，甲方指定${d.pr(c.fin)}负责对接；乙方指派${d.pr(c.field)}上门收取票据。`,
    '第四条 其他', '本合同一式两份，双方各执一份，自签字盖章之日起生效。', '',
    `甲方（盖章）：          代表签字：__________    日期：${dstr(t, '年')}`, `乙方（盖章）：          代表签字：__________    日期：${dstr(t, '年')}`];
  return L.join('\n');
} };

G['fee-receipt'] = { n: [2, 4], f(d, ag, n) {
  const L = [];
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag); const t = today(); const amt = pick([1800, 2400, 3600, 4800, 6000, 7200, 9600]);
    const payer = chance(0.5) ? c.legal : c.fin;
    L.push(`收  据        No.${d.X('receipt-no', '00' + digits(5))}`, `日期：${dstr(t, '年')}`, `今收到 ${c.name}`, `交来：${t.y}年度代理记账服务费（${pick(['1-6月', '全年', '7-12月', '1-3月'])}）`,
      `人民币（大写）${cnAmount(amt)}    ¥${amt.toLocaleString('en-US')}.00`);
    const pm = R();
    if (pm < 0.5) L.push(`付款方式：个人银行卡转账  付款卡号：${d.C(payer.card)}  持卡人：${d.N(payer)}`);
    else if (pm < 0.7) L.push(`付款方式：对公转账  付款账号：${d.X('corporate-account', c.acct)}`);
    else if (pm < 0.85) L.push(`付款方式：微信  付款人：${d.N(payer)}  交易单号：${d.X('txn-no', '4200' + digits(24))}`);
    else L.push(`付款方式：现金  交款人：${d.N(payer)}`);
    L.push(`收款单位（盖章）：${ag.name}    收款人：${d.N(staffOf(ag, /客户经理/))}    经手人：${d.N(c.acc)}    复核：${d.N(staffOf(ag, /审核|主管/))}`, '—'.repeat(20));
  }
  return L.join('\n');
} };

G['wechat'] = { n: [0, 0], f(d, ag) {
  const c = makeCompany(ag); const acc = c.acc; const cl = chance(0.7) ? c.legal : c.fin; const t = today();
  const L = [`微信聊天记录导出  与"${d.N(cl)}-${c.name.replace(ag.city.name, '').replace(/有限公司$/, '').slice(0, 6)}"的聊天`, `导出时间：${dstr(t)} ${tstr()}`, ''];
  const me = `${d.N(acc)}(${ag.short})`; const hi = d.ti(cl, pick(['总', '姐', '哥', '老板']));
  let h = int(9, 11), m = int(0, 30);
  const tt = () => { m += int(1, 20); if (m > 59) { h++; m -= 60; } return `${dstr(t)} ${pad2(h)}:${pad2(m)}`; };
  L.push(`${tt()} ${me}: ${hi}早，${t.m}月的进项发票和银行回单麻烦拍一下发我，另外税务局要补办税人员实名，需要营业执照和身份证。`);
  L.push(`${tt()} ${cl.name}: 好的`, `${tt()} ${cl.name}: [图片]`, '[图片OCR识别结果]', '营 业 执 照', `统一社会信用代码 ${d.U(c.uscc)}`, `名        称 ${c.name}`, `类        型 ${c.type === '92' ? '个体工商户' : '有限责任公司（自然人投资或控股）'}`,
    `${c.type === '92' ? '经 营 者' : '法定代表人'} ${d.N(c.legal)}`, `成立日期 ${c.founded.replace(/-/g, '年').replace(/年(\d\d)$/, '月$1日')}`, `住        所 ${c.addr}`, '');
  const p = c.taxp;
  L.push(`${tt()} ${cl.name}: 办税员身份证`, `${tt()} ${cl.name}: [图片]`, '[图片OCR识别结果]');
  const broken = chance(0.15);
  const idw = broken ? d.dc('cn_resident_id', ocrBreak(p.id)) : d.I(p.id, false);
  L.push(`姓名 ${chance(0.3) ? d.Nsp(p) : d.N(p)}`, `性别 ${p.male ? '男' : '女'}   民族 ${p.minority ? pick(['维吾尔', '藏', '蒙古']) : '汉'}`, `出生 ${p.y}年${p.m}月${p.d}日`, `住址 ${idAddr(p)}`, `公民身份号码 ${idw}`, '');
  addrDecoy(d, p);
  L.push(`${tt()} ${me}: 收到。办税员手机号是多少？税务局会发验证码`, `${tt()} ${cl.name}: ${d.M(p.mobile)}，是${d.pr(p)}的`);
  if (chance(0.5)) L.push(`${tt()} ${cl.name}: 对了我手机号换了，新号${d.M(cl.mobile)}，旧的${d.X('masked-mobile', DEC.maskMob(makeMobile()))}不用了`);
  if (chance(0.5)) L.push(`${tt()} ${me}: 好的。本月应交增值税¥${money(100, 3000)}，附加税¥${money(10, 300)}，请确保${c.bank}账户余额充足，${t.m}月15日前扣款。`);
  if (chance(0.5)) L.push(`${tt()} ${cl.name}: 工资卡也要换，新卡${d.C(cl.card)}，${BANK_FOR_BIN[cl.card.slice(0, 6)]}的`);
  L.push(`${tt()} ${me}: 明白，我这边处理完发您截图。有问题也可以打我们座机${d.L(ag.phone)}`);
  if (chance(0.4)) L.push(`${tt()} ${cl.name}: [语音] 4"`, `${tt()} ${me}: [表情]`);
  return L.join('\n');
} };

G['wework'] = { n: [0, 0], f(d, ag) {
  const t = today(); const st = sample(ag.staff, 4); const c1 = makeCompany(ag); const c2 = makeCompany(ag);
  const name = (s) => d.N(s);
  let h = 9, m = int(0, 20); const tt = () => { m += int(1, 15); if (m > 59) { h++; m -= 60; } return `${pad2(h)}:${pad2(m)}`; };
  const L = [`企业微信 · 群聊「${ag.short}-${pick(['会计组', '外勤组', '征期攻坚群', '客服对接'])}」 ${dstr(t)}`];
  L.push(`${tt()} ${name(st[0])}: ${d.X('mention', '@所有人')} 本月征期截至${t.m}月15日，还没交资料的客户今天统一催一下`);
  L.push(`${tt()} ${name(st[1])}: ${c1.name}的办税员换人了，新的是${d.N(c1.taxp)}，身份证${d.I(c1.taxp.id)}，手机${d.M(c1.taxp.mobile)}，麻烦${d.ti(st[2], pick(['姐', '哥']))}在电子税务局上绑定一下`);
  L.push(`${tt()} ${name(st[2])}: 收到，原办税员${chance(0.5) ? d.mk(c1.fin) : d.pr(c1.fin)}需要先解绑，我联系他们法人`);
  L.push(`${tt()} ${name(st[3])}: ${c2.name} 信用代码 ${d.U(c2.uscc)}，法人 ${d.N(c2.legal)} ${d.M(c2.legal.mobile)}，说上个月个税申报少了一个人`);
  if (chance(0.6)) { const e = makePerson({ city: ag.city }); L.push(`${tt()} ${name(st[3])}: 漏报的员工：${d.N(e)} ${d.I(e.id)} 工资卡 ${d.C(e.card)}`); }
  L.push(`${tt()} ${name(st[0])}: 更正申报要在${t.m}月底前完成，${d.pr(st[1])}跟一下`);
  if (chance(0.5)) L.push(`${tt()} ${name(st[1])}: 另外${c2.name.replace(ag.city.name, '')}的对公户 ${d.X('corporate-account', c2.acct)} 扣款失败，余额不足`);
  L.push(`${tt()} ${name(st[2])}: [文件] ${c1.name.replace(ag.city.name, '')}_实名资料.pdf`, `${tt()} ${name(st[0])}: 👍`);
  return L.join('\n');
} };

G['email'] = { n: [0, 0], f(d, ag) {
  const c = makeCompany(ag, { type: '91' }); const acc = c.acc; const cl = c.fin; const t = today();
  const clEmail = chance(0.5) ? cl.email : c.email;
  const dd = (x) => `${x.y}年${x.m}月${x.d}日 ${tstr()}`;
  const L = [`From: ${d.N(cl)} <${d.E(clEmail)}>`, `To: "${d.N(acc)}" <${d.E(acc.email)}>`];
  if (chance(0.5)) { const s2 = staffOf(ag, /审核|主管/); L.push(`Cc: ${d.N(s2)} <${d.E(s2.email)}>`); }
  L.push(`Date: ${dstr(t)} ${tstr()}:${pad2(int(0, 59))} +0800`, `Subject: Re: ${t.m}月工资表及个税申报资料`, '');
  const ne = int(1, 3);
  L.push(`${d.ti(acc, '会计')}你好，`, '', `附件是${t.m}月工资表，本月新入职${'一两三'[ne - 1]}人，信息如下：`);
  for (let i = 0; i < ne; i++) { const p = makePerson({ city: ag.city, y0: 1975, y1: 2003 }); L.push(`${i + 1}. ${d.N(p)}  身份证：${d.I(p.id)}  手机：${d.M(p.mobile)}  工资卡：${d.C(p.card)}（${BANK_FOR_BIN[p.card.slice(0, 6)]}）`); }
  if (chance(0.5)) { const p = makePerson({ city: ag.city }); L.push(`离职：${d.N(p)}（${d.X('masked-id', DEC.maskId(p.id))}），${t.m}月起停发。`); }
  L.push('', '有问题随时联系。', '', '--', `${d.N(cl)} | 财务${pick(['经理', '主管', '专员'])}`, c.name);
  if (c.phone) L.push(`电话：${d.L(c.phone)}  手机：${d.M(cl.mobile)}`); else L.push(`手机：${d.M(cl.mobile)}`);
  L.push(`邮箱：${d.E(clEmail, false)}`, `[cid:${d.X('cid-ref', `image00${int(1, 4)}.png@01DA${digits(4)}.${int(1, 9)}E${digits(2)}F${digits(3)}0`)}]`, '');
  L.push('-----原始邮件-----', `发件人: "${acc.name}" <${acc.email}>`, `发送时间: ${dd(t)}`, `收件人: ${clEmail}`, `主题: ${t.m}月工资表及个税申报资料`, '');
  L.push(`> ${d.ti(cl, pick(['总', '经理', '姐']))}您好，请于${t.m}月8日前发送本月工资表，新员工请附身份证号和工资卡号。`, `> 本月起贵司为${c.tpType}，申报期限截至${t.m}月15日。`, '>',
    `> ${acc.name}`, `> ${ag.name} | ${acc.role}`, `> 电话：${d.L(ag.phone)}-${acc.ext}  手机：${d.M(acc.mobile)}`, `> 税务咨询：${d.X('hotline', '12366')}  客服：${d.X('hotline', ag.hot)}`, `> ${d.X('image-ref', 'logo@2x.png')}`);
  return L.join('\n');
} };

G['bank-receipt'] = { n: [2, 4], f(d, ag, n) {
  const c = makeCompany(ag, { type: '91' }); const L = [];
  const bankname = c.bank.match(/^.*?银行/)[0];
  for (let i = 0; i < n; i++) {
    const t = today(); const p = makePerson({ city: ag.city, y0: 1970, y1: 2002 }); const amt = int(3000, 25000);
    const broken = chance(0.12);
    const acct = broken ? d.dc('bank_card', ocrBreak(p.card)) : d.C(p.card);
    L.push(`${bankname} ${pick(['网上银行电子回单', '业务回单（付款）', '转账凭证'])}`, `电子回单号码：${d.X('receipt-no', safeNum(() => digits(16).replace(/^0/, '7')))}    ${pick(['打印日期', '记账日期'])}：${dstr(t)}`,
      `付 款 人  户  名：${c.name}`, `          账  号：${d.X('corporate-account', c.acct)}`, `          开户行：${c.bank}`,
      `收 款 人  户  名：${chance(0.2) ? d.Nsp(p) : d.N(p)}`, `          账  号：${acct}`, `          开户行：${BANK_FOR_BIN[p.card.slice(0, 6)]}${pick(['营业部', '支行', '分理处'])}`,
      `金    额：¥${amt.toLocaleString('en-US')}.00   人民币（大写）：${cnAmount(amt)}`, `摘    要：${pick(['工资', '代发工资', '报销款', '劳务费'])}    用途：${t.m}月${pick(['工资', '报销', '劳务报酬'])}`,
      `交易流水号：${d.X('flow-no', DEC.flowNo(pick([18, 19, 20])))}    时间戳：${d.X('ms-timestamp', DEC.msTs())}`, `验 证 码：${Array.from({ length: 12 }, () => UA[int(10, 30)]).join('')}`, '');
  }
  L.push(`[${ag.short}归档] 回单已归入${c.name.replace(ag.city.name, '')} ${dstr(today(), '')} 凭证，整理人：${d.N(c.acc)}`);
  return L.join('\n');
} };

G['sms'] = { n: [5, 12], f(d, ag, n) {
  const t = today(); const L = [`短信群发任务  任务ID：${d.X('ms-timestamp', DEC.msTs())}  签名：【${ag.short}】  模板：征期提醒`, '手机号,客户名称,联系人,短信内容,发送状态,回执时间'];
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag); const p = chance(0.6) ? c.legal : c.fin;
    const msg = `【${ag.short}】${d.ti(p, pick(['总', '老板', '女士', '先生']).replace(/女士|先生/, p.male ? '先生' : '女士'))}您好，${t.m}月征期截止${t.m}月15日，请于${t.m}月10日前提供本月票据及银行流水。如有疑问请联系${d.ti(c.acc, '会计')}${d.M(c.acc.mobile, false)}。回T退订`;
    const st = chance(0.9) ? '成功' : '失败(空号)';
    L.push([d.M(p.mobile, false), c.name, chance(0.15) ? d.mk(p) : d.N(p), '"' + msg + '"', st, st === '成功' ? `${dstr(t)} ${tstr()}` : ''].join(','));
  }
  L.push(`# 计费条数：${n * 2}  操作员：${d.N(staffOf(ag, /客户经理/))}  税务热线${d.X('hotline', '12366')}`);
  return L.join('\n');
} };

G['crm-json'] = { n: [2, 4], f(d, ag, n) {
  const op = pick(ag.staff);
  const obj = { exportedAt: `${dstr(today())}T${tstr()}:00+08:00`, exportId: d.X('flow-no', DEC.flowNo(18)), operator: { staffId: op.sid, name: d.N(op), mobile: d.M(op.mobile, false) }, clients: [] };
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag);
    const ts = DEC.msTs(); d.X('ms-timestamp', ts);
    obj.clients.push({
      clientNo: c.no, name: c.name, uscc: d.U(c.uscc), taxpayerType: c.tpType,
      legalRep: { name: d.N(c.legal), idNo: d.I(c.legal.id, false), mobile: d.M(c.legal.mobile, false) },
      taxOfficer: { name: d.N(c.taxp), idNo: d.I(c.taxp.id, false), mobile: d.M(c.taxp.mobile, false) },
      contacts: [{ role: '财务', name: d.N(c.fin), email: d.E(c.email, false), tel: c.phone ? d.L(c.phone, false) : null }],
      bank: { name: c.bank, account: d.X('corporate-account', c.acct) },
      accountant: { staffId: c.acc.sid, name: d.N(c.acc), email: d.E(c.acc.email, false) },
      fieldAgent: chance(0.7) ? { staffId: c.field.sid, name: d.N(c.field) } : null,
      createdTs: +ts, status: pick(['服务中', '服务中', '待续费', '暂停']),
    });
  }
  return chance(0.5) ? JSON.stringify(obj, null, 2) : JSON.stringify(obj);
} };

G['crm-xml'] = { n: [2, 4], f(d, ag, n) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const L = ['<?xml version="1.0" encoding="UTF-8"?>', `<export system="daizhang-crm" agency="${ag.short}" batch="${d.X('flow-no', DEC.flowNo(19))}">`];
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag);
    L.push(`  <client no="${c.no}">`, `    <companyName>${esc(c.name)}</companyName>`, `    <creditCode>${d.U(c.uscc)}</creditCode>`,
      `    <legalPerson name="${d.N(c.legal)}" idCard="${d.I(c.legal.id, false)}" phone="${d.M(c.legal.mobile, false)}"/>`,
      `    <financeContact><name>${d.N(c.fin)}</name><mobile>${d.M(c.fin.mobile, false)}</mobile><email>${d.E(chance(0.5) ? c.fin.email : c.email, false)}</email></financeContact>`,
      `    <staff accountant="${d.N(c.acc)}" accountantId="${c.acc.sid}" field="${d.N(c.field)}" manager="${d.N(c.mgr)}"/>`,
      `    <fee monthly="${pick([200, 300, 500, 800])}.00" paidUntil="${dstr(today())}"/>`, `    <updated>${d.X('ms-timestamp', DEC.msTs())}</updated>`, '  </client>');
  }
  L.push('</export>');
  return L.join('\n');
} };

G['fixed-width'] = { n: [5, 11], f(d, ag, n) {
  const W = [10, 34, 12, 20, 14, 10];
  const L = [`${ag.short} 办税人员实名台账                                   打印日期 ${dstr(today(), '/')}`, '='.repeat(96),
    ['客户编号', '企业名称', '办税人员', '证件号码', '手机号', '认证状态'].map((h, i) => padw(h, W[i])).join(''), '-'.repeat(96)];
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag); const p = c.taxp;
    const nm = c.name.length > 16 ? c.name.slice(0, 15) + '…' : c.name;
    L.push([c.no, nm, d.N(p), d.I(p.id, false), d.M(p.mobile, false), pick(['已实名', '已实名', '待人脸', '已过期'])].map((h, i) => padw(h, W[i])).join(''));
  }
  L.push('-'.repeat(96), `合计 ${n} 户        制表：${d.N(staffOf(ag, /会计/))}        审核：${d.N(staffOf(ag, /审核|主管/))}`);
  return L.join('\n');
} };

G['pdftotext'] = { n: [4, 8], f(d, ag, n) {
  const L = [`${ag.name}`, `客户信息确认表（第 1 页 共 ${int(2, 4)} 页）`, '', '序号   企业名称              法定代表   身份证号码             联系电话        统一社会信用代码'];
  for (let i = 0; i < n; i++) {
    const c = makeCompany(ag); const p = c.legal; const nm = c.name;
    const split = chance(0.15);
    const idPart = split ? p.id.slice(0, 12) : d.I(p.id, false);
    if (split) d.dc('cn_resident_id', p.id);
    L.push(`${i + 1}      ${nm.slice(0, 9)}    ${d.N(p)}     ${idPart}     ${d.M(p.mobile, false)}     ${d.U(c.uscc)}`);
    L.push(`       ${nm.slice(9)}${split ? '                  ' + p.id.slice(12) : ''}`);
  }
  L.push('', '\f', `${ag.short}    客户信息确认表                                   第 2 页`, '', `确认人（客户经理）：${d.N(staffOf(ag, /客户经理/))}    复核：${d.N(staffOf(ag, /审核|主管/))}`,
    `联系电话：${d.L(ag.phone)}    服务热线：${d.X('hotline', ag.hot)}`);
  return L.join('\n');
} };

G['dereg'] = { n: [2, 4], f(d, ag, n) {
  const c = makeCompany(ag, { type: '91' }); const t = today(); const mem = Array.from({ length: n }, () => makePerson({ city: ag.city }));
  const L = ['企业注销清税事项清单', `企业名称：${c.name}`, `统一社会信用代码：${d.U(c.uscc)}`, `主管税务机关：${ag.city.tax}`, `清税申报受理通知书文号：${d.X('doc-no', DEC.docNo(ag.city))}`, '',
    '一、清算组成员', ['职务', '姓名', '身份证号', '联系电话'].join('\t')];
  mem.forEach((p, i) => L.push([i === 0 ? '清算组负责人' : '成员', d.N(p), d.I(p.id), d.M(p.mobile)].join('\t')));
  L.push('', '二、清税事项进度', ['事项', '状态', '经办人', '完成日期'].join('\t'));
  for (const it of ['增值税及附加申报', '企业所得税清算申报', '个人所得税（工资薪金）', '社保账户注销', '发票缴销', '税控设备注销', '银行账户销户']) L.push([it, pick(['已完成', '已完成', '办理中', '待办']), d.N(pick(ag.staff)), dstr(today())].join('\t'));
  L.push('', '三、未缴销发票', `发票代码 ${d.X('invoice-code', DEC.invCode12(ag.city))}  号码 ${d.X('invoice-no', DEC.invNo8())}-${d.X('invoice-no', DEC.invNo8())}  共${int(3, 40)}份`,
    `待销户账户：${c.bank} ${d.X('corporate-account', c.acct)}`, '', `说明：清算组负责人${d.pr(mem[0])}已签署清算报告，${d.ti(c.acc, '会计')}负责最后一期申报。`, `代理机构：${ag.name}  ${d.L(ag.phone)}`);
  return L.join('\n');
} };

G['abnormal'] = { n: [4, 8], f(d, ag, n) {
  const t = today(); const cos = Array.from({ length: n }, () => makeCompany(ag));
  const L = [`关于将${cos[0].name}等${n}户企业列入经营异常名录的公告`, `${ag.city.abbr}市监异〔${t.y}〕${int(10, 999)}号`, '',
    '经查，下列企业未按规定期限公示年度报告或通过登记的住所无法联系，根据《市场主体登记管理条例》等规定，决定列入经营异常名录。', '',
    ['序号', '企业名称', '统一社会信用代码', '法定代表人（负责人）', '证件号码', '列入原因'].join('  ')];
  cos.forEach((c, i) => L.push([i + 1, c.name, d.U(c.uscc), d.mk(c.legal), d.X('masked-id', DEC.maskId(c.legal.id)), pick(['未按期公示年报', '住所无法联系'])].join('  ')));
  L.push('', `${ag.city.name}市场监督管理局`, dstr(t, '年'), '', `—— ${ag.short}内部跟进（${d.N(staffOf(ag, /客户经理/))}整理）——`);
  cos.slice(0, int(2, n)).forEach((c) => L.push(`${c.name.replace(ag.city.name, '')}：联系人 ${d.N(c.legal)} ${d.M(c.legal.mobile)}，负责会计 ${d.N(c.acc)}，${pick(['已电话通知补报年报', '客户失联，已发短信', '需变更注册地址后申请移出'])}`));
  return L.join('\n');
} };

G['payroll'] = { n: [5, 12], f(d, ag, n) {
  const c = makeCompany(ag, { type: '91' }); const t = today();
  const L = [`${c.name} ${t.y}年${t.m}月工资表`, `单位：元    发放日期：${dstr(t)}    代发银行：${BANK_FOR_BIN['622202']}`, '',
    ['序号', '姓名', '部门', '身份证号', '基本工资', '绩效', '应发合计', '社保个人', '公积金', '个税', '实发工资', '工资卡号'].join(',')];
  let tot = 0;
  for (let i = 0; i < n; i++) {
    const p = makePerson({ city: ag.city, y0: 1970, y1: 2004 });
    const base = int(2500, 15000), perf = int(0, 6000), gross = base + perf, si = Math.round(gross * 0.105 * 100) / 100, hf = Math.round(gross * 0.05), tax = Math.max(0, Math.round((gross - 5000 - si - hf) * 0.03 * 100) / 100);
    const net = Math.round((gross - si - hf - tax) * 100) / 100; tot += net;
    const cardCell = chance(0.1) ? d.X('masked-card', DEC.maskCard(p.card)) : d.C(p.card, false);
    L.push([i + 1, d.N(p), pick(['行政', '销售', '技术', '财务', '仓储', '客服']), chance(0.9) ? d.I(p.id, false) : '', base.toFixed(2), perf.toFixed(2), gross.toFixed(2), si.toFixed(2), hf.toFixed(2), tax.toFixed(2), net.toFixed(2), cardCell].join(','));
  }
  L.push(`合计,,,,,,,,,,${tot.toFixed(2)},`, '', `制表：${d.N(c.fin)}    审核：${d.N(c.acc)}    批准：${d.N(c.legal)}`);
  return L.join('\n');
} };

G['staff-roster'] = { n: [0, 0], f(d, ag) {
  const L = [`${ag.name} 员工通讯录及客户分配表（${pick(['2024Q1', '2024Q2', '2024年下半年'])}）`, `总机：${d.L(ag.phone)}    客服：${d.X('hotline', ag.hot)}`, '',
    ['工号', '姓名', '岗位', '手机', '邮箱', '分机'].join(' | ')];
  const ss = sample(ag.staff, int(6, 9));
  for (const s of ss) L.push([s.sid, d.N(s), s.role, d.M(s.mobile), d.E(s.email), s.ext].join(' | '));
  L.push('', '客户分配：', ['客户', '主管会计', '外勤', '客户经理'].join(' | '));
  for (let i = 0; i < int(3, 6); i++) { const c = makeCompany(ag); if (c.surDecoy) d.X('company-surname', c.surDecoy); L.push([c.name, d.N(c.acc), d.N(c.field), d.N(c.mgr)].join(' | ')); }
  return L.join('\n');
} };

G['id-check'] = { n: [6, 12], f(d, ag, n) {
  const c = makeCompany(ag, { type: '91' });
  const L = [`[批量实名校验] 客户：${c.name}  文件：${pick(['新增员工', '2月入职', '个税人员信息'])}.xlsx  共${n}条  执行人：${d.N(c.acc)}`];
  for (let i = 0; i < n; i++) {
    const p = makePerson({ city: ag.city, y0: 1966, y1: 2004 });
    const r = R();
    if (r < 0.55) L.push(`行${i + 2}  ${d.N(p)}  ${d.I(p.id, false)}  ${d.M(p.mobile, false)}  ✔ 校验通过`);
    else if (r < 0.72) L.push(`行${i + 2}  ${d.N(p)}  ${d.X('invalid-id', DEC.badId(p.id))}  ${d.M(p.mobile, false)}  ✘ 身份证校验码错误`);
    else if (r < 0.82) L.push(`行${i + 2}  ${d.N(p)}  ${d.X('invalid-id', DEC.badDateId(p.id))}  ✘ 出生日期不合法`);
    else if (r < 0.92) L.push(`行${i + 2}  ${d.N(p)}  ${d.I(p.id, false)}  ${d.dc('cn_mobile', DEC.badMobile())}  ✘ 手机号段不存在`);
    else L.push(`行${i + 2}  ${d.N(p)}  ${d.X('invalid-id', looksSensitive(p.id.slice(0, 16)) ? p.id.slice(0, 15) + 'X' : p.id.slice(0, 16))}  ✘ 位数不足（应为18位）`);
  }
  L.push(`结果：请${d.ti(c.fin, pick(['姐', '总', '会计']))}核对后重新提供错误行，客户联系人${d.N(c.fin)}。`);
  return L.join('\n');
} };

G['handover'] = { n: [0, 0], f(d, ag) {
  const c = makeCompany(ag); const t = today(); const from = chance(0.5) ? c.fin : c.taxp;
  const L = ['会计资料交接单', `交接日期：${dstr(t, '年')}`, `客户名称：${c.name}    统一社会信用代码：${d.U(c.uscc)}`, '',
    `移交人（客户方）：${d.N(from)}    手机：${d.M(from.mobile)}`, `接收人：${d.N(c.field)}（外勤）`, `监交人：${d.N(c.acc)}`, '', '资料清单：'];
  const items = [`${t.m}月银行回单 ${int(3, 30)} 张（${c.bank}，账号 ${d.X('corporate-account', c.acct)}）`, `增值税普通发票（进项）${int(2, 20)} 张，其中发票代码 ${d.X('invoice-code', DEC.invCode12(ag.city))} 号码 ${d.X('invoice-no', DEC.invNo8())}`,
    `数电发票 ${int(1, 9)} 张，发票号码 ${d.X('invoice-no', DEC.invNo20(ag.city))}`, `工资表 1 份`, `费用报销单 ${int(1, 12)} 张`, `税控盘 1 个（密码另交）`];
  items.forEach((x, i) => L.push(`${i + 1}. ${x}`));
  L.push('', `备注：${d.pr(c.legal)}要求本月起票据改为每周一送达；如有缺失请联系${d.ti(from, '姐')}。`, '', '移交人签字：__________    接收人签字：__________    监交人签字：__________');
  return L.join('\n');
} };

G['power-of-attorney'] = { n: [0, 0], f(d, ag) {
  const c = makeCompany(ag); const agent = chance(0.5) ? c.field : c.acc; const t = today();
  const L = ['授 权 委 托 书', '', `委托单位：${c.name}`, `统一社会信用代码：${d.U(c.uscc)}`, `法定代表人：${d.N(c.legal)}    身份证号码：${d.I(c.legal.id)}    联系电话：${d.M(c.legal.mobile)}`, '',
    `受托人：${d.N(agent)}    性别：${agent.male ? '男' : '女'}    身份证号码：${d.I(agent.id)}`, `工作单位：${ag.name}    联系电话：${d.M(agent.mobile)}`, '',
    `现委托上述受托人前往${ag.city.tax}办理以下事项：`, '1. 办税人员变更及实名信息采集；', '2. 发票领用、验旧、缴销；', '3. 税务登记信息变更；', `4. ${pick(['跨区域涉税事项报告', '清税证明申领', '一般纳税人资格登记'])}。`, '',
    `委托期限：自${dstr(t, '年')}至${t.y}年12月31日。`, '受托人在委托权限内签署的文件，委托人均予以承认。', '',
    `委托单位（盖章）：            法定代表人（签字）：`, `日期：${dstr(t, '年')}`];
  if (chance(0.5)) L.push('', `附：受托人身份证复印件（${d.X('masked-id', DEC.maskId(agent.id))}）仅限本次使用`);
  return L.join('\n');
} };

G['weekly-report'] = { n: [0, 0], f(d, ag) {
  const me = pick(ag.staff); const cs = Array.from({ length: 4 }, () => makeCompany(ag)); const t = today();
  const L = [`工作周报 ${dstr(t)}`, `姓名：${d.N(me)}    岗位：${me.role}    部门：${ag.short}${pick(['会计一组', '会计二组', '外勤组'])}`, '', '一、本周完成'];
  L.push(`1. 完成${cs[0].name.replace(ag.city.name, '')}等${int(12, 40)}户${t.m}月增值税申报，其中${d.pr(cs[0].legal)}那边的进项票迟到两天，已与${d.ti(cs[0].fin, '姐')}沟通。`);
  L.push(`2. 陪同${d.pr(cs[1].taxp)}去税务大厅做办税人员实名，${d.X('role-word', '法人代表')}本人未到场，改为电子税务局扫码。`);
  L.push(`3. ${cs[2].name}的${d.ti(cs[2].legal, '总')}咨询${d.X('role-word', '小规模纳税人')}转${d.X('role-word', '一般纳税人')}，已发送对比测算表。`);
  L.push(`4. 给${d.pr(cs[3].fin)}补发了社保增员回执，工资卡号对不上（${d.X('masked-card', DEC.maskCard(cs[3].fin.card))}），下周核实。`);
  L.push('', '二、下周计划', `1. 跟进${cs[1].name.replace(ag.city.name, '')}年报，联系${d.pr(cs[1].legal)}确认股东信息。`, `2. 协助${d.pr(pick(ag.staff))}整理${t.m}月工资表归档。`, '', '三、需协调');
  L.push(`${cs[3].name}新任财务${d.N(cs[3].fin)}（手机${d.M(cs[3].fin.mobile)}）需要开通电子税务局权限，请主管审批。`);
  if (cs[2].surDecoy) d.X('company-surname', cs[2].surDecoy);
  return L.join('\n');
} };

// ------------------------------------------------------------------ footer for short documents
function footer(d, ag) {
  return pick([
    () => `\n—— 本资料由${ag.name}整理，仅限内部使用，请勿外传。如有疑问请致电${d.L(ag.phone)}或发送邮件至${d.E('service@' + ag.domain)}。纳税服务热线：${d.X('hotline', '12366')}`,
    () => `\n【${ag.short}】地址：${ag.addr}  电话：${d.L(ag.phone)}  代理记账许可证：${d.X('license-no', ag.license)}`,
    () => `\n注意：本表含客户个人信息，按公司《客户资料保密制度》管理，打印件用后粉碎。客服热线${d.X('hotline', ag.hot)}，投诉邮箱 ${d.E('kefu@' + ag.domain)}`,
  ])();
}

// ------------------------------------------------------------------ build
const KINDS = Object.keys(G);
const TOTAL = 300;
const docs = [];
const counter = {};
for (let i = 0; i < TOTAL; i++) {
  const kind = KINDS[i % KINDS.length];
  counter[kind] = (counter[kind] || 0) + 1;
  const g = G[kind];
  let n = int(g.n[0], g.n[1]);
  for (let tries = 0; ; tries++) {
    const d = new Doc(kind, counter[kind]);
    const ag = pick(AGENCIES);
    d.text = g.f(d, ag, n);
    if (d.text.length < 300 || chance(0.25)) d.text += footer(d, ag);
    if (d.text.length < 300) d.text += footer(d, ag);
    for (const [sc] of SURNAME_CO) if (d.text.includes(sc)) d.X('company-surname', sc);
    if (d.text.length <= 4000 && d.text.length >= 300) { docs.push(d); break; }
    if (tries > 30) throw new Error(`cannot fit ${kind}: ${d.text.length}`);
    if (d.text.length > 4000) n = Math.max(g.n[0] > 0 ? 1 : 0, n - 1);
  }
}

// ------------------------------------------------------------------ self-check
const nrm = (s) => s.normalize('NFKC').toLowerCase().replace(/[\s\-()]/g, '');
const perDet = {}; let nDecoys = 0, nDc = 0;
const fail = (msg) => { throw new Error(msg); };
const out = [];
for (const d of docs) {
  const T = nrm(d.text), T2 = d.text.normalize('NFKC').toLowerCase();
  const ents = [...d.ents.values()];
  for (const k of d.dcs.keys()) if (d.ents.has(k)) d.dcs.delete(k);
  const dcs = [...d.dcs.values()];
  const decs = [...d.decs.values()];
  if (d.text.length < 300 || d.text.length > 4000) fail(`${d.id}: length ${d.text.length}`);
  const entVals = new Set(ents.map((e) => e.value));
  for (const e of ents) {
    if (!VALID[e.detector](e.value)) fail(`${d.id}: invalid ${e.detector} ${e.value}`);
    const v = e.value.toLowerCase();
    const seen = T.includes(v) || T2.includes(v) || (e.detector === 'cn_landline' && T.includes('86' + v.slice(1)));
    if (!seen) fail(`${d.id}: ${e.detector} ${e.value} not in text`);
    perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  }
  for (const x of decs) {
    if (!d.text.includes(x.text)) fail(`${d.id}: decoy ${x.text} not in text`);
    if (entVals.has(x.text) || entVals.has(normVal('cn_uscc', x.text)) || entVals.has(x.text.toLowerCase())) fail(`${d.id}: decoy equals entity ${x.text}`);
    if (!/[*x]|[\u4e00-\u9fa5@]/.test(x.text) && looksSensitive(x.text) && !['invoice-code'].includes(x.kind)) fail(`${d.id}: decoy looks valid ${x.kind} ${x.text}`);
    for (const e of ents) if (e.detector !== 'person_name_zh' && e.value.length >= 11 && x.text.replace(/[\s-]/g, '').toUpperCase() === e.value.toUpperCase()) fail(`${d.id}: decoy = entity ${x.text}`);
  }
  nDecoys += decs.length; nDc += dcs.length;
  out.push(JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: ents, dontCare: dcs, decoys: decs }));
}
const dest = process.argv[2];
if (!dest) { console.error('usage: node taxagency.mjs OUT.jsonl'); process.exit(2); }
fs.writeFileSync(dest, out.join('\n') + '\n');
console.error(`taxagency: ${docs.length} documents, ${KINDS.length} kinds -> ${dest}`);
for (const k of Object.keys(VALID)) console.error(`  ${k.padEnd(16)} ${perDet[k] || 0}`);
console.error(`  decoys           ${nDecoys}`);
console.error(`  dontCare         ${nDc}`);
for (const k of Object.keys(VALID)) if ((perDet[k] || 0) < 150) fail(`too few ${k}: ${perDet[k] || 0}`);
