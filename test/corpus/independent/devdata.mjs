#!/usr/bin/env node
/*
 * devdata.mjs — independent labelled test corpus for listguard's Chinese detectors.
 *
 * Theme: "devdata" (id prefix "dv"): customer data leaking through developers' and
 * operators' artefacts, as text — JSON-lines and logback application logs, MyBatis
 * debug logs, nginx access logs, SQL dumps (mysqldump, Navicat, PostgreSQL COPY),
 * JSON API responses (pretty/minified, English and pinyin keys), YAML / .properties
 * fixtures, CSV exports from DB clients, wiki markdown tables, Jira / 工单 comments,
 * stack traces, unit-test code (Python / JS / Java), curl commands, redis-cli dumps,
 * Kafka / Debezium message dumps, and masked log excerpts. Decoys are central: trace
 * ids, UUIDs, snowflake ids (18-19 digits), epoch ms / ns, order numbers, hashes,
 * versions, IPs, JWTs, masked values, invalid test placeholders, IMEI / ICCID, …
 *
 * Usage:   node devdata.mjs OUT.jsonl
 * Output:  one JSON object per line:
 *   {"id":"dv-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector":"...","value":"..."}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector":"...","value":"..."}],   // either answer is fine
 *    "decoys":[{"kind":"...","text":"..."}]}          // must NOT be reported under any id
 * Normalisation: cn_resident_id 18 chars upper-case X (legacy 15-digit numbers are
 *   upgraded to 18); cn_mobile 11 digits without +86; cn_landline digits incl. the
 *   leading 0 / area code; email lower-case; bank_card digits; cn_passport and cn_uscc
 *   upper-case; person_name_zh as written without spaces / titles.
 * Deterministic: own sfc32 PRNG with a fixed seed; all data synthetic (valid
 *   MOD 11-2 IDs with real county codes and dates, Luhn-valid cards with real IINs,
 *   GB 32100 USCCs with GB 11714 organisation-code check, allocated mobile prefixes).
 * Self-check at the end (exit 1 on failure), then a summary on stdout.
 *
 * Written in session 25 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

const OUT = process.argv[2];
if (!OUT) { console.error('usage: node devdata.mjs OUT.jsonl'); process.exit(2); }

// ---------------------------------------------------------------- PRNG
function sfc32(a, b, c, d) {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0; a = b ^ (b >>> 9); b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11); c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
const R = sfc32(0x64657664, 0x61746132, 0x35c0ffee, 25);
for (let i = 0; i < 32; i++) R();
const rint = (a, b) => a + Math.floor(R() * (b - a + 1));
const pick = (a) => a[Math.floor(R() * a.length)];
const chance = (p) => R() < p;
const digits = (n) => { let s = ''; for (let i = 0; i < n; i++) s += rint(0, 9); return s; };
const pad = (n, w = 2) => String(n).padStart(w, '0');
const HEX = '0123456789abcdef';
const hexs = (n) => { let s = ''; for (let i = 0; i < n; i++) s += HEX[rint(0, 15)]; return s; };
const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64u = (n) => { let s = ''; for (let i = 0; i < n; i++) s += B64U[rint(0, 63)]; return s; };
function shuffle(a) { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = rint(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; }
function wpick(pairs) { let t = 0; for (const [, w] of pairs) t += w; let r = R() * t; for (const [v, w] of pairs) { if ((r -= w) < 0) return v; } return pairs[pairs.length - 1][0]; }
const cap = (s) => s[0].toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- detector ids
const NAME = 'person_name_zh', MOB = 'cn_mobile', RID = 'cn_resident_id', CARD = 'bank_card',
  EMAIL = 'email', LAND = 'cn_landline', USCC = 'cn_uscc', PASS = 'cn_passport';

// ---------------------------------------------------------------- validators
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(b) { let s = 0; for (let i = 0; i < 17; i++) s += (b.charCodeAt(i) - 48) * ID_W[i]; return '10X98765432'[s % 11]; }
const PROV = new Set('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83 91'.split(' '));
const dim = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const validDate = (y, m, d) => m >= 1 && m <= 12 && d >= 1 && d <= dim(y, m);
function looksId18(s) {
  if (!/^\d{17}[\dXx]$/.test(s) || !PROV.has(s.slice(0, 2))) return false;
  const y = +s.slice(6, 10), m = +s.slice(10, 12), d = +s.slice(12, 14);
  if (y < 1900 || y > 2025 || !validDate(y, m, d)) return false;
  return idCheck(s) === s[17].toUpperCase();
}
function looksId15(s) { return /^\d{15}$/.test(s) && PROV.has(s.slice(0, 2)) && validDate(1900 + +s.slice(6, 8), +s.slice(8, 10), +s.slice(10, 12)); }
function luhnOk(s) { let sum = 0, alt = false; for (let i = s.length - 1; i >= 0; i--) { let d = s.charCodeAt(i) - 48; if (alt) { d *= 2; if (d > 9) d -= 9; } sum += d; alt = !alt; } return sum % 10 === 0; }
function luhnDigit(body) { for (let d = 0; d < 10; d++) if (luhnOk(body + d)) return String(d); }
const cardLike = (s) => /^\d{16,19}$/.test(s) && luhnOk(s) && /^(62|81|4|5[1-5]|2[2-7]|35|37|60)/.test(s);
const MPFX = '130 131 132 133 134 135 136 137 138 139 145 147 150 151 152 153 155 156 157 158 159 162 165 166 167 170 171 172 173 175 176 177 178 180 181 182 183 184 185 186 187 188 189 190 191 192 193 195 196 197 198 199'.split(' ');
const MSET = new Set(MPFX);
function mobileOk(s) { return /^1[3-9]\d{9}$/.test(s) && (MSET.has(s.slice(0, 3)) || s.startsWith('1610') || /^1740[0-5]/.test(s)); }
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const UW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function usccCheck(s17) { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(s17[i]) * UW[i]; return UA[(31 - (s % 31)) % 31]; }
const usccOk = (s) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(s) && usccCheck(s.slice(0, 17)) === s[17];
function gb11714(b8) {
  const W = [3, 7, 9, 10, 5, 8, 4, 2]; let s = 0;
  for (let i = 0; i < 8; i++) { const c = b8[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * W[i]; }
  const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

// A decoy must not, by itself, be a valid value of any detector.
function decoySafe(t) {
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    const r = m[0], L = r.length;
    if (L === 11 && mobileOk(r)) return false;
    if (L === 18 && looksId18(r)) return false;
    if (L === 15 && looksId15(r)) return false;
    if (L >= 16 && L <= 19 && cardLike(r)) return false;
    if (L === 18 && usccOk(r) && /^[159]/.test(r) && PROV.has(r.slice(2, 4))) return false;
    if (r[0] === '0' && AREAS.some(([a, n]) => r.startsWith(a) && L === a.length + n)) return false;
  }
  if (/(^|[^A-Za-z0-9])[EG][A-Z]?\d{7,8}([^0-9]|$)/.test(t) && !/^E\d{8}$|^E[A-Z]\d{7}$/.test(t)) return false;
  return true;
}
function safe(gen) { for (let i = 0; i < 500; i++) { const s = gen(); if (decoySafe(s)) return s; } throw new Error('no safe decoy'); }

// ---------------------------------------------------------------- pools
const SUR = '王wang7 李li7 张zhang7 刘liu5 陈chen5 杨yang3 黄huang2 赵zhao2 吴wu2 周zhou2 徐xu1 孙sun1 马ma1 朱zhu1 胡hu1 郭guo1 何he1 高gao1 林lin1 罗luo1 郑zheng1 梁liang1 谢xie1 宋song1 唐tang1 许xu1 韩han1 冯feng1 邓deng1 曹cao1 彭peng1 曾zeng1 肖xiao1 田tian1 董dong1 袁yuan1 潘pan1 于yu1 蒋jiang1 蔡cai1 余yu1 杜du1 叶ye1 程cheng1 苏su1 魏wei1 吕lv1 丁ding1 任ren1 沈shen1 姚yao1 卢lu1 姜jiang1 崔cui1 钟zhong1 谭tan1 陆lu1 汪wang1 范fan1 金jin1 石shi1 廖liao1 贾jia1 夏xia1 韦wei1 付fu1 方fang1 白bai1 邹zou1 孟meng1 熊xiong1 秦qin1 邱qiu1 江jiang1 尹yin1 薛xue1 闫yan1 段duan1 雷lei1 侯hou1 龙long1 史shi1 陶tao1 黎li1 贺he1 顾gu1 毛mao1 郝hao1 龚gong1 邵shao1 万wan1 钱qian1 严yan1 武wu1 戴dai1 莫mo1 孔kong1 向xiang1 常chang1'
  .split(' ').map((t) => { const m = /^(\p{Script=Han})([a-z]+)(\d+)$/u.exec(t); return [[m[1], m[2]], +m[3]]; });
const COMP = '欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 慕容murong 尉迟yuchi 东方dongfang 夏侯xiahou 申屠shentu'
  .split(' ').map((t) => { const m = /^(\p{Script=Han}+)([a-z]+)$/u.exec(t); return [m[1], m[2]]; });
const GIVEN = '伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao 秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 玉yu 萍ping 红hong 建jian 文wen 辉hui 鹏peng 斌bin 宇yu 浩hao 凯kai 健jian 俊jun 帆fan 帅shuai 旭xu 宁ning 欢huan 晓xiao 婷ting 雪xue 慧hui 琳lin 颖ying 倩qian 佳jia 欣xin 怡yi 梓zi 涵han 子zi 轩xuan 睿rui 博bo 思si 雨yu 嘉jia 诗shi 梦meng 国guo 志zhi 春chun 海hai 云yun 峰feng 亮liang 德de 晨chen 瑶yao 琪qi 萱xuan 泽ze 铭ming 昊hao 宏hong 振zhen 立li 永yong 丹dan 波bo 兰lan 燕yan 莉li 淑shu 珍zhen 凤feng 荣rong 彬bin 晶jing 秋qiu 岚lan 翔xiang 毅yi 骏jun 悦yue 璐lu 蕾lei 薇wei 露lu 鑫xin 鸿hong 雅ya'
  .split(' ').map((t) => { const m = /^(\p{Script=Han})([a-z]+)$/u.exec(t); return [m[1], m[2]]; });
const MINORITY = [['买买提·艾力', 'maimaiti'], ['阿依古丽·吐尔逊', 'ayiguli'], ['热依拉·买买提', 'reyila'], ['艾尔肯·吐拉克', 'aierken'], ['古丽米拉·阿不都', 'gulimila'], ['迪丽娜尔·艾山', 'dilinaer']];
// real county-level GB/T 2260 codes (110103/110104 retired in 2010 but valid on old IDs)
const REGIONS = '110101 110102 110103 110104 110105 110106 110108 120101 120104 130102 130104 140105 150102 210102 210106 220102 230102 310101 310104 310105 310115 320102 320106 320505 330102 330106 340102 350102 350203 360102 370102 370202 410105 420106 430102 440103 440104 440106 440304 440305 450102 460106 500103 510104 510107 520102 530102 540102 610103 610113 620102 630102 640104 650102'.split(' ');
const IINS = [['622202', 19, '中国工商银行'], ['621226', 19, '中国工商银行'], ['622848', 19, '中国农业银行'], ['623052', 19, '中国农业银行'], ['621700', 19, '中国建设银行'], ['622700', 19, '中国建设银行'], ['623668', 19, '中国建设银行'], ['621661', 19, '中国银行'], ['621785', 19, '中国银行'], ['622262', 19, '交通银行'], ['621799', 19, '中国邮政储蓄银行'], ['622588', 16, '招商银行'], ['621483', 16, '招商银行'], ['622609', 16, '中国民生银行'], ['622155', 16, '平安银行'], ['625809', 16, '中信银行'], ['436742', 16, '中国建设银行'], ['438088', 16, '中国银行'], ['404117', 16, '中信银行'], ['524091', 16, '招商银行'], ['518710', 16, '中国工商银行'], ['552599', 16, '中国农业银行']];
const AREAS = [['010', 8], ['021', 8], ['020', 8], ['022', 8], ['023', 8], ['025', 8], ['027', 8], ['028', 8], ['029', 8], ['0755', 8], ['0571', 8], ['0512', 8], ['0532', 8], ['0591', 8], ['0731', 8], ['0371', 8], ['0931', 7]];
const EDOM = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com', 'outlook.com', 'gmail.com', 'aliyun.com', 'yeah.net', 'sohu.com', 'hotmail.com', 'icloud.com', 'sina.cn'];
const ADDR = [['广东省深圳市', ['南山区', '福田区', '宝安区', '龙岗区']], ['浙江省杭州市', ['西湖区', '滨江区', '拱墅区']], ['江苏省南京市', ['鼓楼区', '玄武区', '建邺区']], ['北京市', ['朝阳区', '海淀区', '丰台区']], ['上海市', ['浦东新区', '徐汇区', '闵行区']], ['四川省成都市', ['武侯区', '锦江区', '青羊区']], ['湖北省武汉市', ['洪山区', '武昌区', '江岸区']], ['山东省青岛市', ['市南区', '崂山区']]];
const ROADS = ['科技园路', '文三路', '中山路', '人民路', '建设路', '解放大道', '学府路', '长江路', '光华大道', '新华街', '望京东路', '漕溪北路'];
const PHRASES = ['余额不足', '周一回访', '关于退款', '付款失败', '高速ETC扣费异常', '金额不符', '万元以上大额', '已明白需求', '文件已上传', '常见问题', '完成实名', '安全验证失败', '时间待定', '马上处理', '历史订单', '程序异常', '任务超时', '张家口分行', '王府井店', '黄山旅游卡', '周口市分公司', '高新区网点', '王老吉礼盒', '石家庄仓', '江苏银行代扣', '何时到账', '林业补贴', '向客户致歉', '白金卡升级', '成功开户', '付费会员', '方案待定', '关于分期'];
const NICKS = ['追风少年', '快乐小猪', 'momo', '小鱼儿', '阿狸', '一只猫', '星空下的我', '岁月静好', 'Lucky', '奶茶不加糖', '晴天', '大白', 'Coco', '橘子汽水', '路人甲', '浅笑安然', 'A-Jie', '风中的承诺', '🌸花花', 'Mr.Right', '微笑向暖', '听风', '锦鲤本鲤', '小太阳', 'Sunny', '胖虎', '木子', '阿杰', '小李飞刀', '山川'];
const ACCOUNTS = ['system', 'admin', 'crm_sync', 'batch-job', 'sys_auto', 'ops01', 'etl_user', 'kefu_007'];
const COMPANY_W = ['星河', '云图', '汇通', '鼎盛', '博远', '睿思', '恒泰', '中科', '联创', '数智', '金桥', '启明', '蓝海', '橙果'];
const COMPANY_T = ['科技有限公司', '信息技术有限公司', '贸易有限公司', '网络科技有限公司', '餐饮店', '商贸有限责任公司'];
const CITIES = ['深圳市', '杭州市', '南京市', '北京', '上海', '成都市', '武汉市', '青岛市'];
const TEST_MOBILES = ['11111111111', '12345678901', '00000000000', '1381234567', '138123456789', '15400000000', '14000000000', '10086100861'];
const DEMO = { mobile: ['13800138000', '13912345678', '18888888888'], id: ['11010519491231002X'], card: ['4111111111111111'], email: ['test@example.com', 'foo@example.org'], name: ['张三', '李四', '王五'] };

// ---------------------------------------------------------------- time
const randTs = () => rint(1700000000000, 1751000000000);
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WD = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function fmtTs(ms, st) {
  const d = new Date(ms + 8 * 3600e3);
  const Y = d.getUTCFullYear(), M = pad(d.getUTCMonth() + 1), D = pad(d.getUTCDate()), h = pad(d.getUTCHours()), m = pad(d.getUTCMinutes()), s = pad(d.getUTCSeconds()), x = pad(d.getUTCMilliseconds(), 3);
  switch (st) {
    case 'log': return `${Y}-${M}-${D} ${h}:${m}:${s}.${x}`;
    case 'iso': return `${Y}-${M}-${D}T${h}:${m}:${s}.${x}+08:00`;
    case 'compact': return `${Y}${M}${D}${h}${m}${s}`;
    case 'nginx': return `${D}/${MON[d.getUTCMonth()]}/${Y}:${h}:${m}:${s} +0800`;
    case 'java': return `${WD[d.getUTCDay()]} ${MON[d.getUTCMonth()]} ${D} ${h}:${m}:${s} CST ${Y}`;
    case 'jira': return `${D}/${MON[d.getUTCMonth()]}/${String(Y).slice(2)} ${(+h % 12) || 12}:${m} ${+h < 12 ? 'AM' : 'PM'}`;
    case 'min': return `${Y}-${M}-${D} ${h}:${m}`;
    default: return `${Y}-${M}-${D} ${h}:${m}:${s}`;
  }
}

// ---------------------------------------------------------------- decoy generators
const traceId = () => safe(() => pick([() => hexs(32), () => hexs(32), () => hexs(16), () => `${hexs(8)}.${rint(60, 199)}.${randTs()}${rint(1000, 9999)}`])());
const uuid = () => safe(() => `${hexs(8)}-${hexs(4)}-4${hexs(3)}-${pick('89ab')}${hexs(3)}-${hexs(12)}`);
const EPOCHS = [1288834974657n, 1420041600000n, 1483228800000n, 1577836800000n];
const snowflake = () => safe(() => ((BigInt(randTs()) - pick(EPOCHS)) << 22n | BigInt(rint(0, 4194303))).toString());
const epochMs = () => safe(() => String(randTs()));
const nanos = () => safe(() => String(randTs()) + digits(6));
const orderNo = () => safe(() => {
  const t = fmtTs(randTs(), 'compact');
  return pick([() => t + digits(4), () => t + digits(6), () => pick(['SO', 'DD', 'PO', 'TX', 'RF']) + t + digits(4), () => t.slice(2) + digits(rint(4, 7)), () => 'WO' + t.slice(0, 8) + digits(6)])();
});
const userId = () => safe(() => chance(0.7) ? String(rint(100000, 999999999)) : 'U' + digits(8));
const md5 = () => safe(() => hexs(32));
const sha1 = () => safe(() => hexs(40));
const BC = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const bcrypt = () => safe(() => { let s = '$2a$10$'; for (let i = 0; i < 53; i++) s += BC[rint(0, 63)]; return s; });
const openid = () => safe(() => 'o' + pick(['Up', 'x9', '6_', 'Kk', 'JA']) + b64u(25));
const ip = () => pick([() => `10.${rint(0, 255)}.${rint(0, 255)}.${rint(1, 254)}`, () => `172.${rint(16, 31)}.${rint(0, 255)}.${rint(1, 254)}`, () => `192.168.${rint(0, 255)}.${rint(1, 254)}`])();
const version = () => pick([() => `${rint(1, 4)}.${rint(0, 12)}.${rint(0, 30)}`, () => `v${rint(1, 3)}.${rint(0, 9)}.${rint(0, 19)}`, () => `${rint(1, 3)}.${rint(0, 9)}.${rint(0, 9)}-SNAPSHOT`, () => `${rint(2, 3)}.${rint(0, 7)}.${rint(0, 12)}.RELEASE`])();
const JWT_H = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
const jwt = () => safe(() => { const iat = Math.floor(randTs() / 1000); return JWT_H + '.' + Buffer.from(JSON.stringify({ sub: String(rint(100000, 99999999)), iat, exp: iat + 7200 })).toString('base64url') + '.' + b64u(43); });
const imei = () => safe(() => { const b = '86' + digits(12); return b + luhnDigit(b); });
const iccid = () => safe(() => { const b = '898600' + digits(12); return b + luhnDigit(b); });
const tracking = () => safe(() => pick(['SF' + digits(12), 'YT' + digits(13), 'JT' + digits(13), '7' + digits(13), '4' + digits(12)]));
const amount = () => `${rint(1, 99999)}.${pad(rint(0, 99))}`;
const gitSha = () => safe(() => hexs(pick([7, 8, 40])));
const companyName = () => pick(CITIES) + pick(COMPANY_W) + pick(COMPANY_W) + pick(COMPANY_T);
const mention = () => '@' + pick([...SUR.slice(0, 30).map((s) => s[0][1])]) + pick(['', '.', '_']) + pick(GIVEN)[1] + pick(['', '', '01', '2']);
function sci(d) { return `${d[0]}.${d.slice(1, 6).replace(/0+$/, '') || '0'}E+${d.length - 1}`; }
function maskMobile(m) { return pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), '*******' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8)]); }
function maskId(id) { return pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id.slice(0, 1) + '****************' + id.slice(17), id.slice(0, 4) + '**********' + id.slice(14)]); }
function maskCard(c) { return pick([c.slice(0, 6) + '*'.repeat(c.length - 10) + c.slice(-4), '**** **** **** ' + c.slice(-4), c.slice(0, 4) + ' **** **** ' + c.slice(-4), '尾号' + c.slice(-4)]); }
function maskName(n) { return n.length === 3 && chance(0.4) ? n[0] + '*' + n[2] : chance(0.2) ? '*' + n.slice(1) : n[0] + '*'.repeat(n.length - 1); }
function maskEmail(e) { const [l, d] = e.split('@'); return l[0] + '***' + (l.length > 4 ? l.slice(-1) : '') + '@' + d; }

// ---------------------------------------------------------------- value generators
function genId(by, bm, bd, male) {
  const s = rint(0, 499) * 2 + (male ? 1 : 0) || 1;
  const b = pick(REGIONS) + by + pad(bm) + pad(bd) + pad(s, 3);
  return b + idCheck(b);
}
function upgrade15(s15) { const b = s15.slice(0, 6) + '19' + s15.slice(6); return b + idCheck(b); }
const MPFX_W = [...MPFX, ...MPFX.filter((p) => /^1[358]/.test(p)), ...MPFX.filter((p) => /^1[358]/.test(p))];
function genMobile() { for (;;) { const m = pick(MPFX_W) + digits(8); if (!DEMO.mobile.includes(m) && !/(\d)\1{5}/.test(m)) return m; } }
function genCard() { const [iin, len, bank] = pick(IINS); const b = iin + digits(len - 7); return [b + luhnDigit(b), bank]; }
function genUscc() {
  const head = pick(['91', '91', '91', '91', '92', '92', '12', '52', '93']);
  const reg = chance(0.5) ? pick(REGIONS) : pick(REGIONS).slice(0, 4) + '00';
  const body = chance(0.65) ? 'MA' + Array.from({ length: 6 }, () => UA[rint(0, chance(0.7) ? 9 : 30)]).join('') : digits(8);
  const s17 = head + reg + body + gb11714(body);
  return s17 + usccCheck(s17);
}
const genPassport = () => chance(0.5) ? 'E' + digits(8) : 'E' + pick('ABCDEFGHJKLMNPQRSTUVWXYZ') + digits(7);
function genLandline() {
  const [a, n] = pick(AREAS); const sub = rint(2, 8) + digits(n - 1);
  const raw = pick([`${a}-${sub}`, `${a}-${sub}`, `${a}${sub}`, `(${a})${sub}`, `${a} ${sub}`]);
  return [a + sub, raw];
}
function genAddr() { const [pc, ds] = pick(ADDR); return `${pc}${pick(ds)}${pick(ROADS)}${rint(1, 999)}号` + (chance(0.7) ? `${rint(1, 30)}栋${rint(1, 3)}单元${rint(1, 32)}0${rint(1, 8)}室` : ''); }

// ---------------------------------------------------------------- document
class N { constructor(s) { this.s = String(s); } }
class Doc {
  constructor(kind) { this.kind = kind; this.ents = new Map(); this.dcs = new Map(); this.decs = new Map(); this.names = new Set(); this.vals = new Set(); this.autoId = rint(0, 5000); }
  _add(map, det, value, raw) { const k = det + '|' + value; let e = map.get(k); if (!e) map.set(k, (e = { detector: det, value, raws: new Set() })); e.raws.add(raw); return raw; }
  E(det, value, raw = value) { return this._add(this.ents, det, value, raw); }
  D(det, value, raw = value) { return this._add(this.dcs, det, value, raw); }
  X(kind, text) { text = String(text); if (!this.decs.has(text)) this.decs.set(text, { kind, text }); return text; }
  finalize() { for (const [k, d] of [...this.dcs]) if (this.ents.has(k)) { for (const r of d.raws) this.ents.get(k).raws.add(r); this.dcs.delete(k); } }
}
function newName(doc) {
  for (;;) {
    let name, sp, gp = '';
    const r = R();
    if (r < 0.012) [name, sp] = pick(MINORITY);
    else {
      let s; if (r < 0.05) s = pick(COMP); else s = wpick(SUR);
      let g1 = pick(GIVEN); const g2 = chance(s[0].length === 2 ? 0.45 : 0.64) ? (chance(0.06) ? g1 : pick(GIVEN)) : null;
      while (!g2 && '子梓思诗嘉佳涵萱泽睿'.includes(g1[0])) g1 = pick(GIVEN);
      name = s[0] + g1[0] + (g2 ? g2[0] : ''); sp = s[1]; gp = g1[1] + (g2 ? g2[1] : '');
    }
    if (DEMO.name.includes(name)) continue;
    let clash = false; for (const n of doc.names) if (n.includes(name) || name.includes(n)) { clash = true; break; }
    if (clash) continue;
    doc.names.add(name); return { name, sp, gp };
  }
}
function uniq(doc, tag, gen) { for (;;) { const v = gen(); if (!doc.vals.has(tag + v)) { doc.vals.add(tag + v); return v; } } }
function genEmail(doc, p) {
  return uniq(doc, 'e:', () => {
    p.emailMobile = false;
    const y = p.birth.slice(0, 4), sp = p.sp, gp = p.gp || 'x';
    switch (rint(0, 12)) {
      case 0: return `${sp}${gp}@${pick(EDOM)}`;
      case 1: return `${sp}${gp}${y.slice(2)}@${pick(EDOM)}`;
      case 2: return `${gp}.${sp}@${pick(['outlook.com', 'gmail.com', 'hotmail.com', 'icloud.com'])}`;
      case 3: return `${sp}_${gp}${rint(1, 999)}@${pick(EDOM)}`;
      case 4: return `${sp[0]}${gp[0]}${y}@${pick(EDOM)}`;
      case 5: case 6: return `${rint(1, 9)}${digits(rint(5, 9))}@qq.com`;
      case 7: p.emailMobile = true; return `${p.mobile}@${pick(['139.com', '189.cn', 'wo.cn'])}`;
      case 8: return `${sp}${gp}${rint(1, 99)}@${pick(EDOM)}`;
      case 9: return `${cap(sp)}${cap(gp)}@${pick(EDOM)}`;
      case 10: return `${gp}${sp}${y}@${pick(EDOM)}`;
      case 11: return `${cap(gp)}.${cap(sp)}@${pick(['outlook.com', 'gmail.com', 'hotmail.com'])}`;
      default: return `${sp[0]}${gp}${rint(10, 99)}@${pick(EDOM)}`;
    }
  });
}
function genPerson(doc, o = {}) {
  const nm = newName(doc);
  const male = chance(0.5), by = rint(1952, 2005), bm = rint(1, 12), bd = rint(1, dim(by, bm));
  const p = { ...nm, male, birth: `${by}-${pad(bm)}-${pad(bd)}` };
  if (o.legacy && by < 1985 && chance(0.06)) {
    p.id15 = uniq(doc, 'i:', () => pick(REGIONS) + String(by).slice(2) + pad(bm) + pad(bd) + pad(rint(0, 499) * 2 + (male ? 1 : 0) || 1, 3));
    p.id = upgrade15(p.id15);
  } else p.id = uniq(doc, 'i:', () => genId(by, bm, bd, male));
  p.mobile = uniq(doc, 'm:', genMobile);
  const [card, bank] = genCard(); p.card = card; p.bank = bank;
  p.email = genEmail(doc, p);
  [p.land, p.landRaw] = genLandline();
  p.addr = genAddr();
  p.passportNo = uniq(doc, 'p:', genPassport);
  p.usePassport = false;
  return p;
}
function fm(m, st) {
  switch (st) {
    case 'p86': return '+86' + m;
    case 'p86s': return `+86 ${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case 'dash': return `${m.slice(0, 3)}-${m.slice(3, 7)}-${m.slice(7)}`;
    case 'sp': return `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`;
    case '86': return '86' + m;
    case 'p86d': return '+86-' + m;
    default: return m;
  }
}
const fc = (c, st) => st === 'sp4' ? c.replace(/(\d{4})(?=\d)/g, '$1 ') : st === 'dash4' ? c.replace(/(\d{4})(?=\d)/g, '$1-') : c;

// ---------------------------------------------------------------- schema / fields
const FK = {
  name: { camel: ['realName', 'name', 'customerName', 'custName', 'userName', 'holderName'], snake: ['real_name', 'name', 'cust_name', 'customer_name'], pinyin: ['xingming', 'xm', 'khxm'], zh: ['姓名', '客户姓名', '真实姓名'] },
  mobile: { camel: ['mobile', 'phone', 'mobilePhone', 'phoneNumber', 'mobileNo'], snake: ['mobile', 'phone', 'mobile_no', 'phone_number'], pinyin: ['shouji', 'sjhm', 'lxdh'], zh: ['手机', '手机号', '手机号码', '联系电话'] },
  id: { camel: ['idCard', 'idNo', 'idCardNo', 'certNo', 'identityNo'], snake: ['id_card', 'id_no', 'id_card_no', 'cert_no'], pinyin: ['sfzh', 'shenfenzheng', 'zjhm'], zh: ['身份证', '身份证号', '证件号码', '身份证号码'] },
  certType: { camel: ['certType'], snake: ['cert_type'], pinyin: ['zjlx'], zh: ['证件类型'] },
  card: { camel: ['bankCardNo', 'cardNo', 'bankCard', 'bankAccount', 'acctNo'], snake: ['bank_card_no', 'card_no', 'bank_card', 'acct_no'], pinyin: ['yhkh', 'yinhangka', 'kahao'], zh: ['银行卡号', '卡号', '银行账号'] },
  email: { camel: ['email', 'mail', 'emailAddress'], snake: ['email', 'email_addr', 'mail'], pinyin: ['youxiang', 'dzyx'], zh: ['邮箱', '电子邮箱', 'Email'] },
  landline: { camel: ['telephone', 'homeTel', 'tel', 'landline'], snake: ['tel', 'home_phone', 'telephone'], pinyin: ['dianhua', 'gddh', 'zzdh'], zh: ['固话', '座机', '家庭电话'] },
  addr: { camel: ['address', 'homeAddress', 'addr'], snake: ['address', 'home_addr'], pinyin: ['dizhi', 'jtzz'], zh: ['地址', '家庭住址'] },
  gender: { camel: ['gender', 'sex'], snake: ['gender', 'sex'], pinyin: ['xingbie', 'xb'], zh: ['性别'] },
  birthday: { camel: ['birthday', 'birthDate'], snake: ['birthday', 'birth_date'], pinyin: ['csrq', 'chusheng'], zh: ['出生日期'] },
  bank: { camel: ['bankName', 'openBank'], snake: ['bank_name', 'open_bank'], pinyin: ['khh', 'kaihuhang'], zh: ['开户行', '开户银行'] },
  uid: { camel: ['id', 'customerId', 'userId', 'custId'], snake: ['id', 'customer_id', 'user_id'], pinyin: ['id', 'khbh', 'yhid'], zh: ['客户编号', '客户ID', '用户ID'] },
  createdAt: { camel: ['createTime', 'gmtCreate', 'createdAt', 'registerTime'], snake: ['create_time', 'gmt_create', 'created_at', 'reg_time'], pinyin: ['cjsj', 'zcsj'], zh: ['创建时间', '注册时间'] },
  updatedAt: { camel: ['updateTime', 'gmtModified', 'lastLoginTime'], snake: ['update_time', 'gmt_modified', 'last_login_time'], pinyin: ['gxsj'], zh: ['更新时间', '最后登录'] },
  orderNo: { camel: ['orderNo', 'lastOrderNo', 'bizNo'], snake: ['order_no', 'biz_no', 'last_order_no'], pinyin: ['ddh', 'ywbh'], zh: ['订单号', '业务编号'] },
  openid: { camel: ['openId', 'wxOpenid'], snake: ['openid', 'wx_openid'], pinyin: ['openid'], zh: ['OpenID'] },
  pwd: { camel: ['password', 'pwdHash'], snake: ['password', 'pwd_hash', 'passwd'], pinyin: ['mima'], zh: ['密码'] },
  nickname: { camel: ['nickname', 'nickName'], snake: ['nickname', 'nick_name'], pinyin: ['nicheng'], zh: ['昵称'] },
  operator: { camel: ['operator', 'createBy', 'updateBy', 'handler'], snake: ['operator', 'create_by', 'update_by'], pinyin: ['czy', 'czr'], zh: ['操作员', '经办人', '录入人'] },
  maskedMobile: { camel: ['mobileMask', 'maskedPhone', 'phoneDesensitized'], snake: ['mobile_mask', 'masked_phone'], pinyin: ['sjhm_tm'], zh: ['手机(脱敏)'] },
  maskedId: { camel: ['idCardMask', 'maskedIdNo'], snake: ['id_card_mask', 'masked_id_no'], pinyin: ['sfzh_tm'], zh: ['身份证(脱敏)'] },
  amount: { camel: ['balance', 'creditLimit', 'amount'], snake: ['balance', 'credit_limit', 'amount'], pinyin: ['yue', 'edu'], zh: ['余额', '授信额度'] },
  remark: { camel: ['remark', 'memo', 'note'], snake: ['remark', 'memo'], pinyin: ['beizhu', 'bz'], zh: ['备注'] },
  deviceId: { camel: ['deviceId', 'imei'], snake: ['device_id', 'imei'], pinyin: ['sbh'], zh: ['设备号'] },
  iccid: { camel: ['iccid', 'simIccid'], snake: ['iccid'], pinyin: ['iccid'], zh: ['ICCID'] },
  serial: { camel: ['txnSerialNo', 'flowNo'], snake: ['txn_serial_no', 'flow_no'], pinyin: ['lsh'], zh: ['流水号'] },
};
const GENERIC_ID = new Set(['certNo', 'identityNo', 'cert_no', 'zjhm', '证件号码']);
function pickSchema(doc, style, o = {}) {
  const used = new Set(), cols = [];
  const add = (f) => { const ks = FK[f][style]; let k = pick(ks); for (let i = 0; i < 20 && used.has(k); i++) k = pick(ks); if (used.has(k)) k += '2'; used.add(k); cols.push({ f, key: k }); };
  if (chance(0.9)) { add('uid'); if (chance(0.35)) cols[cols.length - 1].f = 'autoId'; }
  const ent = [];
  if (!o.noName && chance(0.92)) ent.push('name');
  if (chance(0.88)) ent.push('mobile');
  if (chance(0.72)) ent.push('id');
  if (chance(0.6)) ent.push('card');
  if (chance(0.62)) ent.push('email');
  if (chance(0.1)) ent.push('landline');
  while (ent.length < 2) { const f = pick(['name', 'mobile', 'id', 'card', 'email']); if (!ent.includes(f) && !(o.noName && f === 'name')) ent.push(f); }
  const ex = [];
  if (ent.includes('card') && chance(0.5)) ex.push('bank');
  for (const [f, pr] of [['gender', 0.3], ['birthday', 0.15], ['addr', 0.3], ['nickname', 0.25], ['operator', 0.2], ['orderNo', 0.3], ['openid', 0.2], ['amount', 0.2], ['remark', 0.22], ['deviceId', 0.08], ['iccid', 0.04], ['serial', 0.08]]) if (chance(pr)) ex.push(f);
  if (o.db && chance(0.45)) ex.push('pwd');
  if (ent.includes('mobile') && chance(0.12)) ex.push('maskedMobile');
  if (ent.includes('id') && chance(0.08)) ex.push('maskedId');
  const mid = chance(0.6) ? shuffle([...ent, ...ex]) : [...ent, ...ex];
  for (const f of mid) {
    add(f);
    if (f === 'id' && GENERIC_ID.has(cols[cols.length - 1].key)) { const idc = cols.pop(); add('certType'); cols.push(idc); }
  }
  if (chance(0.85)) add('createdAt');
  if (chance(0.3)) add('updatedAt');
  return cols;
}
function docStyles(doc, o = {}) {
  doc.mst = o.json ? wpick([['bare', 14], ['p86', 1], ['p86d', 0.3]]) : wpick([['bare', 10], ['sp', 2], ['dash', 1.5], ['p86s', 1], ['p86', 1], ['86', 0.3]]);
  doc.cst = o.json ? wpick([['bare', 12], ['sp4', 1]]) : wpick([['bare', 6], ['sp4', 3], ['dash4', 0.5]]);
  doc.mnum = chance(0.15); doc.tsNum = chance(0.5); doc.uidStr = chance(0.4);
  doc.xlower = chance(0.12); doc.gstyle = rint(0, 2);
  doc.certI = pick([['ID_CARD', 'PASSPORT'], ['身份证', '护照'], ['01', '02'], ['IDCARD', 'PASSPORT']]);
}
function operatorVal(doc) {
  if (doc.staff === undefined) doc.staff = chance(0.6) ? Array.from({ length: rint(1, 3) }, () => newName(doc).name) : null;
  if (doc.staff) return doc.D(NAME, pick(doc.staff));
  return doc.X('account', pick(ACCOUNTS));
}
function val(doc, p, f, ctx = {}, cols = []) {
  const J = !!ctx.json;
  switch (f) {
    case 'name': return doc.E(NAME, p.name, ctx.nameRaw ? ctx.nameRaw(p.name) : p.name);
    case 'mobile': {
      if (ctx.nullable && chance(0.04)) return null;
      const raw = doc.E(MOB, p.mobile, fm(p.mobile, doc.mst));
      return J && doc.mnum && raw === p.mobile ? new N(raw) : raw;
    }
    case 'certType': return p.usePassport ? doc.certI[1] : doc.certI[0];
    case 'id': {
      if (p.usePassport) return doc.E(PASS, p.passportNo);
      if (ctx.nullable && chance(0.04)) return null;
      if (ctx.idMangle && !p.id.endsWith('X') && chance(0.6)) return doc.X('sci_notation', sci(p.id));
      if (p.id15) return (ctx.apos ? "'" : '') + doc.E(RID, p.id, p.id15);
      const raw = doc.xlower && p.id.endsWith('X') ? p.id.slice(0, 17) + 'x' : p.id;
      return (ctx.apos ? "'" : '') + doc.E(RID, p.id, raw);
    }
    case 'card': {
      if (ctx.nullable && chance(0.05)) return null;
      if (ctx.cardMangle) return doc.X('sci_notation', sci(p.card));
      return doc.E(CARD, p.card, fc(p.card, doc.cst));
    }
    case 'email': {
      if (ctx.nullable && chance(0.06)) return null;
      const v = doc.E(EMAIL, p.email.toLowerCase(), p.email);
      if (p.emailMobile) doc.E(MOB, p.mobile, p.mobile);
      return v;
    }
    case 'landline': return doc.E(LAND, p.land, p.landRaw);
    case 'addr': return p.addr;
    case 'gender': return doc.gstyle === 0 ? (p.male ? '男' : '女') : doc.gstyle === 1 ? (p.male ? 'M' : 'F') : new N(p.male ? 1 : 2);
    case 'birthday': return p.birth;
    case 'bank': return p.bank;
    case 'uid': { const s = doc.X('snowflake_id', snowflake()); return J && doc.uidStr ? s : new N(s); }
    case 'autoId': return new N(++doc.autoId);
    case 'createdAt': case 'updatedAt':
      return J && doc.tsNum ? new N(doc.X('epoch_ms', epochMs())) : doc.X('datetime', fmtTs(randTs(), 'dt'));
    case 'orderNo': return doc.X('order_no', orderNo());
    case 'openid': return doc.X('wechat_openid', openid());
    case 'pwd': { const k = rint(0, 2); return k === 0 ? doc.X('md5_hash', md5()) : k === 1 ? doc.X('bcrypt_hash', bcrypt()) : doc.X('sha1_hash', sha1()); }
    case 'nickname': {
      const r = R();
      if (r < 0.62) return doc.X('nickname', pick(NICKS));
      if (r < 0.85) return doc.D(NAME, newName(doc).name);
      const nr = ctx.nameRaw ? ctx.nameRaw(p.name) : p.name;
      return cols.some((c) => c.f === 'name') ? doc.E(NAME, p.name, nr) : doc.D(NAME, p.name, nr);
    }
    case 'operator': return operatorVal(doc);
    case 'maskedMobile': return doc.X('masked_mobile', maskMobile(p.mobile));
    case 'maskedId': return doc.X('masked_id', maskId(p.id));
    case 'amount': return new N(doc.X('amount', amount()));
    case 'remark': return chance(0.6) ? doc.X('surname_word', pick(PHRASES)) : '';
    case 'deviceId': return doc.X('imei', imei());
    case 'iccid': return doc.X('iccid', iccid());
    case 'serial': return doc.X('digit_run', safe(() => '9' + digits(rint(2, 5)) + genMobile() + digits(rint(2, 5))));
  }
  throw new Error('field ' + f);
}
function prepPersons(doc, cols, n, o = {}) {
  const hasCert = cols.some((c) => c.f === 'certType');
  return Array.from({ length: n }, () => { const p = genPerson(doc, o); if (hasCert && chance(0.12)) p.usePassport = true; return p; });
}
function recObj(doc, p, cols, ctx) { const o = {}; for (const c of cols) { const v = val(doc, p, c.f, ctx, cols); if (v !== null) o[c.key] = v; } return o; }
function ser(v, pretty, ind = '', step = '  ') {
  if (v instanceof N) return v.s;
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const ni = ind + step, sep = pretty ? ',\n' : ',';
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return pretty ? '[\n' + v.map((x) => ni + ser(x, true, ni, step)).join(sep) + '\n' + ind + ']' : '[' + v.map((x) => ser(x, false)).join(',') + ']';
  }
  const ks = Object.keys(v); if (!ks.length) return '{}';
  return pretty ? '{\n' + ks.map((k) => ni + JSON.stringify(k) + ': ' + ser(v[k], true, ni, step)).join(sep) + '\n' + ind + '}'
    : '{' + ks.map((k) => JSON.stringify(k) + ':' + ser(v[k], false)).join(',') + '}';
}
const plain = (v) => (v instanceof N ? v.s : v === null ? 'null' : String(v));
function pyRepr(o) { return '{' + Object.entries(o).map(([k, v]) => `'${k}': ` + (v instanceof N ? v.s : `'${v}'`)).join(', ') + '}'; }
function sizeOf(k) {
  const r = R();
  if (k === 'small') return r < 0.45 ? 1 : rint(2, r < 0.85 ? 3 : 5);
  if (k === 'mid') return r < 0.15 ? 1 : r < 0.55 ? rint(2, 6) : rint(7, 20);
  return r < 0.08 ? 1 : r < 0.3 ? rint(2, 6) : r < 0.65 ? rint(7, 20) : r < 0.88 ? rint(21, 45) : rint(46, 80);
}
const THREAD = () => pick([`http-nio-${pick([8080, 8081, 9090])}-exec-${rint(1, 200)}`, `XNIO-1 task-${rint(1, 64)}`, `pool-${rint(1, 9)}-thread-${rint(1, 32)}`, `kafka-consumer-${rint(0, 7)}`, `scheduling-1`]);
const LOGGERS = ['c.a.crm.web.CustomerController', 'com.acme.crm.service.impl.CustomerServiceImpl', 'c.a.p.gateway.filter.AccessLogFilter', 'com.acme.pay.bind.BindCardService', 'c.a.kyc.RealNameVerifyService', 'com.acme.member.api.MemberFacade'];
const APPS = ['crm-service', 'member-center', 'pay-gateway', 'kyc-service', 'loan-core', 'order-api'];
const MSGS = ['request body', '注册请求', '实名认证请求参数', '绑卡请求', 'saveCustomer param', '三要素核验请求', '会员信息同步'];

// ---------------------------------------------------------------- builders
const B = {};

B.jsonlog = (doc) => {
  docStyles(doc, { json: true });
  const style = pick(['camel', 'camel', 'snake', 'pinyin']), cols = pickSchema(doc, style), n = sizeOf('big');
  const mode = pick(['nested', 'string', 'flat']), app = pick(APPS), persons = prepPersons(doc, cols, n);
  let t = randTs(); const out = [];
  for (const p of persons) {
    t += rint(3, 90000);
    const rec = recObj(doc, p, cols, { json: true });
    const line = { '@timestamp': fmtTs(t, 'iso'), level: pick(['INFO', 'INFO', 'WARN', 'DEBUG']), app, thread: THREAD(), logger: pick(LOGGERS), traceId: doc.X('trace_id', traceId()) };
    if (chance(0.5)) line.spanId = doc.X('span_id', safe(() => hexs(16)));
    if (mode === 'nested') { line.msg = pick(MSGS); line.body = rec; }
    else if (mode === 'string') line.message = pick(MSGS) + ' body=' + ser(rec, false);
    else { line.event = pick(['CUSTOMER_REGISTER', 'BIND_CARD', 'KYC_SUBMIT', 'PROFILE_UPDATE']); Object.assign(line, rec); }
    if (chance(0.35)) line.resp = { code: pick(['0000', 'SUCCESS', 'E1003']), seqNo: doc.X('order_no', orderNo()), mobile: doc.X('masked_mobile', maskMobile(p.mobile)) };
    if (chance(0.3)) line.costMs = rint(3, 900);
    if (chance(0.3)) line.clientIp = doc.X('ip', ip());
    out.push(ser(line, false));
  }
  return out.join('\n') + '\n';
};

B.plainlog = (doc) => {
  docStyles(doc, { json: false });
  const style = pick(['camel', 'camel', 'snake']), cols = pickSchema(doc, style), n = sizeOf('big');
  const variants = shuffle(['lombok', 'mybatis', 'kv', 'nginx', 'inline']).slice(0, rint(1, 2));
  const persons = prepPersons(doc, cols, n); let t = randTs(); const out = [];
  const pid = rint(1000, 99999), dto = pick(['CustomerDTO', 'RegisterReq', 'BindCardCmd', 'MemberVO', 'KycRequest']);
  for (const p of persons) {
    t += rint(10, 60000); const v = pick(variants), ts = fmtTs(t, 'log'), th = THREAD(), lg = pick(LOGGERS);
    if (v === 'lombok') {
      const rec = recObj(doc, p, cols, {});
      out.push(`${ts}  ${pick(['INFO', 'INFO', 'WARN'])} ${pid} --- [${th}] ${lg} : [${doc.X('trace_id', traceId())}] ${pick(MSGS)}: ${dto}(${Object.entries(rec).map(([k, x]) => `${k}=${plain(x)}`).join(', ')})`);
    } else if (v === 'mybatis') {
      const rec = recObj(doc, p, cols, {});
      const ks = Object.keys(rec), mapper = `c.a.c.m.${pick(['CustomerMapper', 'MemberMapper', 'UserInfoMapper'])}.insert`;
      out.push(`${ts} DEBUG [${th}] ${mapper} - ==>  Preparing: INSERT INTO ${pick(['t_customer', 'crm_member', 'user_info'])} (${ks.join(', ')}) VALUES (${ks.map(() => '?').join(', ')})`);
      out.push(`${fmtTs(t + 2, 'log')} DEBUG [${th}] ${mapper} - ==> Parameters: ${ks.map((k) => { const x = rec[k]; return x instanceof N ? `${x.s}(${x.s.length > 9 ? 'Long' : 'Integer'})` : /^\d{4}-\d\d-\d\d \d/.test(x) ? `${x}.0(Timestamp)` : `${x}(String)`; }).join(', ')}`);
      out.push(`${fmtTs(t + 9, 'log')} DEBUG [${th}] ${mapper} - <==    Updates: 1`);
    } else if (v === 'kv') {
      const parts = [];
      parts.push(`name=${doc.E(NAME, p.name)}`);
      if (chance(0.8)) parts.push(`idCard=${doc.E(RID, p.id)}`);
      parts.push(`mobile=${doc.E(MOB, p.mobile, fm(p.mobile, doc.mst))}`);
      if (chance(0.5)) parts.push(`cardNo=${doc.E(CARD, p.card)}`);
      if (chance(0.3)) parts.push(`orderNo=${doc.X('order_no', orderNo())}`);
      out.push(`${ts} [${th}] INFO  ${lg} - ${pick(['实名认证请求', '四要素鉴权', 'verify params'])} ${shuffle(parts).join(pick(['&', ', ', ' ']))}, traceId=${doc.X('trace_id', traceId())}`);
    } else if (v === 'nginx') {
      const q = [`mobile=${doc.E(MOB, p.mobile)}`];
      const enc = encodeURIComponent(p.name);
      q.push(`name=${doc.D(NAME, p.name, enc)}`);
      if (chance(0.6)) q.push(`idCard=${doc.E(RID, p.id)}`);
      if (chance(0.3)) q.push(`email=${doc.E(EMAIL, p.email.toLowerCase(), p.email)}`);
      if (p.emailMobile && q.some((x) => x.startsWith('email='))) doc.E(MOB, p.mobile, p.mobile);
      q.push(`_t=${doc.X('epoch_ms', epochMs())}`);
      out.push(`${doc.X('ip', ip())} - - [${fmtTs(t, 'nginx')}] "GET /api/v${rint(1, 3)}/customer/query?${shuffle(q).join('&')} HTTP/1.1" 200 ${rint(200, 4000)} "-" "${pick(['okhttp/', 'Apache-HttpClient/', 'Dalvik/'])}${doc.X('version', `${rint(2, 4)}.${rint(0, 12)}.${rint(0, 9)}`)}" ${(R() * 0.5).toFixed(3)}`);
    } else {
      const rec = recObj(doc, p, cols, { json: true });
      out.push(`${ts} INFO [${th}] ${lg} - 调用三要素核验接口, req=${ser(rec, false)}, resp={"code":"0000","msg":"一致","seqNo":"${doc.X('order_no', orderNo())}"}`);
    }
  }
  return out.join('\n') + '\n';
};

const COMMENTS = { name: '姓名', mobile: '手机号', id: '身份证号', certType: '证件类型', card: '银行卡号', email: '邮箱', landline: '固定电话', addr: '地址', gender: '性别', birthday: '出生日期', bank: '开户行', uid: '主键', autoId: '主键', createdAt: '创建时间', updatedAt: '更新时间', orderNo: '最近订单号', openid: '微信openid', pwd: '密码', nickname: '昵称', operator: '操作人', maskedMobile: '脱敏手机号', maskedId: '脱敏证件号', amount: '余额', remark: '备注', deviceId: '设备IMEI', iccid: 'SIM卡ICCID', serial: '流水号', uscc: '统一社会信用代码', company: '企业名称', legal: '法定代表人', contact: '联系人', corpTel: '总机', corpAcct: '对公账户', corpMail: '企业邮箱' };
const SQLTYPE = (f) => ({ uid: 'bigint NOT NULL', autoId: 'int NOT NULL AUTO_INCREMENT', createdAt: 'datetime DEFAULT NULL', updatedAt: 'datetime DEFAULT NULL', gender: 'tinyint DEFAULT NULL', amount: 'decimal(12,2) DEFAULT NULL' }[f] || `varchar(${pick([32, 64, 128])}) DEFAULT NULL`);
function entSchema(style) {
  const k = { camel: ['companyName', 'creditCode', 'legalPerson', 'contactName', 'contactMobile', 'companyTel', 'corpAccount', 'contactEmail'], snake: ['company_name', 'credit_code', 'legal_person', 'contact_name', 'contact_mobile', 'company_tel', 'corp_account', 'contact_email'], pinyin: ['qymc', 'tyshxydm', 'fddbr', 'lxr', 'lxrsj', 'gsdh', 'dgzh', 'lxryx'] }[style] || ['company_name', 'credit_code', 'legal_person', 'contact_name', 'contact_mobile', 'company_tel', 'corp_account', 'contact_email'];
  const fs = ['company', 'uscc', 'legal', 'contact', 'cmobile', 'corpTel', 'corpAcct', 'cemail'];
  const cols = [{ f: 'uid', key: style === 'camel' ? 'id' : 'id' }];
  fs.forEach((f, i) => { if (i < 3 || chance(0.75)) cols.push({ f, key: k[i] }); });
  if (chance(0.8)) cols.push({ f: 'createdAt', key: style === 'camel' ? 'createTime' : 'create_time' });
  return cols;
}
function entVal(doc, e, f, ctx) {
  switch (f) {
    case 'company': return doc.X('company_name', e.company);
    case 'uscc': return doc.E(USCC, e.uscc);
    case 'legal': return doc.E(NAME, e.legal.name);
    case 'contact': return doc.E(NAME, e.contact.name);
    case 'cmobile': return doc.E(MOB, e.contact.mobile);
    case 'corpTel': return chance(0.3) ? doc.D(LAND, e.hot.replace(/-/g, ''), e.hot) : doc.D(LAND, e.tel, e.telRaw);
    case 'corpAcct': return doc.X('corporate_account', e.acct);
    case 'cemail': if (e.roleMail) return doc.D(EMAIL, e.roleMail); return val(doc, e.contact, 'email', ctx);
    default: return val(doc, e.contact, f, ctx);
  }
}
function genEnt(doc) {
  const legal = genPerson(doc), contact = chance(0.6) ? genPerson(doc) : legal;
  const [tel, telRaw] = genLandline();
  const company = uniq(doc, 'c:', companyName);
  return { legal, contact, company, uscc: uniq(doc, 'u:', genUscc), tel, telRaw, hot: `400-${rint(100, 999)}-${digits(4)}`, acct: safe(() => rint(1, 9) + digits(pick([11, 12, 19, 20, 21]))), roleMail: chance(0.3) ? pick(['finance', 'hr', 'service', 'contact']) + '@' + pick(['acme-data', 'xinghe-tech', 'huitong']) + '.com.cn' : null };
}
function rowsFor(doc, cols, n, ctx, ent) {
  if (ent) return Array.from({ length: n }, () => { const e = genEnt(doc); return cols.map((c) => ({ c, v: entVal(doc, e, c.f, ctx) })); });
  return prepPersons(doc, cols, n, { legacy: ctx.legacy }).map((p) => cols.map((c) => ({ c, v: val(doc, p, c.f, ctx, cols) })));
}
const sqlv = (v) => (v === null ? 'NULL' : v instanceof N ? v.s : `'${String(v).replace(/'/g, "\\'")}'`);

B.sqldump = (doc) => {
  docStyles(doc, { json: true });
  const ent = chance(0.15), style = chance(0.8) ? 'snake' : 'pinyin';
  const cols = ent ? entSchema(style) : pickSchema(doc, style, { db: true }), n = sizeOf('big');
  const table = ent ? pick(['t_enterprise', 'crm_company', 'merchant_info']) : pick(['t_customer', 'crm_customer', 'customer_info', 'user_realname', 'member', 't_loan_applicant']);
  const rows = rowsFor(doc, cols, n, { nullable: true, legacy: true }, ent);
  const host = ip(), ver = pick(['8.0.35', '5.7.44', '8.0.28', '5.7.36']);
  const colNames = cols.map((c) => c.key), v = pick(['mysqldump', 'inserts', 'pgcopy', 'navicat']), out = [];
  const tuple = (r) => '(' + r.map((x) => sqlv(x.v)).join(',') + ')';
  if (v === 'mysqldump' || v === 'navicat') doc.X('ip', host);
  if (v === 'mysqldump') doc.X('version', ver);
  if (v === 'mysqldump') {
    out.push(`-- MySQL dump 10.13  Distrib ${ver}, for Linux (x86_64)`, '--', `-- Host: ${host}    Database: ${pick(['crm_prod', 'member', 'loan'])}`, '-- ------------------------------------------------------', `-- Server version\t${ver}`, '');
    out.push(`DROP TABLE IF EXISTS \`${table}\`;`, `CREATE TABLE \`${table}\` (`);
    out.push(cols.map((c) => `  \`${c.key}\` ${SQLTYPE(c.f)} COMMENT '${COMMENTS[c.f]}'`).join(',\n') + `,\n  PRIMARY KEY (\`${colNames[0]}\`)`);
    out.push(`) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='${ent ? '企业客户' : '客户信息'}';`, '', `LOCK TABLES \`${table}\` WRITE;`, `/*!40000 ALTER TABLE \`${table}\` DISABLE KEYS */;`);
    const chunk = rint(1, 25);
    for (let i = 0; i < rows.length; i += chunk) out.push(`INSERT INTO \`${table}\` VALUES ${rows.slice(i, i + chunk).map(tuple).join(',')};`);
    out.push(`/*!40000 ALTER TABLE \`${table}\` ENABLE KEYS */;`, 'UNLOCK TABLES;', '', `-- Dump completed on ${fmtTs(randTs(), 'dt')}`);
  } else if (v === 'inserts') {
    const sp = chance(0.5) ? ', ' : ',';
    if (chance(0.5)) for (const r of rows) out.push(`INSERT INTO ${table} (${colNames.join(sp)}) VALUES (${r.map((x) => sqlv(x.v)).join(sp)});`);
    else out.push(`INSERT INTO ${table} (${colNames.join(sp)}) VALUES\n` + rows.map((r) => '  ' + tuple(r)).join(',\n') + ';');
  } else if (v === 'pgcopy') {
    out.push('--', '-- PostgreSQL database dump', '--', `-- Dumped from database version ${doc.X('version', pick(['14.10', '15.5', '13.13']))}`, '', `COPY public.${table} (${colNames.join(', ')}) FROM stdin;`);
    for (const r of rows) out.push(r.map((x) => (x.v === null ? '\\N' : plain(x.v))).join('\t'));
    out.push('\\.');
  } else {
    out.push('/*', ' Navicat Premium Data Transfer', '', ` Source Server         : prod-${pick(['crm', 'member', 'loan'])}`, ` Source Server Version : ${ver.replace(/\./g, '0').slice(0, 5)}`, ` Source Host           : ${host}:3306`, '', ` Date: ${fmtTs(randTs(), 'dt')}`, '*/', '', 'SET NAMES utf8mb4;', '', `-- Records of ${table}`, '-- ----------------------------', 'BEGIN;');
    for (const r of rows) out.push(`INSERT INTO \`${table}\` (${colNames.map((c) => '`' + c + '`').join(', ')}) VALUES ${tuple(r).replace(/','/g, "', '")};`);
    out.push('COMMIT;');
  }
  return out.join('\n') + '\n';
};

B.apijson = (doc) => {
  docStyles(doc, { json: true });
  const ent = chance(0.15), style = pick(['camel', 'camel', 'camel', 'pinyin', 'snake']);
  const cols = ent ? entSchema(style === 'snake' ? 'snake' : style) : pickSchema(doc, style), n = sizeOf('mid');
  const rows = rowsFor(doc, cols, n, { json: true }, ent).map((r) => Object.fromEntries(r.filter((x) => x.v !== null).map((x) => [x.c.key, x.v])));
  const pretty = chance(0.55);
  const resp = {};
  resp[pick(['code', 'errCode', 'status'])] = pick([new N(0), new N(200), '0000', 'SUCCESS']);
  resp[pick(['msg', 'message'])] = pick(['success', '操作成功', 'ok']);
  resp[pick(['requestId', 'traceId', 'rid'])] = chance(0.5) ? doc.X('uuid', uuid()) : doc.X('trace_id', traceId());
  if (chance(0.5)) resp.timestamp = new N(doc.X('epoch_ms', epochMs()));
  resp.data = n === 1 && chance(0.6) ? rows[0] : { total: new N(n + (chance(0.5) ? rint(0, 9000) : 0)), [pick(['list', 'records', 'rows', 'items'])]: rows, pageNum: new N(1), pageSize: new N(pick([10, 20, 50, 100])) };
  let pre = '';
  if (chance(0.3)) pre = `HTTP/1.1 200 OK\nContent-Type: application/json;charset=UTF-8\nX-Trace-Id: ${doc.X('trace_id', traceId())}\nDate: ${fmtTs(randTs(), 'dt')} GMT\n\n`;
  return pre + ser(resp, pretty, '', pick(['  ', '    ', '\t'])) + '\n';
};

function yamlScalar(v, q) {
  if (v instanceof N) return v.s;
  const s = String(v), m = q === 'mixed' ? pick(['plain', 'plain', 'single', 'double']) : q;
  if (m === 'double') return JSON.stringify(s);
  if (m === 'single') return `'${s}'`;
  if (s === '' || /^[-?:,\[\]{}#&*!|>'"%@`+]|: | #/.test(s)) return JSON.stringify(s);
  return s;
}
B.yamlfix = (doc) => {
  docStyles(doc, {});
  const style = pick(['camel', 'snake', 'camel']), ent = chance(0.12);
  const n = sizeOf('mid'), q = pick(['plain', 'single', 'double', 'mixed']), form = n === 1 && chance(0.5) ? 'spring' : pick(['list', 'list', 'map']);
  let cols = ent ? entSchema(style) : pickSchema(doc, style);
  if (form === 'map') cols = cols.filter((c) => c.f !== 'uid' && c.f !== 'autoId');
  const rows = rowsFor(doc, cols, n, {}, ent);
  const out = [pick(['# 测试数据，来源：生产库导出（TODO 脱敏后再提交）', '# fixtures for CustomerServiceIT', '# mock customers for 联调环境', '# seed data — do not use in prod'])];
  if (chance(0.4)) out.push('spring:', '  datasource:', `    url: jdbc:mysql://${doc.X('ip', ip())}:3306/crm_test?useUnicode=true&characterEncoding=utf8`, '    username: crm_test', '');
  if (form === 'spring') {
    out.push('mock:', '  customer:');
    for (const x of rows[0]) if (x.v !== null) out.push(`    ${x.c.key}: ${yamlScalar(x.v, q)}`);
  } else if (form === 'list') {
    out.push(ent ? 'enterprises:' : pick(['customers:', 'users:', 'testCases:']));
    for (const r of rows) r.filter((x) => x.v !== null).forEach((x, i) => out.push(`${i ? '    ' : '  - '}${x.c.key}: ${yamlScalar(x.v, q)}`));
  } else {
    out.push('customers:');
    rows.forEach((r, i) => { out.push(`  c${1000 + i}:`); for (const x of r) if (x.v !== null) out.push(`    ${x.c.key}: ${yamlScalar(x.v, q)}`); });
  }
  return out.join('\n') + '\n';
};

B.props = (doc) => {
  docStyles(doc, {});
  const style = pick(['camel', 'camel', 'snake']), cols = pickSchema(doc, style), n = sizeOf('small') + (chance(0.3) ? rint(1, 6) : 0);
  const rows = rowsFor(doc, cols, n, {}), prefix = pick(['mock.customer', 'test.user', 'demo.account', 'app.test.customers', 'kyc.sample']), sep = pick(['=', ' = ', ':', '=']);
  const out = [pick(['# test profile', '#Mock data for local debugging', '# 联调用，勿提交 prod', `#${fmtTs(randTs(), 'java')}`])];
  out.push(`server.port${sep}${pick([8080, 8081, 9000])}`, `spring.redis.host${sep}${doc.X('ip', ip())}`);
  if (chance(0.4)) out.push(`sms.template.code${sep}SMS_${rint(100000000, 999999999)}`);
  if (chance(0.4)) out.push(`app.version${sep}${doc.X('version', version())}`);
  out.push('');
  rows.forEach((r, i) => { for (const x of r) if (x.v !== null) out.push(`${n === 1 ? prefix : `${prefix}[${i}]`}.${x.c.key}${sep}${plain(x.v)}`); });
  return out.join('\n') + '\n';
};

B.csvexport = (doc) => {
  docStyles(doc, {});
  const ent = chance(0.1), style = chance(0.75) ? 'snake' : 'camel', cols = ent ? entSchema(style) : pickSchema(doc, style, { db: true }), n = sizeOf('big');
  const tool = pick(['dbeaver', 'navicat', 'mysqlcli', 'datagrip']), sep = tool === 'mysqlcli' ? '\t' : pick([',', ',', ',', ';', '\t']);
  const quoteAll = tool === 'dbeaver' ? chance(0.7) : false, nullTok = pick(['', 'NULL', '(Null)', '\\N']);
  const mangle = !ent && chance(0.18);
  const ctx = { nullable: true, cardMangle: mangle && chance(0.7), idMangle: mangle && chance(0.5), apos: mangle && chance(0.3), legacy: true };
  doc.cst = 'bare'; doc.mst = wpick([['bare', 10], ['p86', 1]]);
  const rows = rowsFor(doc, cols, n, ctx, ent);
  const cell = (v) => { if (v === null) return nullTok; const s = plain(v); return quoteAll || s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s; };
  const out = [];
  if (tool === 'datagrip' && chance(0.5)) out.push(`-- exported ${fmtTs(randTs(), 'dt')}`);
  out.push(cols.map((c) => (quoteAll ? `"${c.key}"` : c.key)).join(sep));
  for (const r of rows) out.push(r.map((x) => cell(x.v)).join(sep));
  return out.join(chance(0.3) ? '\r\n' : '\n') + '\n';
};

B.wikitable = (doc) => {
  docStyles(doc, {});
  const zh = chance(0.7), style = zh ? 'zh' : 'camel', cols = pickSchema(doc, style).filter((c) => !['openid', 'pwd'].includes(c.f)), n = sizeOf('mid');
  const padCh = chance(0.25) ? pick(['  ', '　', ' ']) : null;
  const rows = rowsFor(doc, cols, n, { nameRaw: (s) => (padCh && s.length === 2 ? s[0] + padCh + s[1] : s) });
  const who = doc.X('mention', mention());
  const out = [`# ${pick(['【联调】实名认证测试数据', '客户数据核对（生产问题排查）', '四要素鉴权测试账号', 'UAT 测试用户清单', '灰度白名单用户'])}`, '',
    `> ${pick(['以下数据从生产库导出，仅供联调使用', '来源：客服提供的问题客户清单', '从 Excel 复制，请勿外传', '测试环境数据，部分来自线上'])}（${fmtTs(randTs(), 'min')} 更新 by ${who}）`, ''];
  const hdr = [zh ? '序号' : 'No.', ...cols.map((c) => c.key)];
  out.push('| ' + hdr.join(' | ') + ' |', '|' + hdr.map(() => pick(['---', ' --- ', ':---'])).join('|') + '|');
  rows.forEach((r, i) => out.push('| ' + [String(i + 1), ...r.map((x) => (x.v === null || x.v === '' ? ' ' : plain(x.v)))].join(' | ') + ' |'));
  out.push('', `最后编辑：${doc.X('mention', mention())} · 版本 ${doc.X('version', version())}`);
  return out.join('\n') + '\n';
};

B.ticket = (doc) => {
  docStyles(doc, {});
  const staff = Array.from({ length: rint(1, 3) }, () => newName(doc).name); doc.D(NAME, staff[0]);
  const n = sizeOf('small'), persons = Array.from({ length: n }, () => genPerson(doc));
  const jira = chance(0.5), out = [];
  const key = jira ? doc.X('ticket_no', `${pick(['CRM', 'PAY', 'KYC', 'OPS'])}-${rint(100, 9999)}`) : doc.X('ticket_no', orderNo());
  const title = pick(['客户绑卡失败', '实名认证不通过', '客户投诉重复扣款', '手机号换绑失败', '用户无法登录', '客户要求注销账户']);
  if (jira) out.push(`[${key}] ${title}`, `Reporter: ${staff[0]}  Priority: ${pick(['P1', 'P2', 'Major'])}  Created: ${fmtTs(randTs(), 'jira')}`, '');
  else out.push(`【工单】${key}`, `标题：${title}`, `提交人：${staff[0]}（${doc.X('job_title', pick(['客服二组', '客户经理', '理财经理', '运营专员']))}）`, `创建时间：${fmtTs(randTs(), 'min')}`, '------------------------------');
  const mode = n > 2 && chance(0.5) ? 'row' : 'kv';
  if (mode === 'kv') {
    for (const p of persons) {
      out.push(pick(['客户信息：', '用户资料如下：', 'customer info:']));
      out.push(`  姓名：${doc.E(NAME, p.name)}${chance(0.3) ? pick(['先生', '女士']) : ''}`);
      out.push(`  ${pick(['手机', '手机号', '联系电话'])}：${doc.E(MOB, p.mobile, fm(p.mobile, doc.mst))}`);
      if (chance(0.8)) out.push(`  ${pick(['身份证', '身份证号', '证件号'])}：${doc.E(RID, p.id)}`);
      if (chance(0.7)) out.push(`  ${pick(['银行卡', '卡号', '绑定卡'])}：${doc.E(CARD, p.card, fc(p.card, doc.cst))}（${p.bank}）`);
      if (chance(0.45)) out.push(`  邮箱：${val(doc, p, 'email')}`);
      if (chance(0.15)) out.push(`  座机：${doc.E(LAND, p.land, p.landRaw)}`);
    }
  } else {
    out.push('从 Excel 复制的问题客户：', ['姓名', '手机', '身份证号', '卡号', '订单号'].join('\t'));
    for (const p of persons) out.push([doc.E(NAME, p.name), doc.E(MOB, p.mobile), doc.E(RID, p.id), doc.E(CARD, p.card), doc.X('order_no', orderNo())].join('\t'));
  }
  out.push(`问题描述：${doc.X('surname_word', pick(PHRASES))}，客户称短信发到 ${doc.X('masked_mobile', maskMobile(persons[0].mobile))}，订单号 ${doc.X('order_no', orderNo())}。`);
  const nc = rint(1, 3);
  for (let i = 0; i < nc; i++) {
    const s = doc.D(NAME, pick(staff)), when = fmtTs(randTs(), jira ? 'jira' : 'min');
    out.push('', jira ? `${s} added a comment - ${when}` : `评论 #${i + 1}  ${s}  ${when}`);
    out.push(pick([
      () => `${doc.X('mention', mention())} 查了日志 traceId=${doc.X('trace_id', traceId())}，银行返回「卡号与户名不符」`,
      () => `已重置，请客户重试。卡号 ${doc.X('masked_card', maskCard(persons[0].card))} 已解绑。`,
      () => `对应 userId ${doc.X('user_id', userId())}，风控规则 ${doc.X('version', version())} 命中，已加白。`,
      () => `${doc.X('mention', mention())} 身份证 ${doc.X('masked_id', maskId(persons[0].id))} 的核验记录见附件，流水 ${doc.X('order_no', orderNo())}`,
      () => `快递单号 ${doc.X('tracking_no', tracking())} 已签收，退款 ${doc.X('amount', amount())} 元预计 ${doc.X('surname_word', pick(['周一到账', '周五前到账', '马上处理']))}`,
    ])());
  }
  return out.join('\n') + '\n';
};

const STACK = {
  dup(doc) {
    const p = genPerson(doc), f = pick(['mobile', 'id_card', 'email']);
    const raw = f === 'mobile' ? doc.E(MOB, p.mobile) : f === 'id_card' ? doc.E(RID, p.id) : doc.E(EMAIL, p.email.toLowerCase(), p.email);
    if (f === 'email' && p.emailMobile) doc.E(MOB, p.mobile, p.mobile);
    const msg = `Duplicate entry '${raw}' for key 't_customer.uk_${f}'`;
    return [`${fmtTs(randTs(), 'log')} ERROR [${THREAD()}] [${doc.X('trace_id', traceId())}] c.a.c.service.impl.CustomerServiceImpl - 新增客户失败, name=${doc.E(NAME, p.name)}`,
      'org.springframework.dao.DuplicateKeyException: ', `### Error updating database.  Cause: java.sql.SQLIntegrityConstraintViolationException: ${msg}`,
      '### The error may exist in file [/app/BOOT-INF/classes/mapper/CustomerMapper.xml]', '### The error occurred while setting parameters',
      `### SQL: INSERT INTO t_customer (id, real_name, ${f}, create_time) VALUES (?, ?, ?, ?)`, `### Cause: java.sql.SQLIntegrityConstraintViolationException: ${msg}`,
      `; ${msg}; nested exception is java.sql.SQLIntegrityConstraintViolationException: ${msg}`,
      '\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:247)',
      '\tat org.mybatis.spring.MyBatisExceptionTranslator.translateExceptionIfPossible(MyBatisExceptionTranslator.java:91)',
      `\tat com.acme.crm.service.impl.CustomerServiceImpl.create(CustomerServiceImpl.java:${rint(40, 400)})`, `\t... ${rint(40, 120)} common frames omitted`].join('\n');
  },
  biz(doc) {
    const p = genPerson(doc), cols = [{ f: 'uid', key: 'id' }, { f: 'name', key: 'realName' }, { f: 'id', key: 'idCard' }, { f: 'mobile', key: 'mobile' }];
    if (chance(0.6)) cols.push({ f: 'card', key: 'bankCardNo' });
    if (chance(0.3)) cols.push({ f: 'email', key: 'email' });
    const rec = recObj(doc, p, cols, {});
    return [`${fmtTs(randTs(), 'log')} WARN [${THREAD()}] c.a.kyc.RealNameVerifyService - verify failed`,
      `com.acme.common.exception.BizException: 实名认证失败[code=${rint(30001, 30099)}]: ${pick(['CustomerDTO', 'VerifyReq'])}(${Object.entries(rec).map(([k, x]) => `${k}=${plain(x)}`).join(', ')})`,
      `\tat com.acme.kyc.RealNameVerifyService.verify(RealNameVerifyService.java:${rint(30, 300)})`, `\tat com.acme.kyc.RealNameVerifyService$$EnhancerBySpringCGLIB$$${doc.X('hex_hash', hexs(8))}.verify(<generated>)`,
      `\tat com.acme.kyc.web.KycController.submit(KycController.java:${rint(30, 200)})`].join('\n');
  },
  jackson(doc) {
    const p = genPerson(doc), raw = doc.E(CARD, p.card, fc(p.card, pick(['sp4', 'bare', 'dash4'])));
    const body = `{"realName":"${doc.E(NAME, p.name)}","bankCardNo":"${raw}","mobile":"${doc.E(MOB, p.mobile)}"}`;
    return [`${fmtTs(randTs(), 'log')} INFO [${THREAD()}] c.a.p.gateway.filter.AccessLogFilter - POST /api/bind-card body=${body}`,
      `${fmtTs(randTs(), 'log')} WARN [${THREAD()}] o.s.w.s.m.s.DefaultHandlerExceptionResolver - Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type \`java.lang.Long\` from String "${raw}": not a valid \`java.lang.Long\` value; nested exception is com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type \`java.lang.Long\` from String "${raw}": not a valid \`java.lang.Long\` value`,
      ` at [Source: (org.springframework.util.StreamUtils$NonClosingInputStream); line: 1, column: ${rint(20, 90)}] (through reference chain: com.acme.pay.dto.BindCardReq["bankCardNo"])]`].join('\n');
  },
  python(doc) {
    const p = genPerson(doc), cols = [{ f: 'name', key: 'name' }, { f: 'id', key: 'id_no' }, { f: 'mobile', key: 'mobile' }];
    if (chance(0.4)) cols.push({ f: 'email', key: 'email' });
    const rec = recObj(doc, p, cols, {}); rec.req_id = doc.X('uuid', uuid());
    return ['Traceback (most recent call last):', `  File "/srv/crm/app/tasks/sync.py", line ${rint(20, 200)}, in sync_customer`, '    resp = client.verify(**payload)',
      `  File "/srv/crm/app/clients/idv.py", line ${rint(20, 120)}, in verify`, '    raise VerifyError(f"三要素核验失败: {payload}")',
      `app.clients.idv.VerifyError: 三要素核验失败: ${pyRepr(rec)}`].join('\n');
  },
  npe(doc) {
    const p = genPerson(doc);
    return [`${fmtTs(randTs(), 'log')} ERROR [${THREAD()}] [custId=${doc.X('snowflake_id', snowflake())}, mobile=${doc.E(MOB, p.mobile)}, traceId=${doc.X('trace_id', traceId())}] c.a.crm.job.SyncJob - 同步客户 ${doc.E(NAME, p.name)} 失败`,
      'java.lang.NullPointerException: Cannot invoke "String.length()" because "email" is null', `\tat com.acme.crm.util.MaskUtil.maskEmail(MaskUtil.java:${rint(10, 90)})`,
      `\tat com.acme.crm.job.SyncJob.run(SyncJob.java:${rint(30, 300)})`, '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)'].join('\n');
  },
  feign(doc) {
    const p = genPerson(doc);
    return [`feign.FeignException$BadRequest: [400 Bad Request] during [POST] to [http://idv-service/api/verify] [IdvClient#verify(VerifyReq)]: [{"code":"E1003","msg":"身份证号与姓名不匹配","data":{"name":"${doc.E(NAME, p.name)}","idNo":"${doc.E(RID, p.id)}","seq":"${doc.X('order_no', orderNo())}"}}]`,
      '\tat feign.FeignException.clientErrorStatus(FeignException.java:213)', `\tat com.acme.kyc.client.IdvClient.verify(Unknown Source)`].join('\n');
  },
};
B.stacktrace = (doc) => { docStyles(doc, {}); const k = rint(1, 3), out = []; for (let i = 0; i < k; i++) out.push(STACK[pick(Object.keys(STACK))](doc)); return out.join('\n\n') + '\n'; };

function badId(doc) { return doc.X('invalid_id', safe(() => { const p = genId(rint(1960, 2000), rint(1, 12), rint(1, 28), chance(0.5)); return p.slice(0, 17) + pick('0123456789X'.replace(p[17], '').split('')); })); }
function badDateId(doc) { return doc.X('invalid_id', safe(() => { const b = pick(REGIONS) + rint(1960, 2000) + pick(['1301', '0230', '0000', '1132']) + pad(rint(1, 999), 3); return b + idCheck(b); })); }
function badCard(doc) { return doc.X('invalid_card', safe(() => { const [c] = genCard(); return c.slice(0, -1) + ((+c.slice(-1) + rint(1, 9)) % 10); })); }
B.testcode = (doc) => {
  docStyles(doc, { json: true }); doc.mst = 'bare'; doc.cst = 'bare';
  const lang = pick(['py', 'js', 'java']), n = sizeOf('mid') > 12 ? rint(8, 15) : sizeOf('mid');
  const fs = ['name', 'mobile', ...['id', 'card', 'email'].filter(() => chance(0.65))];
  const persons = Array.from({ length: n }, () => genPerson(doc));
  const recs = persons.map((p) => fs.map((f) => [f, val(doc, p, f, {}, [{ f: 'name' }])]));
  const K = { py: { name: 'name', mobile: 'mobile', id: 'id_card', card: 'bank_card', email: 'email' }, js: { name: 'realName', mobile: 'mobile', id: 'idCard', card: 'bankCardNo', email: 'email' }, java: { name: 'realName', mobile: 'mobile', id: 'idCard', card: 'bankCardNo', email: 'email' } }[lang];
  const neg = [pick(TEST_MOBILES), badId(doc), chance(0.5) ? badDateId(doc) : badCard(doc), chance(0.5) ? doc.X('invalid_email', pick(['zhangwei@', 'abc@@163.com', 'not-an-email', 'lisi#qq.com'])) : badCard(doc)];
  doc.X('test_placeholder', neg[0]);
  const demo = chance(0.5) ? [doc.D(MOB, pick(DEMO.mobile)), doc.D(RID, DEMO.id[0]), doc.D(NAME, pick(DEMO.name))] : null;
  const masked = doc.X('masked_mobile', persons[0].mobile.slice(0, 3) + '****' + persons[0].mobile.slice(7));
  const out = [];
  if (lang === 'py') {
    out.push('import pytest', 'from crm.validators import is_valid_id_card, is_valid_mobile', 'from crm.utils import mask_mobile', '', 'CUSTOMERS = [');
    for (const r of recs) out.push('    {' + r.map(([f, v]) => `"${K[f]}": "${v}"`).join(', ') + '},');
    out.push(']', '', '', '@pytest.mark.parametrize("value", [' + neg.map((x) => `"${x}"`).join(', ') + '])', 'def test_rejects_invalid(value):', '    assert not is_valid_id_card(value) and not is_valid_mobile(value)', '');
    out.push('def test_mask():', `    assert mask_mobile(CUSTOMERS[0]["mobile"]) == "${masked}"`);
    if (demo) out.push('', 'def test_demo_values():', `    assert is_valid_mobile("${demo[0]}")`, `    assert is_valid_id_card("${demo[1]}")  # GB 11643 example`, `    assert make_customer(name="${demo[2]}").name == "${demo[2]}"`);
  } else if (lang === 'js') {
    out.push(`import { isValidIdCard, isValidMobile, maskMobile } from '${doc.X('npm_scope', pick(['@acme/kyc-utils', '@acme/validators', '@crm/shared']))}';`, '', 'const customers = [');
    for (const r of recs) out.push('  { ' + r.map(([f, v]) => `${K[f]}: '${v}'`).join(', ') + ' },');
    out.push('];', '', "describe('validators', () => {", "  test.each(customers)('accepts $realName', (c) => {", '    expect(isValidMobile(c.mobile)).toBe(true);', '  });');
    out.push(`  test.each([${neg.map((x) => `'${x}'`).join(', ')}])('rejects %s', (v) => {`, '    expect(isValidIdCard(v) || isValidMobile(v)).toBe(false);', '  });');
    out.push(`  it('masks', () => expect(maskMobile(customers[0].mobile)).toBe('${masked}'));`);
    if (demo) out.push(`  it('demo', () => { expect(isValidMobile('${demo[0]}')).toBe(true); expect(isValidIdCard('${demo[1]}')).toBe(true); expect(greet('${demo[2]}')).toMatch(/${demo[2]}/); });`);
    out.push('});');
  } else {
    out.push('package com.acme.crm.service;', '', 'import org.junit.jupiter.api.Test;', 'import static org.junit.jupiter.api.Assertions.*;', '', 'class CustomerServiceTest {', '    private static final List<Customer> CUSTOMERS = List.of(');
    out.push(recs.map((r) => '        Customer.builder()' + r.map(([f, v]) => `.${K[f]}("${v}")`).join('') + '.build()').join(',\n'));
    out.push('    );', '', '    @Test', '    void rejectsInvalidValues() {');
    for (const x of neg) out.push(`        assertFalse(Validators.isValid("${x}"));`);
    out.push('    }', '', '    @Test', `    void masksMobile() { assertEquals("${masked}", MaskUtil.mobile(CUSTOMERS.get(0).getMobile())); }`);
    if (demo) out.push('', '    @Test', `    void demo() { assertTrue(Validators.isMobile("${demo[0]}")); assertTrue(Validators.isIdCard("${demo[1]}")); assertEquals("${demo[2]}", service.create("${demo[2]}").getName()); }`);
    out.push('}');
  }
  return out.join('\n') + '\n';
};

B.curl = (doc) => {
  docStyles(doc, { json: true });
  const k = rint(1, 4), out = [], base = chance(0.5) ? `http://${doc.X('ip', ip())}:${pick([8080, 8081, 9000])}` : `https://${pick(['api-test', 'gw-uat', 'crm-dev'])}.acme-inner.com`;
  for (let i = 0; i < k; i++) {
    const p = genPerson(doc), v = pick(['post', 'post', 'get', 'chrome']);
    const body = () => ser(recObj(doc, p, pickSchema(doc, 'camel').filter((c) => !['pwd', 'uid', 'autoId'].includes(c.f)), { json: true }), false);
    if (v === 'get') {
      out.push(`curl -s "${base}/api/v1/customer?mobile=${doc.E(MOB, p.mobile)}&idCard=${doc.E(RID, p.id)}&ts=${doc.X('epoch_ms', epochMs())}" -H "X-Request-Id: ${doc.X('uuid', uuid())}" | jq .`);
    } else if (v === 'post') {
      out.push(`curl -X POST '${base}/api/v1/customer/register' \\`, "  -H 'Content-Type: application/json' \\", `  -H 'Authorization: Bearer ${doc.X('jwt', jwt())}' \\`, `  -d '${body()}'`);
    } else {
      out.push(`curl '${base}/member/kyc/submit' \\`, `  -H 'accept: application/json, text/plain, */*' \\`, `  -H 'cookie: JSESSIONID=${doc.X('session_id', safe(() => hexs(32).toUpperCase()))}; uid=${doc.X('user_id', userId())}' \\`, `  -H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/${doc.X('version', `${rint(110, 126)}.0.${rint(4000, 6500)}.${rint(10, 200)}`)} Safari/537.36' \\`, `  --data-raw '${body()}' \\`, '  --compressed');
    }
    if (chance(0.6)) out.push(`{"code":0,"msg":"ok","data":{"customerId":${doc.X('snowflake_id', snowflake())},"mobile":"${doc.X('masked_mobile', maskMobile(p.mobile))}"}}`);
    out.push('');
  }
  return out.join('\n');
};

const hexBytes = (s) => [...Buffer.from(s, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : '\\x' + b.toString(16))).join('');
B.redis = (doc) => {
  docStyles(doc, {}); doc.mst = 'bare'; doc.cst = 'bare';
  const host = doc.X('ip', ip()), db = rint(0, 15), prompt = `${host}:6379${db ? `[${db}]` : ''}>`, k = sizeOf('small') + (chance(0.3) ? rint(2, 8) : 0);
  const mode = pick(['raw', 'raw', 'escaped', 'json']), out = [`$ redis-cli -h ${host} -p 6379${db ? ` -n ${db}` : ''}${mode === 'raw' ? ' --raw' : ''}`];
  const cols = pickSchema(doc, pick(['camel', 'snake'])).filter((c) => !['uid', 'autoId'].includes(c.f) && !(mode === 'escaped' && ['nickname', 'operator', 'remark'].includes(c.f)));
  for (let i = 0; i < k; i++) {
    const p = genPerson(doc), key = `${pick(['crm:customer:', 'member:info:', 'kyc:session:'])}${doc.X('snowflake_id', snowflake())}`;
    if (mode === 'json') {
      out.push(`${prompt} GET ${key}`, JSON.stringify(ser(recObj(doc, p, cols, { json: true }), false)));
    } else {
      out.push(`${prompt} HGETALL ${key}`);
      let j = 1;
      for (const c of cols) {
        let v;
        if (mode === 'escaped' && c.f === 'name') v = doc.D(NAME, p.name, hexBytes(p.name));
        else { v = val(doc, p, c.f, {}, cols); if (v === null) continue; v = plain(v); if (mode === 'escaped' && /[^\x00-\x7f]/.test(v)) v = hexBytes(v); }
        if (mode === 'raw') out.push(c.key, v); else out.push(`${String(j++).padStart(2)}) "${c.key}"`, `${String(j++).padStart(2)}) "${v}"`);
      }
    }
    if (chance(0.3)) out.push(`${prompt} TTL ${key}`, mode === 'raw' ? String(rint(60, 86400)) : `(integer) ${rint(60, 86400)}`);
  }
  return out.join('\n') + '\n';
};

B.kafka = (doc) => {
  docStyles(doc, { json: true });
  const n = sizeOf('big'), v = pick(['console', 'kcat', 'debezium']), cols = pickSchema(doc, pick(['camel', 'snake'])), broker = doc.X('ip', ip()), topic = pick(['crm.customer.changed', 'member-sync', 'kyc.result', 'dbserver1.crm.t_customer']);
  const out = [];
  if (v === 'console') out.push(`$ bin/kafka-console-consumer.sh --bootstrap-server ${broker}:9092 --topic ${topic} --from-beginning --property print.timestamp=true --property print.key=true --property print.offset=true`);
  else if (v === 'kcat') out.push(`$ kcat -b ${broker}:9092 -t ${topic} -C -f 'p=%p o=%o k=%k %s\\n'`);
  else out.push(`$ bin/kafka-console-consumer.sh --bootstrap-server ${broker}:9092 --topic ${topic} --max-messages ${n}`);
  let off = rint(0, 90000);
  for (const p of prepPersons(doc, cols, n)) {
    const rec = recObj(doc, p, cols, { json: true }), key = v === 'debezium' ? '' : doc.X('snowflake_id', snowflake());
    if (v === 'debezium') {
      out.push(ser({ before: null, after: rec, source: { version: doc.X('version', `${rint(1, 2)}.${rint(0, 9)}.${rint(0, 5)}.Final`), connector: 'mysql', name: 'dbserver1', ts_ms: new N(doc.X('epoch_ms', epochMs())), db: 'crm', table: 't_customer', server_id: new N(1), file: `mysql-bin.${pad(rint(1, 999), 6)}`, pos: new N(rint(1000, 999999)) }, op: 'c', ts_ms: new N(doc.X('epoch_ms', epochMs())) }, false));
    } else {
      const msg = ser({ eventId: doc.X('uuid', uuid()), eventType: pick(['CUSTOMER_CREATED', 'CUSTOMER_UPDATED', 'KYC_PASSED']), occurredAt: new N(doc.X('epoch_ms', epochMs())), payload: rec }, false);
      out.push(v === 'console' ? `CreateTime:${doc.X('epoch_ms', epochMs())}\tOffset:${off++}\t${key}\t${msg}` : `p=${rint(0, 11)} o=${off++} k=${key} ${msg}`);
    }
  }
  out.push(v === 'kcat' ? `% Reached end of topic ${topic} [0] at offset ${off}` : `Processed a total of ${n} messages`);
  return out.join('\n') + '\n';
};

B.masked = (doc) => {
  docStyles(doc, { json: true });
  const n = sizeOf('mid'), leak = chance(0.45) ? pick(['email', 'mobile', 'card', 'name']) : null, json = chance(0.5), out = [];
  for (let i = 0; i < n; i++) {
    const p = genPerson(doc), t = randTs();
    const f = { name: doc.X('masked_name', maskName(p.name)), mobile: doc.X('masked_mobile', maskMobile(p.mobile)), idCard: doc.X('masked_id', maskId(p.id)), bankCardNo: doc.X('masked_card', maskCard(p.card)) };
    if (chance(0.4)) f.email = doc.X('masked_email', maskEmail(p.email));
    f.orderNo = doc.X('order_no', orderNo());
    if (chance(0.3)) { const im = chance(0.5); f[im ? 'deviceId' : 'iccid'] = doc.X(im ? 'imei' : 'iccid', im ? imei() : iccid()); }
    if (chance(0.2)) f.txnNo = doc.X('digit_run', safe(() => '9' + digits(rint(2, 5)) + genMobile() + digits(rint(2, 5))));
    if (chance(0.2)) f.express = doc.X('tracking_no', tracking());
    if (leak && i === rint(0, n - 1)) {
      if (leak === 'email') f.rawEmail = doc.E(EMAIL, p.email.toLowerCase(), p.email);
      if (leak === 'mobile') f.contactPhone = doc.E(MOB, p.mobile);
      if (leak === 'card') f.payCardNo = doc.E(CARD, p.card);
      if (leak === 'name') f.holderName = doc.E(NAME, p.name);
      if (leak === 'email' && p.emailMobile) doc.E(MOB, p.mobile, p.mobile);
    }
    const tid = doc.X('trace_id', traceId());
    if (json) out.push(ser({ ts: new N(doc.X('epoch_ms', String(t))), level: 'INFO', traceId: tid, ...f, tokenHash: doc.X('sha1_hash', sha1()) }, false));
    else out.push(`${fmtTs(t, 'log')} INFO [${THREAD()}] [${tid}] c.a.crm.aop.DesensitizeAspect - ${Object.entries(f).map(([k, x]) => `${k}=${x}`).join(', ')} gitCommit=${doc.X('git_sha', gitSha())}`);
  }
  return out.join('\n') + '\n';
};

// ---------------------------------------------------------------- self-check
const VALID = {
  [RID]: (v) => /^\d{17}[\dX]$/.test(v), [MOB]: (v) => /^1[3-9]\d{9}$/.test(v), [LAND]: (v) => /^(0\d{9,11}|[48]00\d{7})$/.test(v),
  [EMAIL]: (v) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(v), [CARD]: (v) => /^\d{16,19}$/.test(v),
  [USCC]: (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v), [PASS]: (v) => /^[A-Z0-9]{8,10}$/.test(v),
  [NAME]: (v) => /^[\u4e00-\u9fa5]{2,4}$|^[\u4e00-\u9fa5]{2,8}·[\u4e00-\u9fa5]{2,8}$/.test(v),
};
const STRICT = {
  [RID]: looksId18, [MOB]: mobileOk, [CARD]: (v) => luhnOk(v), [USCC]: (v) => usccOk(v) && gb11714(v.slice(8, 16)) === v[16],
  [LAND]: (v) => AREAS.some(([a, n]) => v.startsWith(a) && v.length === a.length + n), [EMAIL]: () => true, [PASS]: (v) => /^E(\d{8}|[A-HJ-NP-Z]\d{7})$/.test(v), [NAME]: () => true,
};
function checkDoc(d) {
  const errs = [], t = d.text;
  const labels = [...d.ents.values(), ...d.dcs.values()];
  for (const [i, e] of [...d.ents.values()].entries()) if (!VALID[e.detector](e.value) || !STRICT[e.detector](e.value)) errs.push(`entity ${i} invalid ${e.detector} ${e.value}`);
  for (const e of d.dcs.values()) if (!VALID[e.detector](e.value)) errs.push(`dontCare invalid ${e.detector} ${e.value}`);
  for (const e of labels) for (const r of e.raws) if (!t.includes(r)) errs.push(`raw missing ${e.detector} ${r}`);
  for (const k of d.ents.keys()) if (d.dcs.has(k)) errs.push(`entity/dontCare overlap ${k}`);
  for (const x of d.decs.values()) {
    if (!t.includes(x.text)) errs.push(`decoy missing ${x.text}`);
    if (!decoySafe(x.text)) errs.push(`decoy detectable ${x.kind} ${x.text}`);
    for (const e of labels) {
      if (x.text.includes(e.value)) errs.push(`decoy ${x.text} contains ${e.value}`);
      for (const r of e.raws) if (x.text.includes(r)) errs.push(`decoy ${x.text} contains raw ${r}`);
    }
  }
  // unlabelled scan: every standalone valid mobile / ID / card / e-mail must be labelled (or inside a decoy for e-mail traps)
  const lab = new Set(labels.map((e) => e.value));
  for (const e of labels) for (const r of e.raws) lab.add(r.toUpperCase());
  for (const m of t.matchAll(/\d+[Xx]?/g)) {
    const r = m[0].toUpperCase(), L = r.length;
    if ((L === 11 && mobileOk(r)) || (L === 18 && looksId18(r)) || (L >= 16 && L <= 19 && cardLike(r))) if (!lab.has(r) && ![...lab].some((x) => x.includes(r))) errs.push(`unlabelled value ${r}`);
  }
  const decTexts = [...d.decs.keys()];
  for (const m of t.matchAll(EMAIL_RE)) {
    const v = m[0].toLowerCase();
    if (lab.has(v) || decTexts.some((x) => x.includes(m[0]))) continue;
    if ([...lab].some((x) => x.toLowerCase().endsWith(v) || v.endsWith(x.toLowerCase()))) continue;
    errs.push(`unlabelled email ${m[0]}`);
  }
  return errs;
}

// ---------------------------------------------------------------- main
const PLAN = { jsonlog: 24, plainlog: 22, sqldump: 22, apijson: 24, yamlfix: 18, props: 15, csvexport: 22, wikitable: 18, ticket: 22, stacktrace: 20, testcode: 20, curl: 18, redis: 16, kafka: 18, masked: 20 };
const docs = []; let retries = 0;
for (const [kind, count] of Object.entries(PLAN)) {
  for (let i = 1; i <= count; i++) {
    let d, errs;
    for (let a = 0; ; a++) {
      d = new Doc(kind); d.text = B[kind](d); d.finalize(); errs = checkDoc(d);
      if (!errs.length) break;
      retries++;
      if (a > 30) { console.error(`cannot build ${kind}-${i}:`, errs.slice(0, 5)); process.exit(1); }
    }
    d.id = `dv-${kind}-${pad(i, 3)}`; docs.push(d);
  }
}
// final self-check over the whole corpus
const failures = [];
for (const d of docs) for (const e of checkDoc(d)) failures.push(`${d.id}: ${e}`);
const perKind = {}, perDet = {}, perDc = {}, perDecoy = {};
let nEnt = 0, nDec = 0;
const lines = [];
for (const d of docs) {
  perKind[d.kind] = (perKind[d.kind] || 0) + 1;
  const entities = [...d.ents.values()].map((e) => ({ detector: e.detector, value: e.value }));
  const dontCare = [...d.dcs.values()].map((e) => ({ detector: e.detector, value: e.value }));
  const decoys = [...d.decs.values()].map((x) => ({ kind: x.kind, text: x.text }));
  for (const e of entities) perDet[e.detector] = (perDet[e.detector] || 0) + 1;
  for (const e of dontCare) perDc[e.detector] = (perDc[e.detector] || 0) + 1;
  for (const x of decoys) perDecoy[x.kind] = (perDecoy[x.kind] || 0) + 1;
  nEnt += entities.length; nDec += decoys.length;
  lines.push(JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities, dontCare, decoys }));
}
if (docs.length < 250) failures.push(`only ${docs.length} documents`);
for (const det of [NAME, MOB, RID, CARD, EMAIL]) if ((perDet[det] || 0) < 300) failures.push(`only ${perDet[det] || 0} ${det} entities`);
if (nDec < nEnt) failures.push(`decoys ${nDec} < entities ${nEnt}`);
if (new Set(docs.map((d) => d.id)).size !== docs.length) failures.push('duplicate ids');
writeFileSync(OUT, lines.join('\n') + '\n');
const sortObj = (o) => Object.entries(o).sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${k.padEnd(18)} ${v}`).join('\n');
console.log(`wrote ${docs.length} documents to ${OUT} (${retries} regenerations during build)`);
console.log('documents per kind:\n' + sortObj(perKind));
console.log(`entities per detector (total ${nEnt}):\n` + sortObj(perDet));
console.log('dontCare per detector:\n' + sortObj(perDc));
console.log(`decoys per kind (total ${nDec}):\n` + sortObj(perDecoy));
if (failures.length) { console.error(`SELF-CHECK FAILED (${failures.length}):\n` + failures.slice(0, 40).join('\n')); process.exit(1); }
console.log('self-check: OK');
