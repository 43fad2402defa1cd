// Independent labelled test corpus: 实名制票务 (real-name ticketing).
//
// Written in session 37 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
//
// Theme: a concert / live-house / theatre promoter (星河映象) and a scenic-area (景区)
// ticketing office, with their 票务 / 客服 / 检票 / 黄牛-monitoring staff.
//
// Kinds (25): order_csv (实名购票订单导出 CSV), order_tsv (xlsx-as-text / TSV export),
//   viewer_list (观演人 blocks per order), gate_log (检票 device syslog), refund
//   (退票/转赠工单), blacklist (黄牛黑名单通报), group_signup (旅行社团体票报名表),
//   mp_json (小程序门票预约 JSON), annual_card (年卡会员导出), credential_app
//   (工作证/媒体证申请), volunteer (志愿者花名册), cs_chat (微信客服聊天 + 身份证 OCR),
//   email_fwd (转发名单的邮件 + 签名), sms_log (出票短信发送日志), seat_chart (座位图 +
//   席位分配), lost_found (失物招领登记), settlement (演出结算单), labor_fee (劳务费发放表),
//   fixed_width (实名核验异常报表, fixed width), pdftotext (团体票确认函, wrapped PDF text),
//   handtyped (手打名单, irregular separators), agency_dir (分销商/旅行社名录),
//   invoice_req (开票申请汇总), scalper_monitor (黄牛监控日报), staff_shift (排班表).
//
// Usage: node ticketing.mjs OUT.jsonl
//   writes one JSON object per line:
//   {"id":"tk-<kind>-<n>","kind":..,"text":..,"entities":[{detector,value}],
//    "dontCare":[{detector,value}],"decoys":[{kind,text}]}
//   and prints a summary to stderr. Deterministic (sfc32 PRNG, fixed seed).
//
// Label normalisation: cn_resident_id = 18 chars, upper-case X; cn_mobile = 11 digits
//   (no +86 / 0086 / separators); cn_landline = digits incl. trunk 0 and area code, no
//   separators, no extension (a +86 form is normalised to 0 + area code + number);
//   email = lower-case; bank_card = digits only; cn_uscc = 18 chars upper-case;
//   person_name_zh = the Chinese name as written, without spaces, titles or pinyin
//   (minority names keep their middle dot ·).
//   Written forms vary: grouped / dashed / +86 mobiles, grouped cards, lower-case x and
//   full-width IDs, (0755) / +86-755 / 转分机 landlines, mixed-case e-mail addresses,
//   names spaced by pdftotext.
//
// Decoys (must NOT be reported under any detector): 订单号 (16-20 digits, Luhn-invalid when
//   16-19 long), 票号 / 券码 / 二维码 numbers (clearly labelled; some Luhn-valid by chance),
//   座位号, 场次编号, 13-digit ms timestamps, 设备号 / IMEI, 工号, 会员卡号, amounts, dates,
//   400 / 95xxx / 12301 hotlines, 对公账号 (corporate accounts), 发票号码, venue names that
//   start with a surname (黄河剧场 ...), masked IDs / mobiles / cards (110***********1234,
//   138****5678, 6222 **** **** 8901), IDs that fail MOD 11-2 in error logs, avatar@2x.png
//   style asset names and @mentions.
//
// dontCare policy (either answer is fine): names only in running prose (SMS bodies, chat
//   sentences, notices), surname+title forms (王先生 / 李姐 / 小王), masked names (张*, 王某),
//   chat nicknames decorated with other text, fictional artist stage names (演唱会 style),
//   numbers OCR broke (O for 0 etc.; both the broken text and the true value are listed),
//   and mobiles embedded in <mobile>@139.com style e-mail addresses.
//   Staff names beside labels (检票员:, 客服:, 经办:), names in tables / forms / key=value
//   logs and chat senders with full names are entities.
//
// Self-check at the end: every entity value appears in its document in some written form,
// every ID / card / USCC / mobile / landline entity passes its check, no decoy text equals
// an entity value, digit decoys are not valid IDs / cards / mobiles / USCCs, and every
// document is 300-4000 characters long.

import fs from 'node:fs';

// ---------------------------------------------------------------- PRNG
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
const R = sfc32(0x7469636b, 0x65747337, 0x2025cafe, 0x0b0e5eed);
for (let i = 0; i < 32; i++) R();
const ri = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += ri(0, 9); return s; };
const shuffle = (a) => { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = ri(0, i); [b[i], b[j]] = [b[j], b[i]]; } return b; };

// ---------------------------------------------------------------- validators
const PROV = new Set(['11','12','13','14','15','21','22','23','31','32','33','34','35','36','37','41','42','43','44','45','46','50','51','52','53','54','61','62','63','64','65']);
const IDW = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += (+b[i]) * IDW[i]; return '10X98765432'[s % 11]; }
function realDate(y, m, d) { const t = new Date(Date.UTC(y, m - 1, d)); return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d; }
function isValidID(s) {
  if (!/^\d{17}[\dX]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !realDate(y, m, d)) return false;
  return idCheck(s) === s[17];
}
const MPFX = ['130','131','132','133','134','135','136','137','138','139','145','147','150','151','152','153','155','156','157','158','159','162','165','166','167','170','171','172','173','175','176','177','178','180','181','182','183','184','185','186','187','188','189','190','191','192','193','195','196','197','198','199'];
const MPFX_MAIN = MPFX.filter((p) => !/^(14|16|17)/.test(p) || ['147', '166', '176', '177', '178', '173'].includes(p));
const isValidMobile = (s) => /^1\d{10}$/.test(s) && MPFX.includes(s.slice(0, 3)) && !['13800138000', '13912345678', '18888888888'].includes(s);
function luhnOk(s) { let sum = 0, dbl = false; for (let i = s.length - 1; i >= 0; i--) { let v = +s[i]; if (dbl) { v *= 2; if (v > 9) v -= 9; } sum += v; dbl = !dbl; } return sum % 10 === 0; }
function luhnDigit(body) { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); }
const CARD_BINS = [['622202', 19], ['621226', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['621661', 19], ['623668', 19], ['621799', 19], ['622262', 19], ['621785', 19], ['622208', 19], ['622588', 16], ['621483', 16], ['622609', 16], ['622155', 16], ['625809', 16], ['436742', 16]];
const isValidCard = (s) => /^\d{16,19}$/.test(s) && luhnOk(s) && CARD_BINS.some(([b]) => s.startsWith(b));
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let t = 0; for (let i = 0; i < 17; i++) t += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (t % 31)) % 31]; }
const OW = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCheck(s8) { let t = 0; for (let i = 0; i < 8; i++) { const c = s8[i]; t += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * OW[i]; } const c = 11 - (t % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); }
function isValidUSCC(s) {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s)) return false;
  if (!['11', '12', '13', '19', '51', '52', '53', '59', '91', '92', '93'].includes(s.slice(0, 2))) return false;
  if (!PROV.has(s.slice(2, 4))) return false;
  return orgCheck(s.slice(8, 16)) === s[16] && usccCheck(s.slice(0, 17)) === s[17];
}
const AREAS = [['010', 8], ['020', 8], ['021', 8], ['022', 8], ['023', 8], ['024', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0755', 8], ['0571', 8], ['0512', 8], ['0574', 8], ['0731', 8], ['0371', 8], ['0591', 8], ['0532', 8], ['0898', 8], ['0769', 8], ['0931', 7], ['0351', 7]];
function isValidLandline(s) { const a = AREAS.find(([c]) => s.startsWith(c)); return !!a && s.length === a[0].length + a[1] && /^[2-8]/.test(s.slice(a[0].length)); }
// digit strings that would be a true positive somewhere: never used as filler / decoys
function sensitiveDigits(s) {
  if (!/^\d+$/.test(s)) return false;
  if (s.length === 11 && /^1[3-9]/.test(s)) return true;
  if (s.length === 18 && (PROV.has(s.slice(0, 2)) || isValidUSCC(s) || isValidID(s))) return true;
  if (s.length >= 16 && s.length <= 19 && luhnOk(s)) return true;
  if (s.length >= 14 && s.length <= 19 && /^(62|81)/.test(s)) return true;
  if (s.length === 15 && PROV.has(s.slice(0, 2))) return true;
  if (s.length >= 10 && s.length <= 12 && s[0] === '0') return true;
  if (s.length === 17 && PROV.has(s.slice(0, 2))) return true;
  return false;
}
function safeNum(len, prefix = '', allowLuhn = false) {
  for (;;) {
    const s = prefix + digits(len - prefix.length);
    if (s.length >= 16 && s.length <= 19 && allowLuhn && !/^(62|81|4|5|3)/.test(s) && !(s.length === 18 && PROV.has(s.slice(0, 2)))) return s;
    if (!sensitiveDigits(s)) return s;
  }
}

// ---------------------------------------------------------------- generators
const ID_REGIONS = ['110101','110102','110105','110106','110108','110112','120101','120104','130102','130104','140105','140106','150102','210102','210202','220102','230103','310101','310104','310105','310112','310115','320102','320106','320505','320583','330102','330106','330203','330302','340104','350102','350203','360102','370102','370202','410105','420106','420111','430104','430111','440103','440106','440304','440305','440111','441900','450103','460106','500103','500106','510104','510107','520102','530102','610113','620102','640104','650102','510703','360502','211002','321002'];
function genID(minY = 1958, maxY = 2007) {
  for (;;) {
    const y = ri(minY, maxY), m = ri(1, 12), d = ri(1, 31);
    if (!realDate(y, m, d)) continue;
    const body = pick(ID_REGIONS) + y + pad(m, 2) + pad(d, 2) + pad(ri(1, 999), 3);
    const id = body + idCheck(body);
    if (isValidID(id)) return id;
  }
}
function badCheckID() { const id = genID(); const alts = '0123456789X'.split('').filter((c) => c !== id[17]); return id.slice(0, 17) + pick(alts); }
const genMobile = () => { for (;;) { const m = pick(MPFX_MAIN) + digits(8); if (isValidMobile(m)) return m; } };
function genLandline() { const [a, n] = pick(AREAS); const first = n === 7 ? pick(['8', '4', '5']) : pick(['2', '3', '5', '6', '8']); return a + first + digits(n - 1); }
function genCard() { const [bin, len] = pick(CARD_BINS); const body = bin + digits(len - bin.length - 1); return body + luhnDigit(body); }
const USCC_REGIONS = ['110105','110108','110101','310104','310115','310106','440106','440305','440304','330106','330102','320505','320106','510107','420106','610113','500103','370102','430104','350203','530102','450103','440300','330100','110000','310000','440100','510100','420100'];
function genUSCC(type = '91') {
  for (;;) {
    let body;
    if (chance(0.65)) { body = 'MA'; for (let i = 0; i < 6; i++) body += UA[ri(0, 30)]; } else body = digits(8);
    const s17 = type + pick(USCC_REGIONS) + body + orgCheck(body);
    const u = s17 + usccCheck(s17);
    if (isValidUSCC(u)) return u;
  }
}
const COMMON = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('');
const TOP = '王李张刘陈杨黄赵吴周'.split('');
const RARE = ['鞠', '訾', '仉', '阚', '敖', '宓', '逄', '昝', '郗', '亓', '冼', '禤', '晏', '靳', '栾', '谯', '滕', '蒯', '揭', '邝', '缪', '眭', '嵇', '帅', '芮', '卞', '笪', '冀', '隋', '佘', '寇', '桑', '闵', '戚', '阮', '麦', '巫', '蓝', '岑', '庹'];
const COMPOUND = ['欧阳', '上官', '司马', '诸葛', '皇甫', '令狐', '司徒', '慕容', '尉迟', '东方', '夏侯', '公孙'];
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红玲兰凤梅琳雪婷宇浩然轩梓涵诺欣怡思远佳琪晨曦彤俊嘉梦瑶心悦博文皓志鹏建晓东丹阳燕紫萱睿泽宏立春生秋菊德永少峰卫振颖蕾倩薇昊天翔鑫辰逸可馨雅楠子'.split('');
const UY_A = ['热依拉', '买买提', '古丽娜尔', '阿卜杜拉', '艾尔肯', '阿依古丽', '迪力木拉提', '努尔古丽', '帕提古丽', '艾克拜尔', '麦尔旦', '依力哈木'];
const UY_B = ['艾买提', '艾力', '吐尔逊', '克里木', '吐尼亚孜', '买合木提', '阿不都', '依明', '热合曼', '托合提'];
const TIB = ['扎西顿珠', '次仁央金', '格桑卓玛', '达瓦次仁', '巴特尔', '乌日娜', '其木格', '阿拉坦仓', '索朗旺姆', '德吉卓嘎'];
function genName() {
  const r = R();
  if (r < 0.025) return pick(UY_A) + '·' + pick(UY_B);
  if (r < 0.035) return pick(TIB);
  const sur = r < 0.065 ? pick(COMPOUND) : r < 0.155 ? pick(RARE) : r < 0.5 ? pick(TOP) : pick(COMMON);
  let g = pick(GIVEN);
  if (chance(0.68)) { let g2 = pick(GIVEN); while (g2 === g) g2 = pick(GIVEN); g += g2; }
  return sur + g;
}
const PY = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'lin', 'luo', 'xie', 'song', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'wei', 'jun', 'fang', 'na', 'min', 'jing', 'li', 'qiang', 'lei', 'yang', 'yan', 'jie', 'tao', 'ming', 'chao', 'xia', 'ping', 'hua', 'yu', 'hao', 'ran', 'xuan', 'han', 'nuo', 'xin', 'yi', 'si', 'yuan', 'jia', 'qi', 'chen', 'xi', 'tong', 'meng', 'yao', 'yue', 'bo', 'wen', 'zhi', 'peng', 'xiao', 'dong', 'dan', 'feng', 'rui', 'ze'];
const FREE_DOM = ['qq.com', '163.com', '126.com', 'foxmail.com', 'sina.com', 'sina.cn', 'sohu.com', 'aliyun.com', 'outlook.com', 'gmail.com', 'yeah.net', '189.cn', '139.com'];
function genEmail(dom) {
  const d = dom || pick(FREE_DOM);
  if (d === 'qq.com' && chance(0.6)) return ri(10000000, 3999999999) + '@qq.com';
  if ((d === '139.com' || d === '189.cn') && chance(0.6)) return genMobile() + '@' + d;
  const r = R();
  let l;
  if (r < 0.3) l = pick(PY) + '.' + pick(PY) + pick(PY);
  else if (r < 0.55) l = pick(PY) + pick(PY) + ri(1970, 2008);
  else if (r < 0.75) l = pick(PY)[0] + pick(PY)[0] + pick(PY) + ri(1, 999);
  else l = pick(PY) + '_' + pick(PY) + ri(10, 99);
  return l + '@' + d;
}
const CITIES = ['杭州', '广州', '成都', '西安', '南京', '武汉', '深圳', '上海', '北京', '长沙', '苏州', '宁波', '厦门', '昆明', '重庆', '青岛', '郑州', '福州'];
const ZIHAO = ['云帆', '青禾', '星途', '远景', '悦游', '山海', '途乐', '锦程', '和光', '嘉禾', '鹏程', '鸿宇', '拾光', '知行', '乐途', '明远', '新禾', '越海', '沐风', '朗月', '晴川', '望舒', '观澜', '行者', '驿路', '千帆', '蓝鲸', '橙子', '启航', '木棉'];
const genAgency = () => pick(CITIES) + pick(ZIHAO) + pick(['国际旅行社有限公司', '旅行社有限公司', '旅游服务有限公司', '国际旅游有限公司']);
const genCompany = () => pick(CITIES) + pick(ZIHAO) + pick(['文化传媒有限公司', '演艺经纪有限公司', '票务代理有限公司', '会展服务有限公司', '网络科技有限公司', '广告有限公司', '传媒科技有限公司', '舞台设备租赁有限公司', '音响工程有限公司']);
const MEDIA = ['都市晨报', '城市之声广播', '乐评周刊', '潮流视频', '看点新闻', '音乐现场杂志', '南方文旅网', '晚报文娱部'];
const ROADS = ['中山', '解放', '人民', '建设', '文化', '滨江', '湖滨', '延安', '长江', '学院', '新华', '和平'];
const genAddr = (city) => `${city || pick(CITIES)}市${pick(['西湖区', '天河区', '武侯区', '雁塔区', '鼓楼区', '江汉区', '南山区', '徐汇区', '朝阳区', '岳麓区'])}${pick(ROADS)}路${ri(1, 399)}号${chance(0.5) ? pick(['', 'A座', 'B座', '2幢']) + ri(2, 28) + pad(ri(1, 20), 2) + '室' : ''}`;
const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '招商银行', '交通银行', '兴业银行', '浦发银行'];
const BRANCH = () => pick(BANKS) + pick(CITIES) + pick(['分行营业部', pick(ROADS) + '路支行', '高新支行', '城东支行', '滨江支行']);
const bankOfCard = (c) => ({ '622202': '中国工商银行', '621226': '中国工商银行', '622848': '中国农业银行', '621700': '中国建设银行', '622700': '中国建设银行', '436742': '中国建设银行', '621661': '中国银行', '623668': '中国建设银行', '622588': '招商银行', '621483': '招商银行', '622262': '交通银行', '621799': '中国邮政储蓄银行', '621785': '中国银行', '622208': '中国工商银行', '622609': '浦发银行', '622155': '中国工商银行', '625809': '招商银行' })[c.slice(0, 6)] || '银行';
const ARTISTS = ['陈屿白', '林夕颜', '周既明', '许南风', '苏漫', '沈听澜', '江以宁', '顾北辰', '叶知秋', '白念安'];
const TOURS = ['潮汐', '逆光', '长夜将明', '海风来信', '折叠宇宙', '云上', '半岛日记', '第七感'];
const VENUES = ['黄河剧场', '金沙音乐厅', '云桥大剧院', '回声盒子LIVEHOUSE', '高山流水音乐厅', '江南里剧场', '梁园大剧院', '白鹭湾体育馆', '石榴园小剧场', '马鞍岭露天剧场'];
const SCENIC = ['青岚山景区', '白鹭湾湿地公园', '龙潭峡谷景区', '云雾岭国家森林公园', '金鸡湖畔古镇', '石门涧景区'];
const PROMOTER = '星河映象文化传播有限公司';
const PLAYS = ['话剧《雾中灯塔》', '音乐剧《寻光者》', '脱口秀专场《今晚不加班》', '儿童剧《小海豚回家》', '昆曲《牡丹亭》(青春版)', '舞剧《敦煌·飞天》'];
const HOTLINES = ['400-828-6655', '400-061-9988', '4008-123-520', '95105', '12301', '400 660 1717'];

// ---------------------------------------------------------------- written forms
const FW = (s) => s.replace(/[0-9X]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
function idW(id, style = 'any') {
  if (style === 'plain') return id;
  const r = R();
  if (r < 0.05) return `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`;
  if (r < 0.08) return FW(id);
  if (r < 0.15 && id.endsWith('X')) return id.slice(0, 17) + 'x';
  if (r < 0.18) return `${id.slice(0, 6)}-${id.slice(6, 14)}-${id.slice(14)}`;
  return id;
}
function mobW(m, style = 'any') {
  if (style === 'plain') return m;
  const r = R();
  if (r < 0.08) return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
  if (r < 0.16) return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
  if (r < 0.21) return '+86 ' + m;
  if (r < 0.24) return '+86-' + m;
  if (r < 0.26) return '(+86)' + m;
  if (r < 0.28) return '0086 ' + m;
  if (r < 0.30) return FW(m);
  return m;
}
function cardW(c, style = 'any') {
  if (style === 'plain') return c;
  const r = R();
  if (r < 0.32) return c.replace(/(\d{4})(?=\d)/g, '$1 ');
  if (r < 0.40) return c.replace(/(\d{4})(?=\d)/g, '$1-');
  return c;
}
function landW(l) {
  const a = AREAS.find(([c]) => l.startsWith(c))[0], n = l.slice(a.length);
  const r = R();
  if (r < 0.35) return `${a}-${n}`;
  if (r < 0.45) return `(${a})${n}`;
  if (r < 0.52) return `（${a}）${n}`;
  if (r < 0.60) return `${a} ${n.length === 8 ? n.slice(0, 4) + ' ' + n.slice(4) : n}`;
  if (r < 0.66) return `+86-${a.slice(1)}-${n}`;
  if (r < 0.70) return `+86 ${a.slice(1)} ${n}`;
  if (r < 0.78) return `${a}-${n}转${ri(100, 8999)}`;
  if (r < 0.82) return `${a}-${n} 分机${ri(10, 899)}`;
  return a + n;
}
function emailW(e) {
  const r = R();
  if (r < 0.06) return e.toUpperCase();
  if (r < 0.14) return e.replace(/^[a-z]/, (c) => c.toUpperCase());
  if (r < 0.17) return e.replace(/@(.*)$/, (m, d) => '@' + d.toUpperCase());
  return e;
}
const maskID = (id) => (chance(0.5) ? id.slice(0, 3) + '*'.repeat(11) + id.slice(14) : id.slice(0, 6) + '********' + id.slice(14));
const maskMob = (m) => (chance(0.8) ? m.slice(0, 3) + '****' + m.slice(7) : m.slice(0, 3) + 'xxxx' + m.slice(7));
const sur = (n) => (/[·]/.test(n) || TIB.includes(n) ? pick(TOP) : COMPOUND.find((c) => n.startsWith(c)) || n[0]);
const maskName = (n) => { const s = sur(n), rest = Math.max(1, n.length - s.length); return chance(0.5) ? s + '*'.repeat(rest) : s + '某'.repeat(Math.min(2, rest)); };
const maskCard = (c) => (chance(0.5) ? `${c.slice(0, 4)} **** **** ${c.slice(-4)}` : c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4));
const spaced = (n) => n.split('').join(' ');

// ---------------------------------------------------------------- document builder
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dc = new Map(); this.dec = new Map(); }
  _k(d, v) { return d + '\u0000' + v; }
  ent(d, v) { this.ents.set(this._k(d, v), { detector: d, value: v }); }
  dont(d, v) { this.dc.set(this._k(d, v), { detector: d, value: v }); }
  N(n, w) { this.ent('person_name_zh', n); return w || n; }
  Nd(n) { this.dont('person_name_zh', n); return n; }
  I(id, style) { this.ent('cn_resident_id', id); return idW(id, style); }
  M(m, style) { this.ent('cn_mobile', m); return mobW(m, style); }
  L(l, style) { this.ent('cn_landline', l); return style === 'plain' ? l : landW(l); }
  E(e, style) { this.ent('email', e); if (/^1[3-9]\d{9}@/.test(e)) this.dont('cn_mobile', e.slice(0, 11)); return style === 'plain' ? e : emailW(e); }
  C(c, style) { this.ent('bank_card', c); return cardW(c, style); }
  U(u) { this.ent('cn_uscc', u); return u; }
  X(kind, text) { this.dec.set(kind + '\u0000' + text, { kind, text }); return text; }
  // common decoys
  order(len) { return this.X('order_no', safeNum(len || ri(16, 20), '2025')); }
  ticket() { return this.X('ticket_no', chance(0.5) ? safeNum(16, pick(['88', '90', '71']), true) : 'TK' + safeNum(14, '25')); }
  seat() { return this.X('seat', chance(0.5) ? `${pick(['A', 'B', 'C', 'D', 'VIP', '内场'])}区${ri(1, 30)}排${ri(1, 40)}座` : `${ri(1, 3)}层${pick(['左', '中', '右'])}${pad(ri(1, 28), 2)}-${pad(ri(1, 36), 2)}`); }
  session() { return this.X('session_no', pick(['CC', 'SE', 'P']) + '2025' + pad(ri(6, 12), 2) + pad(ri(1, 28), 2) + pick(['A', 'B', '']) + pad(ri(1, 9), 2)); }
  ts() { return this.X('timestamp', String(ri(1735689600, 1767225599)) + pad(ri(0, 999), 3)); }
  imei() { const b = pick(['86', '35']) + digits(12); return this.X('imei', b + luhnDigit(b)); }
  amount() { return this.X('amount', pick(['¥', '', 'RMB ']) + ri(80, 2880) + (chance(0.5) ? '.00' : '') + (chance(0.3) ? '元' : '')); }
  hotline() { return this.X('hotline', pick(HOTLINES)); }
  venue() { return this.X('venue', pick(VENUES)); }
  scenic() { return this.X('venue', pick(SCENIC)); }
  corp() { for (;;) { const s = pick(['1202', '4000', '3100', '1001', '7331', '5320', '44050']) + digits(ri(8, 16)); if (!sensitiveDigits(s)) return this.X('corp_account', chance(0.3) ? s.replace(/(\d{4})(?=\d)/g, '$1 ') : s); } }
  mID(id) { return this.X('masked_id', maskID(id)); }
  mMob(m) { return this.X('masked_mobile', maskMob(m)); }
  mCard(c) { return this.X('masked_card', maskCard(c)); }
  mName(n) { const t = maskName(n); this.dont('person_name_zh', t); return t; }
  badID() { return this.X('bad_check_id', badCheckID()); }
  artist() { const a = pick(ARTISTS); this.dont('person_name_zh', a); return a; }
  event() { const r = R(); if (r < 0.45) { const a = this.artist(); return `${a}「${pick(TOURS)}」${pick(['巡回演唱会', 'Live巡演', '演唱会'])}-${pick(CITIES)}站`; } if (r < 0.75) return pick(PLAYS); return `${pick(['夏日', '秋夜', '星空', '湖畔'])}${pick(['音乐节', '草莓派对', '电子嘉年华', '民谣夜'])}`; }
}
function date(y = 2025) { const m = ri(1, 12), d = ri(1, 28); return `${y}-${pad(m, 2)}-${pad(d, 2)}`; }
const time = () => `${pad(ri(8, 22), 2)}:${pad(ri(0, 59), 2)}:${pad(ri(0, 59), 2)}`;
const sexOf = (id) => (+id[16] % 2 ? '男' : '女');
const person = (minY, maxY) => ({ name: genName(), id: genID(minY, maxY), mob: genMobile() });
const lines = (...a) => a.flat().filter((x) => x !== null && x !== undefined).join('\n');

// ---------------------------------------------------------------- kinds
const K = {};

K.order_csv = (d, n) => {
  const ev = d.event(), ve = d.venue(), ss = d.session();
  const out = [`# 实名购票订单导出 场次:${ss} ${ev} @${ve}`, `# 导出人: ${d.N(genName())}  导出时间: ${date()} ${time()}`,
    '订单号,下单时间,票档,购票人,购票人手机,观演人姓名,证件类型,证件号码,座位,实付金额,状态'];
  let rows = 0;
  while (rows < n) {
    const ord = d.order(), buyer = person(1965, 2003), k = ri(1, 4), tm = `${date()} ${time()}`, tier = pick(['380', '580', '880', '1280', 'VIP 1680']);
    for (let i = 0; i < k && rows < n; i++, rows++) {
      const v = i === 0 && chance(0.6) ? buyer : person(1960, 2012);
      const idt = chance(0.12) ? "'" + d.I(v.id, 'plain') : d.I(v.id, 'plain');
      out.push([ord, tm, tier, d.N(buyer.name), d.M(buyer.mob, 'plain'), d.N(v.name), '身份证', idt, d.seat(), chance(0.4) ? d.amount() : tier.replace(/\D/g, '') + '.00', pick(['已出票', '已出票', '已检票', '已退票', '待取票'])].join(','));
    }
  }
  out.push(`# 共 ${rows} 行; 客服热线 ${d.hotline()}`);
  return lines(out);
};

K.order_tsv = (d, n) => {
  const out = [`[xlsx] 实名订单明细.xlsx / Sheet1`, ['下单时间戳', '渠道', '订单编号', '联系人', '手机号(脱敏)', '手机号', '观演人', '身份证号', '票面价'].join('\t')];
  for (let i = 0; i < n; i++) {
    const p = person(1962, 2008), ch = pick(['小程序', 'APP', '分销-猫眼', '分销-大麦', '现场']);
    out.push([d.ts(), ch, d.order(), d.N(p.name), d.mMob(p.mob), d.M(p.mob, 'plain'), d.N(chance(0.7) ? p.name : genName()), chance(0.7) ? d.I(p.id, 'plain') : d.mID(p.id), pick(['280', '480', '680', '980'])].join('\t'));
  }
  out.push('', `合计\t\t\t\t\t\t\t${n} 张`, `场馆\t${d.venue()}\t场次\t${d.session()}`);
  return lines(out);
};

K.viewer_list = (d, n) => {
  const ev = d.event();
  const out = [`${ev} — 观演人信息核对（${date()}）`, `说明：每笔订单限购4张，观演人须与证件一致，入场刷身份证。`, ''];
  for (let i = 0; i < n; i++) {
    const b = person(1968, 2004);
    out.push(`【订单 ${d.order()}】 购票人：${d.N(b.name)}  手机：${d.M(b.mob)}`);
    const k = ri(1, 4);
    for (let j = 1; j <= k; j++) {
      const v = j === 1 && chance(0.5) ? b : person(1955, 2015);
      out.push(`  观演人${j}：${d.N(v.name)}  ${pick(['身份证', '证件号', '身份证号码'])} ${d.I(v.id)}  座位 ${d.seat()}`);
    }
    if (chance(0.3)) out.push(`  票号：${d.ticket()}`);
    out.push('');
  }
  out.push(`核对人：${d.N(genName())}    复核：${d.N(genName())}`);
  return lines(out);
};

K.gate_log = (d, n) => {
  const gate = pick(['A', 'B', 'C', 'VIP', 'S']) + pad(ri(1, 12), 2), host = `gate-${gate.toLowerCase()}`, op = genName();
  const dev = d.X('device_id', `ZJ-${gate}-${safeNum(6, '2')}`), mon = pick(['Aug', 'Sep', 'Oct', 'Nov']), day = ri(1, 28);
  const out = [`${mon} ${pad(day, 2)} 18:${pad(ri(0, 20), 2)}:01 ${host} checkin[${ri(1000, 9999)}]: boot dev=${dev} imei=${d.imei()} fw=3.2.${ri(0, 9)}`,
    `${mon} ${pad(day, 2)} 18:${pad(ri(21, 29), 2)}:44 ${host} checkin[${ri(1000, 9999)}]: operator login 检票员:${d.N(op)} 工号 ${d.X('staff_no', 'JP' + pad(ri(1, 999), 4))}`];
  let sec = 18 * 3600 + 30 * 60;
  for (let i = 0; i < n; i++) {
    sec += ri(3, 420);
    const p = person(1960, 2010), t = `${mon} ${pad(day, 2)} ${pad(Math.floor(sec / 3600), 2)}:${pad(Math.floor(sec / 60) % 60, 2)}:${pad(sec % 60, 2)} ${host}`;
    const r = R();
    if (r < 0.45) out.push(`${t} checkin[2211]: ts=${d.ts()} ticket=${d.ticket()} id=${d.mID(p.id)} name=${d.mName(p.name)} result=PASS`);
    else if (r < 0.8) out.push(`${t} checkin[2211]: DEBUG verify id_no=${d.I(p.id, 'plain')} name=${d.N(p.name)} face_score=0.${ri(80, 99)} seat=${d.seat()} result=${pick(['PASS', 'PASS', 'REJECT_DUP'])}`);
    else if (r < 0.9) out.push(`${t} checkin[2211]: WARN idcheck fail id=${d.badID()} reason=checksum, manual review by ${d.N(op)}`);
    else out.push(`${t} checkin[2211]: ERROR upstream timeout ts=${d.ts()} retry=${ri(1, 3)}`);
  }
  out.push(`${mon} ${pad(day, 2)} 21:05:00 ${host} checkin[2211]: operator logout 检票员:${op} total=${ri(300, 2000)}`);
  return lines(out);
};

K.refund = (d, n) => {
  const out = [`退票/转赠工单汇总  ${date()}`, '========================================'];
  for (let i = 0; i < n; i++) {
    const a = person(1965, 2004), kf = genName(), isTransfer = chance(0.45);
    out.push(`工单号：${d.X('work_order', 'WO' + safeNum(12, '25'))}   类型：${isTransfer ? '转赠' : '退票'}   订单号：${d.order()}`);
    out.push(`申请人：${d.N(a.name)}   联系电话：${d.M(a.mob)}   身份证：${d.I(a.id)}`);
    if (isTransfer) {
      const b = person(1965, 2008);
      out.push(`转赠对象：${d.N(b.name)}  证件号：${d.I(b.id)}  手机 ${d.M(b.mob)}`);
      out.push(`备注：客户说原本和${d.Nd(genName())}一起去，临时出差，改由朋友观演。`);
    } else if (chance(0.6)) {
      const c = genCard();
      out.push(`退款方式：银行卡  持卡人：${d.N(a.name)}  卡号：${d.C(c)}  开户行：${bankOfCard(c)}${pick(CITIES)}分行`);
      out.push(`退款金额：${d.amount()}（扣除手续费${ri(5, 20)}%）`);
    } else out.push(`退款方式：原路退回  金额 ${d.amount()}`);
    out.push(`处理客服：${d.N(kf)}   状态：${pick(['已完成', '待财务审核', '已驳回（演出前24小时内不可退）'])}`, '----------------------------------------');
  }
  out.push(`如有疑问请联系 ${d.hotline()}`);
  return lines(out);
};

K.blacklist = (d, n) => {
  const venue = d.venue(), who = genName();
  const out = [`关于${venue}近期黄牛账号的通报（第${ri(3, 40)}期）`, '',
    `各检票口、客服组：近期发现一批账号通过脚本大量抢购，以下人员列入黑名单，观演人证件一律不予入场。此前反映的“${d.Nd(sur(genName()) + pick(['先生', '女士', '姐', '哥']))}”团伙已由${d.Nd(genName())}跟进报警。`, '',
    '序号 | 姓名 | 证件号 | 手机 | 关联订单数 | 处理'];
  for (let i = 1; i <= n; i++) {
    const p = person(1970, 2003), full = chance(0.35);
    out.push(`${i} | ${full ? d.N(p.name) : d.mName(p.name)} | ${full ? d.I(p.id) : d.mID(p.id)} | ${full ? d.M(p.mob) : d.mMob(p.mob)} | ${ri(6, 120)} | ${pick(['永久封禁', '封禁180天', '限购1张', '移交公安'])}`);
  }
  out.push('', `风控组 经办：${d.N(who)}   ${date()}`, '（本通报仅限内部传阅，禁止外发）');
  return lines(out);
};

K.group_signup = (d, n) => {
  const ag = genAgency(), guide = person(1975, 1998), jd = genName(), sc = d.scenic();
  const out = [`${ag}`, `团体票报名表 — ${sc}  游览日期：${date()}`, `统一社会信用代码：${d.U(genUSCC())}`, `旅行社业务经营许可证：${d.X('license_no', 'L-' + pick(['ZJ', 'GD', 'SC', 'JS']) + '-CJ' + pad(ri(1, 99999), 5))}`,
    `导游：${d.N(guide.name)}  导游证号 ${d.X('guide_no', 'D-' + pad(ri(1000, 9999), 4) + '-' + pad(ri(1, 999999), 6))}  手机 ${d.M(guide.mob)}`, `计调：${d.N(jd)}  电话 ${d.L(genLandline())}`, '',
    '序号\t姓名\t性别\t身份证号码\t联系电话\t备注'];
  for (let i = 1; i <= n; i++) {
    const p = person(1945, 2018);
    const age = 2025 - +p.id.slice(6, 10);
    out.push(`${i}\t${d.N(p.name)}\t${sexOf(p.id)}\t${d.I(p.id)}\t${chance(0.6) ? d.M(p.mob) : ''}\t${age < 14 ? '儿童票' : age >= 65 ? '老年优待' : ''}`);
  }
  out.push('', `合计 ${n} 人，团队结算价 ${d.amount()}/人，请于游览前一日17:00前确认。`);
  return lines(out);
};

K.mp_json = (d, n) => {
  const sc = d.scenic(), recs = [];
  for (let i = 0; i < n; i++) {
    const c = person(1965, 2004), vs = [];
    for (let j = 0, k = ri(1, 3); j < k; j++) { const v = j === 0 && chance(0.5) ? c : person(1950, 2016); vs.push({ name: d.N(v.name), idType: 1, idNo: d.I(v.id, 'plain'), ticketType: pick(['成人票', '学生票', '儿童票', '老人票']) }); }
    recs.push({ orderNo: d.order(19), bookDate: date(), timeSlot: pick(['08:00-10:00', '10:00-12:00', '13:00-15:00']), contact: { name: d.N(c.name), phone: d.M(c.mob, 'plain') }, visitors: vs, qrCode: d.X('qr_code', safeNum(18, '9')), createTime: +d.ts(), avatar: 'https://img.example-cdn.cn/u/' + ri(1000, 9999) + '/' + d.X('asset', 'avatar@2x.png') });
  }
  const body = { code: 0, msg: 'ok', scenic: sc, data: { total: n, list: recs } };
  return chance(0.5) ? `GET /api/v2/reservation/list?date=${date()} 200\n` + JSON.stringify(body, null, 2) : JSON.stringify(body);
};

K.annual_card = (d, n) => {
  const sc = d.scenic();
  const out = [`${sc} 年卡会员导出  (${date()})`, '会员卡号|姓名|身份证号|手机|邮箱|自动续费卡|办卡日期|有效期至'];
  for (let i = 0; i < n; i++) {
    const p = person(1955, 2008), y = ri(2023, 2025);
    out.push([d.X('member_no', 'NK' + safeNum(10, '25')), d.N(p.name), d.I(p.id), d.M(p.mob), chance(0.7) ? d.E(genEmail()) : '', chance(0.3) ? d.C(genCard()) : chance(0.2) ? d.mCard(genCard()) : '', `${y}-${pad(ri(1, 12), 2)}-${pad(ri(1, 28), 2)}`, `${y + 1}-12-31`].join('|'));
  }
  out.push(`---- 共${n}条 | 导出人 ${d.N(genName())}`);
  return lines(out);
};

K.credential_app = (d, n) => {
  const ev = d.event();
  const out = [`${ev} 工作证/媒体证申请汇总`, `审核截止：${date()}  联系邮箱：${d.E('zhengjian@xinghe-yx.com')}`, ''];
  for (let i = 0; i < n; i++) {
    const p = person(1970, 2003), media = chance(0.5), unit = media ? pick(MEDIA) + pick(['', '（' + genCompany() + '）']) : genCompany();
    out.push(`【申请 ${i + 1}】证件类型：${media ? '媒体证' : '工作证'}`);
    out.push(`申请人姓名：${d.N(p.name)}`, `身份证号：${d.I(p.id)}`, `所属单位：${unit}`);
    if (chance(0.7)) out.push(`单位统一社会信用代码：${d.U(genUSCC(media && chance(0.3) ? '12' : '91'))}`);
    out.push(`邮箱：${d.E(genEmail(chance(0.3) ? 'xinghe-yx.com' : undefined))}   手机：${d.M(p.mob)}`, `区域权限：${pick(['全场', '后台+内场', '媒体区', '舞台侧'])}   审核人：${d.N(genName())}`, '');
  }
  return lines(out);
};

K.volunteer = (d, n) => {
  const ev = d.event(), lead = person(1985, 2002);
  const out = [`${ev} 志愿者花名册`, `总负责人：${d.N(lead.name)} ${d.M(lead.mob)}   所属：${pick(['青年志愿者协会', '大学生志愿服务队'])}（信用代码 ${d.U(genUSCC(pick(['51', '52'])))}）`, '',
    '编号,姓名,性别,学校,身份证号,手机,邮箱,岗位,补贴发放卡号'];
  for (let i = 0; i < n; i++) {
    const p = person(1998, 2006);
    out.push([d.X('volunteer_no', 'V' + pad(ri(1, 9999), 5)), d.N(p.name), sexOf(p.id), pick(['城市学院', '师范大学', '理工大学', '传媒学院', '职业技术学院']), d.I(p.id, 'plain'), d.M(p.mob, 'plain'), chance(0.5) ? d.E(genEmail()) : '', pick(['检票引导', '存包处', '医疗点', '观众疏散', '失物招领']), chance(0.4) ? d.C(genCard(), 'plain') : ''].join(','));
  }
  out.push(`组长：${d.N(genName())}、${d.N(genName())}  培训时间：${date()} 14:00`);
  return lines(out);
};

K.cs_chat = (d, n) => {
  let clock = ri(9 * 60, 12 * 60);
  const agent = genName(), out = [`微信聊天记录导出 —— ${pick(['星河票务客服', '景区购票服务号'])}  ${date()}`, ''];
  for (let i = 0; i < n; i++) {
    const c = person(1965, 2005), nick = pick(['🍊', '🌙', '小鱼', 'Amy', '阿', '']) + pick(['橙子不酸', '晚风', '追光的人', '不吃香菜', '一只猫']);
    const sender = chance(0.5) ? `${nick}(${d.Nd(c.name)})` : `${nick}`;
    const t = () => { clock += ri(1, 9); return `${pad(Math.floor(clock / 60) % 24, 2)}:${pad(clock % 60, 2)}`; };
    out.push(`${sender} ${t()}`, `  你好，我${pick(['买错场次了', '观演人填错了', '身份证过期了能进吗', '想给我妈加一张'])}，订单号${d.order()}`);
    out.push(`客服-${d.N(agent)} ${t()}`, `  您好，请提供观演人姓名和身份证照片，我帮您核实。`);
    if (chance(0.6)) {
      const broke = chance(0.25);
      let idt = c.id;
      if (broke) { const pos = ri(6, 15); idt = c.id.slice(0, pos) + pick(['O', 'l', 'B', ' ']) + c.id.slice(pos + 1); d.dont('cn_resident_id', idt.replace(/ /g, '')); d.dont('cn_resident_id', c.id); }
      else d.ent('cn_resident_id', c.id);
      out.push(`${sender} ${t()}`, `  [图片] 识别文字：`, `  姓名 ${d.N(c.name)}`, `  性别 ${sexOf(c.id)}  民族 汉`, `  出生 ${+c.id.slice(6, 10)}年${+c.id.slice(10, 12)}月${+c.id.slice(12, 14)}日`, `  住址 ${genAddr()}`, `  公民身份号码 ${idt}`);
    } else {
      out.push(`${sender} ${t()}`, `  ${d.N(c.name)} ${d.I(c.id)} 手机${d.M(c.mob)}`);
    }
    out.push(`客服-${agent} ${t()}`, `  好的${d.Nd(sur(c.name) + (chance(0.2) ? '同学' : sexOf(c.id) === '男' ? '先生' : '女士'))}，已为您提交修改，结果会短信通知到尾号${c.mob.slice(-4)}的手机。`, '');
  }
  out.push(`（以上记录由 ${d.X('mention', '@客服主管')} 抽检）`);
  return lines(out);
};

K.email_fwd = (d, n) => {
  const from = genName(), fromMail = genEmail('xinghe-yx.com'), to = genName(), toMail = genEmail(pick(['yunqiao-theatre.cn', 'qinglanshan-scenic.com', 'xinghe-yx.com']));
  const out = [`From: "${d.N(from)}" <${d.E(fromMail)}>`, `To: ${d.N(to)} <${d.E(toMail)}>`, `Cc: ${d.E(genEmail('xinghe-yx.com'))}`, `Date: ${date()} ${time()} +0800`, `Subject: 转发: ${d.event()} 嘉宾票名单`, '',
    `${d.Nd(sur(to) + pick(['总', '老师', '经理']))}好，`, `附上嘉宾票名单，请安排${d.venue()}东门专人对接，${d.Nd(genName())}那边的名单下午再补。`, '', '-------- 转发的邮件 --------'];
  for (let i = 1; i <= n; i++) {
    const p = person(1960, 2000);
    out.push(`${i}. ${d.N(p.name)}，${d.I(p.id)}，${d.M(p.mob)}${chance(0.3) ? '，' + d.E(genEmail()) : ''}`);
  }
  const sig = genLandline();
  out.push('', '--', `${from}｜票务部 经理`, PROMOTER, `电话：${d.L(sig)}`, `手机：${d.M(genMobile())}`, `地址：${genAddr()}`, `全国票务热线：${d.hotline()}`);
  return lines(out);
};

K.sms_log = (d, n) => {
  const ev = d.event();
  const out = ['send_time|msg_id|mobile|recv_name|template|content|status'];
  for (let i = 0; i < n; i++) {
    const p = person(1965, 2006);
    const content = `【星河票务】尊敬的${d.Nd(p.name)}，您购买的${ev}门票已出票，取票码${d.X('ticket_code', safeNum(8, '6'))}，入场请携带身份证原件。退订回T`;
    out.push([`${date()} ${time()}`, d.X('msg_id', 'SMS' + safeNum(16, '2025')), d.M(p.mob, 'plain'), chance(0.7) ? d.N(p.name) : d.mName(p.name), 'SMS_' + ri(1000, 9999), content, pick(['DELIVRD', 'DELIVRD', 'UNDELIV', 'EXPIRED'])].join('|'));
  }
  return lines(out);
};

K.seat_chart = (d, n) => {
  const ve = d.venue(), out = [`${ve} 座位图（${d.session()}）  舞台 ↓`, '========================================'];
  for (let r = 1; r <= ri(6, 10); r++) {
    let row = `${pad(r, 2)}排 `;
    for (let s = 1; s <= 14; s++) row += chance(0.7) ? '■' : '□';
    out.push(row + `  ${d.X('seat', `${r}排1-14座`)}`);
  }
  out.push('', '工作席位/VIP 分配：', '座位\t姓名\t手机\t单位');
  for (let i = 0; i < n; i++) {
    const p = person(1965, 2000);
    out.push(`${d.seat()}\t${d.N(p.name)}\t${d.M(p.mob)}\t${chance(0.5) ? genCompany() : pick(MEDIA)}`);
  }
  out.push('', `区域负责人：${d.N(genName())}  对讲 ${ri(1, 16)} 频道`, `场务：${d.N(genName())}`);
  return lines(out);
};

K.lost_found = (d, n) => {
  const out = [`失物招领登记簿  ${chance(0.5) ? d.venue() : d.scenic()}`, ''];
  for (let i = 0; i < n; i++) {
    const owner = person(1960, 2008), finder = genName(), clerk = genName(), r = R();
    out.push(`编号 ${d.X('lost_no', 'LF' + pad(ri(1, 9999), 4))}  拾获时间 ${date()} ${time().slice(0, 5)}  地点 ${pick(['A区看台', '洗手间', '检票口', '索道下站', '观景台', '停车场'])}`);
    out.push(`拾获人：${d.N(finder)}（${pick(['保洁', '安保', '游客', '志愿者'])}）`);
    if (r < 0.45) out.push(`物品：身份证一张，姓名 ${d.N(owner.name)}，号码 ${d.I(owner.id)}`);
    else if (r < 0.7) { const c = genCard(); out.push(`物品：钱包（内有${bankOfCard(c)}卡一张 卡号 ${d.C(c)}，现金约${ri(50, 600)}元）`); }
    else out.push(`物品：${pick(['黑色双肩包', '手机一部', '儿童水壶', '灯牌'])}，内有票根 票号 ${d.ticket()}`);
    if (chance(0.6)) out.push(`领取人：${d.N(owner.name)}  身份证 ${d.I(owner.id)}  电话 ${d.M(owner.mob)}  经办：${d.N(clerk)}`);
    else out.push(`状态：未领取，已联系失主（${d.mMob(owner.mob)}）`);
    out.push('');
  }
  out.push(`服务台电话 ${d.L(genLandline())}`);
  return lines(out);
};

K.settlement = (d, n) => {
  const ev = d.event(), ve = d.venue(), vc = pick(CITIES) + pick(ZIHAO) + '剧院管理有限公司';
  const out = [`演出结算单`, `项目：${ev}   场馆：${ve}   场次：${d.session()}`, '',
    `主办方：${PROMOTER}`, `统一社会信用代码：${d.U(genUSCC())}`, `开户行：${BRANCH()}   对公账号：${d.corp()}`,
    `场馆方：${vc}`, `统一社会信用代码：${d.U(genUSCC())}`, `开户行：${BRANCH()}   账号：${d.corp()}`, '',
    `票房总收入：${d.amount()}万元   分销手续费：${d.amount()}   场租：${d.amount()}`, '', '临时演职人员劳务费：', '姓名  身份证号  银行卡号  金额'];
  for (let i = 0; i < n; i++) {
    const p = person(1970, 2002), c = genCard();
    out.push(`${d.N(p.name)}  ${d.I(p.id)}  ${d.C(c)}  ${d.amount()}`);
  }
  out.push('', `经办：${d.N(genName())}   复核：${d.N(genName())}   审批：${d.N(genName())}`, `财务联系电话：${d.L(genLandline())}`);
  return lines(out);
};

K.labor_fee = (d, n) => {
  const ev = d.event();
  const out = [`${PROMOTER}`, `劳务费发放表（${ev}）  发放月份：${date().slice(0, 7)}`, '序号\t姓名\t身份证号\t银行卡号\t开户行\t应发(元)\t个税\t实发\t签字'];
  for (let i = 1; i <= n; i++) {
    const p = person(1965, 2003), c = genCard(), g = ri(300, 6000), tax = g > 800 ? Math.round((g - 800) * 0.2) : 0;
    out.push([i, d.N(p.name), d.I(p.id), d.C(c), bankOfCard(c), g + '.00', tax + '.00', (g - tax) + '.00', ''].join('\t'));
  }
  out.push(`制表人：${d.N(genName())}\t审核：${d.N(genName())}\t${date()}`);
  return lines(out);
};

function padW(s, w) { let len = 0; for (const ch of s) len += /[\u0000-\u00ff]/.test(ch) ? 1 : 2; return s + ' '.repeat(Math.max(1, w - len)); }
K.fixed_width = (d, n) => {
  const out = ['实名核验异常报表                                   打印日期 ' + date(), `场次 ${d.session()}`, padW('序号', 6) + padW('订单号', 22) + padW('姓名', 14) + padW('证件号码', 20) + padW('手机号', 13) + '异常原因', '-'.repeat(96)];
  for (let i = 1; i <= n; i++) {
    const p = person(1960, 2008), r = R();
    const idc = r < 0.2 ? d.badID() : d.I(p.id, 'plain'), reason = r < 0.2 ? '校验位错误' : pick(['人证不符', '重复入场', '证件已挂失', '同证多单', '未成年无监护人']);
    out.push(padW(String(i), 6) + padW(d.order(20), 22) + padW(d.N(p.name), 14) + padW(idc, 20) + padW(d.M(p.mob, 'plain'), 13) + reason);
  }
  out.push('-'.repeat(96), `制表：${d.N(genName())}`);
  return lines(out);
};

K.pdftotext = (d, n) => {
  const ag = genAgency(), u = genUSCC(), sc = d.scenic(), contact = person(1975, 1995);
  const wrap = ag.length > 10 ? ag.slice(0, 9) + '\n' + ag.slice(9) : ag;
  const out = [`团体票确认函`, '', `致：${wrap}`, `（统一社会信用代码 ${d.U(u)}）`, '', `贵社预订${sc}${date()}团体门票，现确认如下：`, '',
    '序号      游客姓名        证件号码                     联系方式'];
  for (let i = 1; i <= n; i++) {
    const p = person(1950, 2015), nm = chance(0.35) ? spaced(p.name) : p.name;
    d.N(p.name);
    if (chance(0.2)) out.push(`${i}`, `          ${nm}`, `                          ${d.I(p.id, 'plain')}`, `                                                ${chance(0.5) ? d.M(p.mob) : '-'}`);
    else out.push(`${i}         ${nm}          ${d.I(p.id, 'plain')}          ${chance(0.5) ? d.M(p.mob) : '-'}`);
    if (i % 12 === 0) out.push('', `第 ${i / 12} 页`, '\f');
  }
  out.push('', `联系人：${d.N(contact.name)}   ${d.M(contact.mob)}`, `${sc}票务中心（盖章）   服务热线 ${d.hotline()}`);
  return lines(out);
};

K.handtyped = (d, n) => {
  const boss = genName();
  const out = [`${pick(['明天', '周六', '下周二'])}${d.scenic()}的名单，麻烦帮忙录一下系统，${d.Nd(boss)}说今天下班前要。`, ''];
  for (let i = 1; i <= n; i++) {
    const p = person(1955, 2012), st = ri(0, 4), mb = chance(0.6);
    let l;
    if (st === 0) l = `${i}. ${d.N(p.name)} ${d.I(p.id)} ${mb ? d.M(p.mob) : ''}`;
    else if (st === 1) l = `${i}、${d.N(p.name)}，身份证：${d.I(p.id)}${mb ? '，电话' + d.M(p.mob) : ''}`;
    else if (st === 2) l = `${i}  ${d.N(p.name)}/ ${d.I(p.id)} /${mb ? d.M(p.mob) : '无'}`;
    else if (st === 3) l = `${d.N(p.name)}：${d.I(p.id)}；${mb ? d.M(p.mob) : ''}`;
    else l = `${i}.${d.N(p.name)}   ${d.I(p.id)}${mb ? '  tel ' + d.M(p.mob) : ''}  ${pick(['(小孩)', '(老人)', '', ''])}`;
    out.push(l);
  }
  out.push('', `还有两个人明天补，${d.Nd(sur(genName()) + '姐')}那边的同事。`, `录入：${d.N(genName())}`);
  return lines(out);
};

K.agency_dir = (d, n) => {
  const out = [`合作旅行社/分销商名录（${date().slice(0, 4)}年度）`, '名称 | 统一社会信用代码 | 联系人 | 座机 | 手机 | 邮箱 | 地址'];
  for (let i = 0; i < n; i++) {
    const dom = pick(['yunfan-travel.com', 'xingtu-lx.cn', 'shanhai-tour.com', 'lvtu.net.cn', null]);
    out.push([chance(0.7) ? genAgency() : genCompany(), d.U(genUSCC(chance(0.1) ? '92' : '91')), d.N(genName()), d.L(genLandline()), d.M(genMobile()), d.E(genEmail(dom || undefined)), genAddr()].join(' | '));
  }
  out.push('', `维护人：${d.N(genName())}   渠道合作热线 ${d.hotline()}`);
  return lines(out);
};

K.invoice_req = (d, n) => {
  const out = [`开票申请汇总（团体票/企业包场）  ${date()}`, ''];
  for (let i = 1; i <= n; i++) {
    const comp = genCompany(), p = person(1970, 2000), city = pick(CITIES);
    out.push(`${i}. 单位名称：${comp}`, `   税号：${d.U(genUSCC())}`, `   地址、电话：${genAddr(city)} ${d.L(genLandline())}`, `   开户行及账号：${BRANCH()} ${d.corp()}`,
      `   收票邮箱：${d.E(genEmail(chance(0.5) ? 'qq.com' : undefined))}   联系人：${d.N(p.name)} ${d.M(p.mob)}`, `   金额：${d.amount()}   发票号码：${d.X('invoice_no', chance(0.5) ? safeNum(8, '2') : safeNum(20, '25'))}`, '');
  }
  out.push(`财务：${d.N(genName())}`);
  return lines(out);
};

K.scalper_monitor = (d, n) => {
  const ev = d.event(), an = genName();
  const out = [`黄牛监控日报 ${date()}  项目：${ev}`, `分析人：${d.N(an)}`, '', `概述：今日开票后${ri(1, 9)}秒内售罄，疑似脚本账号${n}个，其中${d.Nd(sur(genName()) + '某')}团伙关联设备${ri(3, 20)}台。`, '',
    '账号(手机) | 实名 | 绑定观演人 | 下单数 | 设备IMEI | IP | 风险分'];
  for (let i = 0; i < n; i++) {
    const p = person(1975, 2004), viewers = [];
    for (let j = 0, k = ri(0, 2); j < k; j++) { const v = person(1970, 2006); viewers.push(chance(0.5) ? `${d.N(v.name)}(${d.I(v.id)})` : `${d.mName(v.name)}(${d.mID(v.id)})`); }
    out.push([chance(0.7) ? d.M(p.mob) : d.mMob(p.mob), d.N(p.name), viewers.join('、') || '-', ri(4, 60), d.imei(), `${ri(1, 223)}.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`, ri(60, 99)].join(' | '));
  }
  out.push('', `建议：上述账号加入黑名单，抄送客服组长${d.N(genName())}。`);
  return lines(out);
};

K.staff_shift = (d, n) => {
  const place = chance(0.5) ? d.venue() : d.scenic(), sup = person(1975, 1995);
  const out = [`${place} ${date().slice(0, 7)} 排班表`, `值班主管：${d.N(sup.name)} ${d.M(sup.mob)}   值班室座机：${d.L(genLandline())}`, '', '日期,岗位,姓名,工号,手机,对讲频道'];
  for (let i = 0; i < n; i++) {
    const p = person(1978, 2004);
    out.push([date(), pick(['检票', '客服', '安检', '售票窗口', '检票', '巡场']), d.N(p.name), d.X('staff_no', 'GH' + pad(ri(1, 9999), 4)), d.M(p.mob, 'plain'), 'CH' + ri(1, 16)].join(','));
  }
  out.push('', `调班请提前一天找${d.Nd(sur(genName()) + pick(['主管', '哥', '姐']))}，紧急情况拨 ${d.hotline()}。`);
  return lines(out);
};

// ---------------------------------------------------------------- driver
const PLAN = { // kind: [documents, initial rows]
  order_csv: [12, 16], order_tsv: [12, 14], viewer_list: [12, 8], gate_log: [12, 18], refund: [12, 4], blacklist: [12, 14],
  group_signup: [12, 18], mp_json: [12, 5], annual_card: [12, 12], credential_app: [12, 6], volunteer: [12, 14], cs_chat: [12, 4],
  email_fwd: [12, 12], sms_log: [12, 12], seat_chart: [12, 12], lost_found: [12, 7], settlement: [12, 7], labor_fee: [12, 12],
  fixed_width: [12, 16], pdftotext: [12, 16], handtyped: [12, 18], agency_dir: [12, 10], invoice_req: [12, 5], scalper_monitor: [12, 10], staff_shift: [12, 18],
};
const docs = [];
for (const [kind, [count, rows]] of Object.entries(PLAN)) {
  for (let i = 1; i <= count; i++) {
    let n = Math.max(2, rows + ri(-Math.floor(rows / 3), Math.floor(rows / 3)));
    for (let tries = 0; ; tries++) {
      const d = new Doc(kind), text = K[kind](d, n);
      if (text.length > 4000 && n > 1) { n = Math.max(1, Math.floor(n * 0.8)); continue; }
      if (text.length < 300 && tries < 20) { n += 2; continue; }
      for (const k of d.ents.keys()) d.dc.delete(k);
      docs.push({ id: `tk-${kind}-${i}`, kind, text, entities: [...d.ents.values()], dontCare: [...d.dc.values()], decoys: [...d.dec.values()] });
      break;
    }
  }
}

// ---------------------------------------------------------------- self-check
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function appears(text, det, v) {
  const t = text.normalize('NFKC');
  const sepJoin = (s, sep) => s.split('').map(esc).join(sep);
  switch (det) {
    case 'person_name_zh': return new RegExp(sepJoin(v, '\\s*')).test(t);
    case 'email': return t.toLowerCase().includes(v);
    case 'cn_resident_id': case 'cn_uscc': return new RegExp(sepJoin(v, '[\\s-]?'), 'i').test(t);
    case 'cn_mobile': case 'bank_card': return new RegExp(sepJoin(v, '[\\s-]?')).test(t);
    case 'cn_landline': return new RegExp(sepJoin(v, '[\\s()\\-]*')).test(t) || new RegExp('86[\\s-]*' + sepJoin(v.slice(1), '[\\s()\\-]*')).test(t);
  }
  return false;
}
const VALID = {
  cn_resident_id: isValidID, cn_mobile: isValidMobile, bank_card: isValidCard, cn_uscc: isValidUSCC, cn_landline: isValidLandline,
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v), person_name_zh: (v) => /^[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v),
};
const errors = [], perDet = {}, ids = new Set();
let nDecoys = 0, nDont = 0;
for (const doc of docs) {
  if (ids.has(doc.id)) errors.push(`duplicate id ${doc.id}`); ids.add(doc.id);
  if (doc.text.length < 300 || doc.text.length > 4000) errors.push(`${doc.id}: length ${doc.text.length}`);
  const seen = new Set();
  for (const e of doc.entities) {
    const k = e.detector + ':' + e.value;
    if (seen.has(k)) errors.push(`${doc.id}: duplicate entity ${k}`); seen.add(k);
    if (!VALID[e.detector](e.value)) errors.push(`${doc.id}: invalid ${k}`);
    if (!appears(doc.text, e.detector, e.value)) errors.push(`${doc.id}: not in text ${k}`);
    perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  }
  const vals = new Set(doc.entities.map((e) => e.value));
  for (const x of doc.decoys) {
    nDecoys++;
    if (!doc.text.includes(x.text)) errors.push(`${doc.id}: decoy not in text ${x.text}`);
    const flat = x.text.replace(/[\s-]/g, '');
    if (vals.has(x.text) || vals.has(flat) || vals.has(flat.toUpperCase())) errors.push(`${doc.id}: decoy equals entity ${x.text}`);
    if (/^\d+$/.test(flat) && !['ticket_no', 'imei', 'timestamp', 'bad_check_id'].includes(x.kind) && sensitiveDigits(flat)) errors.push(`${doc.id}: sensitive decoy ${x.text}`);
    if (/^\d+$/.test(flat) && (isValidID(flat) || isValidMobile(flat) || isValidCard(flat) || isValidUSCC(flat))) errors.push(`${doc.id}: valid-looking decoy ${x.text}`);
  }
  nDont += doc.dontCare.length;
}
const out = process.argv[2];
if (!out) { console.error('usage: node ticketing.mjs OUT.jsonl'); process.exit(2); }
fs.writeFileSync(out, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
console.error(`ticketing corpus: ${docs.length} documents, ${Object.keys(PLAN).length} kinds`);
for (const [k, v] of Object.entries(perDet).sort()) console.error(`  ${k.padEnd(16)} ${v}`);
console.error(`  decoys           ${nDecoys}`);
console.error(`  dontCare         ${nDont}`);
if (errors.length) { console.error(`SELF-CHECK FAILED (${errors.length}):\n  ` + errors.slice(0, 40).join('\n  ')); process.exit(1); }
console.error('self-check OK');
