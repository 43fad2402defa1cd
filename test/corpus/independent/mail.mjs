#!/usr/bin/env node
/**
 * mail.mjs — independent labelled test corpus for listguard, theme "mail" (id prefix "ml").
 *
 * Customer data as it travels in e-mail bodies, as a mail filter sees them after MIME
 * decoding: customer lists forwarded to private mailboxes, quoted replies (">" / ">>"),
 * Outlook "-----原始邮件-----" blocks, Foxmail / 网易 / QQ邮箱 forwarding headers,
 * signatures, auto-replies, mailing-list digests, HTML mails flattened to text (cells on
 * separate lines, &nbsp; leftovers, mailto: links), tab / space column pastes, complaints,
 * CVs, bulk To/Cc lists, display names, Chinese/English mixed. Decoys: message-ids, ticket,
 * order, tracking and invoice numbers, dates, hotlines (400- / 95xxx), masked values,
 * meeting ids, content-ids, image file names, git remotes, timestamps …
 *
 * Usage:   node mail.mjs OUT.jsonl
 * Output:  one JSON object per line
 *   {"id":"ml-<kind>-<n>","kind":"<kind>","text":"...",
 *    "entities":[{"detector","value"}],   // must be reported (unique per doc)
 *    "dontCare":[{"detector","value"}],   // either answer is fine
 *    "decoys":[{"kind","text"}]}          // must NOT be reported under any detector id
 * Normalisation of values: cn_resident_id 18 chars, upper-case X (15-digit legacy numbers
 * upgraded); cn_mobile 11 digits, no +86; cn_landline digits incl. leading 0 and area code,
 * no separators, no extension; email lower-case (full-width ＠ folded); bank_card digits;
 * cn_passport / cn_uscc upper-case; person_name_zh as written without spaces or titles.
 * All data synthetic and deterministic (mulberry32, fixed seed); checksums valid.
 * A self-check runs at the end and exits 1 on any failure.
 *
 * Written in session 24 by a helper that never read src/, rules/ or test/, from cn-formats.md and DESIGN.md only.
 */
import { writeFileSync } from 'node:fs';

// ------------------------------------------------------------------ PRNG & helpers
function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(0x6d1a1024);
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const pickF = (fns) => pick(fns)(); // lazy choice: only the chosen branch registers labels
const chance = (p) => rnd() < p;
const pad = (n, w = 2) => String(n).padStart(w, '0');
const digits = (n) => Array.from({ length: n }, () => ri(0, 9)).join('');
const hexU = (n) => Array.from({ length: n }, () => '0123456789ABCDEF'[ri(0, 15)]).join('');
const alnum = (n, set = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') =>
  Array.from({ length: n }, () => set[ri(0, set.length - 1)]).join('');
const shuffle = (a) => { a = a.slice(); for (let i = a.length - 1; i > 0; i--) { const j = ri(0, i); [a[i], a[j]] = [a[j], a[i]]; } return a; };
const fw = (s) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const words = (s) => s.trim().split(/\s+/);
const pairs = (s) => words(s).map((t) => { const m = t.match(/^([^a-z]+)([a-z]+)$/); return [m[1], m[2]]; });
const dw = (s) => [...s].reduce((n, ch) => n + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);
const padW = (s, w) => s + ' '.repeat(Math.max(1, w - dw(s)));
const quote = (s, p = '> ') => s.split('\n').map((l) => (l ? p + l : p.trimEnd())).join('\n');

// ------------------------------------------------------------------ check algorithms
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const idCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += +b[i] * ID_W[i]; return '10X98765432'[s % 11]; };
function luhnOk(n) { let s = 0, dbl = false; for (let i = n.length - 1; i >= 0; i--) { let x = +n[i]; if (dbl) { x *= 2; if (x > 9) x -= 9; } s += x; dbl = !dbl; } return s % 10 === 0; }
const luhnDigit = (body) => { for (let c = 0; c < 10; c++) if (luhnOk(body + c)) return String(c); };
const UA = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const US_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const usccCheck = (b) => { let s = 0; for (let i = 0; i < 17; i++) s += UA.indexOf(b[i]) * US_W[i]; return UA[(31 - (s % 31)) % 31]; };
const ORG_W = [3, 7, 9, 10, 5, 8, 4, 2];
const orgCheck = (b) => { let s = 0; for (let i = 0; i < 8; i++) { const c = b[i]; s += (/\d/.test(c) ? +c : c.charCodeAt(0) - 55) * ORG_W[i]; } const c = 11 - (s % 11); return c === 10 ? 'X' : c === 11 ? '0' : String(c); };
const S10_W = [8, 6, 4, 2, 3, 5, 9, 7];
const s10 = (b) => { let s = 0; for (let i = 0; i < 8; i++) s += +b[i] * S10_W[i]; const c = 11 - (s % 11); return c === 10 ? '0' : c === 11 ? '5' : String(c); };

// ------------------------------------------------------------------ reference data
const REGIONS = words(`110101 110102 110105 110106 110108 110114 120101 120104 130102 130104 140105 140106 150102
  210102 210203 220102 230102 310101 310104 310105 310110 310115 320102 320106 320583 330102 330106 330203 340102
  350102 350203 360102 370102 370202 410102 410105 420102 420106 430102 430104 440103 440104 440106 440304 440305
  440306 450102 460105 500103 500106 510104 510107 520102 530102 540102 610102 610113 620102 630102 640104 650102`);
const PROVINCES = new Set(words('11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'));
const MOB_PFX = words(`130 131 132 133 134 135 136 137 138 139 130 131 132 135 136 137 138 139 145 147 150 151 152 153 155
  156 157 158 159 150 151 152 158 159 162 165 166 167 170 171 173 175 176 177 178 180 181 182 183 184 185 186 187 188
  189 180 186 187 188 189 190 191 192 193 195 196 197 198 199 199 198`);
const DEMO_MOBILES = new Set(['13800138000', '13912345678', '18888888888']);
const BINS = [['622202', 19], ['622848', 19], ['621700', 19], ['622700', 19], ['621226', 19], ['622588', 16], ['621483', 16],
  ['623058', 19], ['622262', 19], ['621661', 19], ['622155', 16], ['625966', 16], ['621799', 19], ['622908', 18], ['623668', 19],
  ['622609', 16], ['438088', 16], ['427020', 16], ['524094', 16], ['518710', 16], ['552599', 16], ['620522', 19], ['622760', 16]];
const SEVEN = new Set(['0931', '0592']); // areas with 7-digit subscriber numbers
const AREAS = words('010 020 021 022 023 024 025 027 028 029 0755 0571 0512 0532 0592 0731 0551 0371 0311 0431 0451 0871 0591 0769 0757 0931');
const SUR = pairs(`王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he
  高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao 田tian 董dong
  袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen 姚yao 卢lu 姜jiang 崔cui 钟zhong
  谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 付fu 方fang 白bai 邹zou 孟meng 熊xiong 秦qin 邱qiu 江jiang 尹yin
  薛xue 闫yan 段duan 雷lei 侯hou 龙long 史shi 黎li 贺he 顾gu 毛mao 郝hao 龚gong 邵shao 万wan 钱qian 严yan 覃qin 武wu 戴dai
  莫mo 孔kong 向xiang 汤tang 王wang 李li 张zhang 刘liu 陈chen 杨yang`);
const SUR2 = pairs('欧阳ouyang 上官shangguan 司马sima 诸葛zhuge 司徒situ 皇甫huangfu 令狐linghu 夏侯xiahou 慕容murong 尉迟yuchi');
const GIV = pairs(`伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao
  秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 玉yu 兰lan 萍ping 红hong 鹏peng 辉hui 俊jun 浩hao 宇yu 婷ting 雪xue 琳lin 晨chen
  欣xin 怡yi 佳jia 子zi 梓zi 涵han 轩xuan 博bo 思si 雨yu 嘉jia 睿rui 泽ze 晓xiao 建jian 国guo 志zhi 海hai 波bo 斌bin 凯kai
  颖ying 倩qian 丹dan 莉li 燕yan 慧hui 琴qin 荣rong 东dong 亮liang 峰feng 飞fei 鑫xin 昊hao 然ran 宁ning 媛yuan 彤tong 瑶yao
  悦yue 琪qi 璐lu 楠nan 帆fan 航hang 毅yi 坤kun 淑shu 兵bing 立li 成cheng 春chun 秋qiu 冬dong 振zhen 光guang 永yong 德de`);
const UY1 = pairs('买买提maimaiti 艾力aili 阿不都abudu 热合曼reheman 依明yiming 阿依古丽ayiguli 热依拉reyila 古丽娜gulina 帕提古丽patiguli 米热mire');
const UY2 = pairs('吐尔逊tuerxun 艾力aili 买买提maimaiti 阿不都abudu 卡德尔kadeer 司马义simayi 依明yiming 肉孜rouzi');
const EN_GIVEN = words('Kevin Lisa Amy Jack Tony Grace Eric Helen Vincent Cathy Leo Iris Jason Sophia Frank Cindy Peter Vivian Ryan Emma');
const FREE_DOM = words('qq.com 163.com 163.com 126.com sina.com foxmail.com gmail.com outlook.com hotmail.com yeah.net sohu.com aliyun.com 139.com sina.cn icloud.com qq.com 163.com');
const COMPANIES = [
  ['上海华信科技有限公司', 'huaxin-tech.com.cn', '021', '上海市浦东新区张江路88号华信大厦12楼'],
  ['北京中联数据服务有限公司', 'zldata.cn', '010', '北京市海淀区中关村大街27号中关村大厦8层'],
  ['深圳市腾达电子有限公司', 'tengda-elec.com', '0755', '深圳市南山区高新南一道9号'],
  ['杭州云启网络科技有限公司', 'yunqi.net.cn', '0571', '杭州市西湖区文三路478号'],
  ['广州市金辉贸易有限公司', 'jinhui-trade.com', '020', '广州市天河区体育西路103号维多利广场A座'],
  ['成都天府软件股份有限公司', 'tfsoft.com.cn', '028', '成都市武侯区天府大道中段1268号'],
  ['南京江宁智慧物流有限公司', 'jnlogistics.cn', '025', '南京市江宁区秣陵街道胜太路68号'],
  ['武汉光谷医疗器械有限公司', 'ggmed.com.cn', '027', '武汉市东湖新技术开发区光谷大道77号'],
  ['苏州恒远精密机械有限公司', 'hengyuan-pm.com', '0512', '苏州工业园区星湖街328号'],
  ['西安秦川汽车服务有限公司', 'qinchuan-auto.cn', '029', '西安市雁塔区科技路48号'],
  ['青岛海湾家居有限公司', 'haiwanhome.com', '0532', '青岛市市南区香港中路61号'],
  ['厦门鹭岛保险代理有限公司', 'ludaoins.com', '0592', '厦门市思明区鹭江道8号'],
  ['长沙星城教育咨询有限公司', 'xcedu.cn', '0731', '长沙市岳麓区麓山南路932号'],
  ['重庆渝信小额贷款有限公司', 'yuxindai.com', '023', '重庆市渝中区解放碑民权路28号'],
  ['兰州陇原农业发展有限公司', 'longyuan-agri.cn', '0931', '兰州市城关区东岗西路638号'],
].map(([cn, dom, area, addr]) => ({ cn, dom, area, addr }));
const TITLES = words('销售经理 客户经理 区域总监 人事专员 招聘主管 客服专员 财务主管 技术支持工程师 高级开发工程师 产品经理 运营专员 总经理助理 大客户经理 理赔专员 常务副总 市场总监');
const BRANCHES = words('中国工商银行上海张江支行 招商银行深圳南山支行 中国建设银行北京海淀支行 中国农业银行杭州西湖支行 中国银行广州天河支行 交通银行南京江宁支行 平安银行成都高新支行 中信银行武汉光谷支行 兴业银行厦门分行营业部 浦发银行苏州分行 邮储银行长沙岳麓支行 民生银行重庆渝中支行');
const PLACE_TRAPS = words('张家口 周口 黄山 王府井 李沧区 金华 马鞍山 石家庄 江门 常州 高新区 安庆 白银 万州 林芝');
const CITIES = words('北京 上海 广州 深圳 杭州 成都 武汉 南京 西安 重庆 苏州 天津 长沙 郑州 青岛 厦门 合肥 昆明 沈阳 大连');
const PRODUCTS = words('金卡理财 安心保 尊享年卡 企业版SaaS 家用净水器X3 智能门锁S2 宽带套餐 车险续保 留学咨询 装修套餐');
const NOTES = [['周一', '周一回访'], ['余额', '余额不足暂缓'], ['付款', '已付款'], ['关于', '关于续费已沟通'], ['方案', '方案已发'],
  ['金额', '金额待确认'], ['马上', '马上到期'], ['明天', '明天再联系'], ['成功', '成功签约'], ['任务', '任务已分配'], ['安全', '安全起见电话核实'],
  ['时间', '时间不方便改约'], ['常见', '常见问题已解答'], ['何时', '何时上门待定'], ['程序', '按程序补资料'], ['向来', '向来准时还款'], ['白天', '白天不接电话']];
const PLAIN_NOTES = words('意向强 已加微信 VIP 老客户 需上门 无 待跟进 已成交 —');
const SCHOOLS = words('华东理工大学 武汉大学 四川大学 西安电子科技大学 南京邮电大学 浙江工业大学 暨南大学 山东大学');
const MAJORS = words('计算机科学与技术 市场营销 会计学 软件工程 金融学 工商管理 英语');
const ROLE_LOCALS = words('service support hr sales info noreply no-reply finance kefu marketing cs it-helpdesk notice');
const SUBJECTS = words('客户名单 3月新增客户 回访名单（第2批） 客户资料核对 理财客户明细 【重要】VIP客户信息 客户开户资料 customer-list-Q2 待跟进客户 续费客户清单 逾期客户名单 资料补录');
const ISSUES = words('扣款失败 无法登录APP 发票没收到 想提前还款 要求上门安装 账单有误');

// ------------------------------------------------------------------ value generators
const USED = new Set();
const uniq = (f) => { for (;;) { const v = f(); if (!USED.has(v)) { USED.add(v); return v; } } };
function genBirth(y0 = 1955, y1 = 2003) { const y = ri(y0, y1), m = ri(1, 12); return { y, m, d: ri(1, new Date(Date.UTC(y, m, 0)).getUTCDate()) }; }
const genMobile = () => uniq(() => { const m = pick(MOB_PFX) + digits(8); return DEMO_MOBILES.has(m) ? 'x' : m; });
const genCard = () => uniq(() => { const [b, len] = pick(BINS); const body = b + digits(len - b.length - 1); return body + luhnDigit(body); });
const genLand = () => { const a = pick(AREAS); const s = uniq(() => String(ri(2, 8)) + digits(SEVEN.has(a) ? 6 : 7)); return { a, s, v: a + s }; };
const genPassport = () => uniq(() => (chance(0.5) ? 'E' + digits(8) : 'E' + pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + digits(7)));
const genUscc = (t = '91') => uniq(() => {
  const reg = pick(REGIONS); const r6 = chance(0.3) ? reg.slice(0, 4) + '00' : reg;
  const org = chance(0.6) ? 'MA' + alnum(6, '0123456789ABCDEFGHJKLMNPQRTUWXY') : digits(8);
  const b = t + r6 + org + orgCheck(org); return b + usccCheck(b);
});
function localParts(p) {
  const s = p.pys, g = p.pyg.join(''), gi = p.pyg.map((x) => x[0]).join(''), yy = String(p.birth.y).slice(2);
  return [s + g, s + '.' + g, g + '.' + s, s + g + yy, s + '_' + g, s[0] + gi + yy, s + g + pad(p.birth.m) + pad(p.birth.d), s + gi, g + s + ri(1, 99), s + g + p.birth.y];
}
function genEmail(p, dom) { return uniq(() => { const l = pick(localParts(p)); return (USED.has(l + '@' + dom) ? l + ri(2, 999) : l) + '@' + dom; }); }
function genPerson(o = {}) {
  const r = rnd(); const p = {};
  if (r < 0.015) {
    const [a, ap] = pick(UY1), [b, bp] = pick(UY2); if (a === b) return genPerson(o);
    Object.assign(p, { name: a + '·' + b, sur: a, given: [b], pys: bp, pyg: [ap], minority: true });
  } else {
    const [s, sp] = r < 0.045 ? pick(SUR2) : pick(SUR);
    const gs = chance(0.3) ? [pick(GIV)] : [pick(GIV), pick(GIV)];
    if (gs.length === 2 && gs[0][0] === gs[1][0] && chance(0.7)) gs.pop();
    Object.assign(p, { name: s + gs.map((x) => x[0]).join(''), sur: s, given: gs.map((x) => x[0]), pys: sp, pyg: gs.map((x) => x[1]) });
  }
  p.birth = genBirth(o.y0, o.y1);
  const body = uniq(() => pick(REGIONS) + p.birth.y + pad(p.birth.m) + pad(p.birth.d) + pad(ri(0, 999), 3));
  p.id = body + idCheck(body);
  if (p.birth.y < 2000) p.legacy = body.slice(0, 6) + body.slice(8, 17);
  p.gender = +body[16] % 2 ? '男' : '女';
  p.mobile = genMobile(); p.card = genCard(); p.land = genLand(); p.passport = genPassport();
  p.email = genEmail(p, pick(FREE_DOM));
  p.en = pick(EN_GIVEN) + ' ' + p.pys[0].toUpperCase() + p.pys.slice(1);
  return p;
}
for (const c of COMPANIES) {
  const s8 = SEVEN.has(c.area) ? 6 : 7;
  c.sw = { a: c.area, s: '8' + digits(s8 - 3) + '000', v: '' }; c.sw.v = c.sw.a + c.sw.s;
  c.fax = { a: c.area, s: c.sw.s.slice(0, -3) + '099', v: '' }; c.fax.v = c.fax.a + c.fax.s;
  c.hotline = chance(0.7) ? `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}` : `400${ri(100, 999)}${pad(ri(0, 9999), 4)}`;
  c.uscc = genUscc();
}
const co = () => pick(COMPANIES);
const otherCo = (c) => pick(COMPANIES.filter((x) => x !== c));

// ------------------------------------------------------------------ written forms
const fmtMobile = (m, st) => {
  const g = `${m.slice(0, 3)} ${m.slice(3, 7)} ${m.slice(7)}`, h = g.replace(/ /g, '-');
  return [m, g, h, '+86 ' + m, '+86-' + m, '+86' + m, '+86 ' + g, '0086 ' + m, '(+86)' + m, fw(m), '86-' + m, '0086-' + h, '+86 ' + h][st];
};
const mobStyle = () => { const r = rnd(); return r < 0.56 ? 0 : r < 0.7 ? 1 : r < 0.79 ? 2 : r < 0.83 ? 3 : r < 0.85 ? 4 : r < 0.88 ? 5 : r < 0.91 ? 6 : r < 0.93 ? 7 : r < 0.95 ? 8 : r < 0.97 ? 10 : r < 0.985 ? 11 : 12; };
const fmtId = (id, st) => [id, id.toLowerCase(), `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`, fw(id)][st];
const idStyle = () => { const r = rnd(); return r < 0.86 ? 0 : r < 0.94 ? 1 : r < 0.985 ? 2 : 3; };
const fmtCard = (c, st) => [c, c.replace(/(\d{4})(?=\d)/g, '$1 '), c.replace(/(\d{4})(?=\d)/g, '$1-'), fw(c)][st];
const cardStyle = () => { const r = rnd(); return r < 0.55 ? 0 : r < 0.9 ? 1 : r < 0.985 ? 2 : 3; };
const fmtLand = ({ a, s }, st) => {
  const s2 = s.length === 8 ? `${s.slice(0, 4)} ${s.slice(4)}` : `${s.slice(0, 3)} ${s.slice(3)}`;
  return [`${a}-${s}`, `(${a})${s}`, `${a} ${s2}`, `（${a}）${s}`, `+86 ${a.slice(1)} ${s2}`, `${a}${s}`, `${a}-${s2.replace(' ', '-')}`, `+86-${a.slice(1)}-${s}`][st];
};
const landStyle = () => { const r = rnd(); return r < 0.45 ? 0 : r < 0.55 ? 1 : r < 0.68 ? 2 : r < 0.76 ? 3 : r < 0.82 ? 4 : r < 0.9 ? 5 : r < 0.95 ? 6 : 7; };
const fmtMail = (e, st) => { const [l, dm] = e.split('@'); return [e, l[0].toUpperCase() + l.slice(1) + '@' + dm, l + '@' + dm.toUpperCase(), l + '＠' + dm][st]; };
const mailStyle = () => { const r = rnd(); return r < 0.9 ? 0 : r < 0.96 ? 1 : 2; };

// ------------------------------------------------------------------ decoy generators
const W_CN = '日一二三四五六', W_EN = words('Sun Mon Tue Wed Thu Fri Sat'), MON = words('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
function rDate() { const y = pick([2023, 2024, 2024, 2025]); const m = ri(1, 12); const d = ri(1, 28); const dt = new Date(Date.UTC(y, m - 1, d)); return { y, m, d, w: dt.getUTCDay(), hh: ri(7, 22), mi: ri(0, 59), ss: ri(0, 59) }; }
function dt(f = ri(0, 8)) {
  const { y, m, d, w, hh, mi, ss } = rDate(); const h12 = hh > 12 ? hh - 12 : hh, ap = hh >= 12 ? '下午' : '上午';
  return [`${y}-${pad(m)}-${pad(d)} ${pad(hh)}:${pad(mi)}:${pad(ss)}`, `${y}年${m}月${d}日 ${pad(hh)}:${pad(mi)}`, `${y}/${m}/${d} ${hh}:${pad(mi)}`,
    `${y}-${pad(m)}-${pad(d)}`, `${y}年${m}月${d}日(星期${W_CN[w]}) ${ap}${h12}:${pad(mi)}`, `${W_EN[w]}, ${d} ${MON[m - 1]} ${y} ${pad(hh)}:${pad(mi)}:${pad(ss)} +0800`,
    `${y}.${pad(m)}.${pad(d)}`, `${MON[m - 1]} ${d}, ${y} ${h12}:${pad(mi)} ${hh >= 12 ? 'PM' : 'AM'}`, `${y}年${pad(m)}月${pad(d)}日 ${pad(hh)}:${pad(mi)}`][f];
}
const ds8 = () => { const { y, m, d } = rDate(); return `${y}${pad(m)}${pad(d)}`; };
const orderNo = () => pick([() => ds8() + digits(10), () => ds8() + digits(ri(8, 12)), () => 'DD' + ds8() + digits(6), () => 'SO' + ds8().slice(2) + digits(4), () => ds8() + pad(ri(0, 235959), 6) + digits(4)])();
const ticketNo = () => pick([() => 'TK' + ds8() + digits(4), () => 'INC' + digits(7), () => `SR-${pick([2024, 2025])}-${digits(5)}`, () => '#' + ri(100000, 999999), () => ds8() + digits(5), () => 'CS' + ds8().slice(2) + digits(4)])();
const trackNo = () => pick([() => 'SF' + ri(1, 9) + digits(11), () => 'YT' + ri(1, 9) + digits(12), () => 'JT' + ri(1, 9) + digits(12), () => '7' + pick([...'35678']) + digits(12), () => '4' + digits(12),
  () => { const b = digits(8); return 'E' + pick([...'ABCEMR']) + b + s10(b) + 'CN'; }])();
const amount = () => { const n = ri(99, 299999); return pick(['¥', '￥', '', 'RMB ']) + String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') + pick(['.00', '', '元', '.50']); };
const hotline = () => pick([() => `400-${ri(600, 899)}-${pad(ri(0, 9999), 4)}`, () => `800-${ri(810, 830)}-${pad(ri(0, 9999), 4)}`,
  () => pick(words('95588 95533 95555 95566 95599 95559 95595 95338 95311 95508 95511 95522 95500 10086 10010 10000 12306 95105'))])();
const maskMobile = (m) => pick([m.slice(0, 3) + '****' + m.slice(7), m.slice(0, 3) + 'xxxx' + m.slice(7), m.slice(0, 3) + '*****' + m.slice(8), '*******' + m.slice(7)]);
const maskCard = (c) => pick([c.slice(0, 4) + ' **** **** ' + c.slice(-4), c.slice(0, 6) + '******' + c.slice(-4), '**** **** **** ' + c.slice(-4)]);
const maskId = (id) => pick([id.slice(0, 6) + '********' + id.slice(14), id.slice(0, 3) + '***********' + id.slice(14), id[0] + '****************' + id[17], id.slice(0, 4) + '**********' + id.slice(14)]);
const maskName = (p) => p.minority ? p.sur + '·***' : pick([p.sur + '*', p.sur + '**', p.sur + '某', p.sur + '某某', p.sur + '*' + p.given.slice(-1)]);
const meetingId = () => pick([() => `${ri(100, 999)}-${ri(100, 999)}-${ri(100, 999)}`, () => `${ri(100, 999)} ${ri(100, 999)} ${ri(100, 999)}`, () => `8${ri(10, 99)} ${digits(4)} ${digits(4)}`, () => `9${ri(10, 99)} ${digits(3)} ${digits(4)}`])();
const invCode = () => '0' + pick(['1100', '4403', '4401', '3301']) + pick(['23', '24']) + digits(5);
const invNo = () => pad(ri(1, 99999999), 8);
const einv = () => pick(['23', '24', '25']) + pick(['11', '31', '44', '33']) + '2' + digits(15);
const msgid = (dom) => pick([() => 'CA' + alnum(36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-') + '@mail.gmail.com', () => 'tencent_' + hexU(40) + '@qq.com',
  () => `${ds8()}${pad(ri(0, 235959), 6)}.${hexU(8)}@${dom}`, () => `${hexU(8)}-${hexU(4)}-${hexU(4)}-${hexU(4)}-${hexU(12)}`.toLowerCase() + '@' + dom,
  () => { const s = `TY0PR0${ri(1, 6)}MB${ri(1000, 9999)}`; return s + hexU(32) + '@' + s + '.apcprd0' + ri(1, 6) + '.prod.outlook.com'; }])();
const cid = () => `image00${ri(1, 9)}.${pick(['png', 'jpg'])}@01${hexU(6)}.${hexU(8)}`;
const imgFile = () => pick(words('logo@2x.png icon@2x.png banner@3x.jpg qrcode@2x.png weixin@2x.png avatar@2x.png'));
const msTs = () => String(ri(1700000, 1735000)) + digits(6);
const imei = () => { const b = '86' + digits(12); return b + luhnDigit(b); };
const iccid = () => { const b = '8986' + digits(15); return b + luhnDigit(b); };
const sci = (n) => `${n[0]}.${n.slice(1, 6)}E+${n.length - 1}`;
const empNo = () => pick([() => 'HX' + digits(5), () => String(ri(100000, 999999)), () => 'A' + digits(5), () => 'EMP-' + digits(4)])();
const custNo = () => pick([() => 'KH' + ds8().slice(2, 6) + digits(5), () => 'C' + digits(7), () => 'VIP' + digits(6), () => '88' + digits(9)])();
const note = (d) => { if (chance(0.55)) { const [w, n] = pick(NOTES); d.dec('surname_word', w); return n; } return pick(PLAIN_NOTES); };
const place = (d) => (chance(0.35) ? d.dec('place', pick(PLACE_TRAPS)) : pick(CITIES));

// ------------------------------------------------------------------ document builder
class Doc {
  constructor(kind) { this.kind = kind; this.E = new Map(); this.D = new Map(); this.Y = new Map(); this.raws = []; this.names = []; }
  ent(det, value, raw = value, opt = {}) { const k = det + '|' + value; this.D.delete(k); this.E.set(k, { detector: det, value }); this.raws.push({ det, value, raw, ...opt }); return raw; }
  dc(det, value, raw = value, opt = {}) { const k = det + '|' + value; if (!this.E.has(k)) this.D.set(k, { detector: det, value }); this.raws.push({ det, value, raw, dc: true, ...opt }); return raw; }
  dec(kind, text) { text = String(text); if (!this.Y.has(text)) this.Y.set(text, { kind, text }); return text; }
  nm(p, spaced = false) { const raw = spaced && !p.minority && p.name.length === 2 ? p.name[0] + ' '.repeat(ri(1, 2)) + p.name[1] : p.name; return this.ent('person_name_zh', p.name, raw); }
  sal(p, t) { if (p.minority) return this.nm(p) + t; this.dc('person_name_zh', p.sur); return p.sur + t; }
  mob(m, st = mobStyle()) { return this.ent('cn_mobile', m, fmtMobile(m, st)); }
  rid(p, st = idStyle()) { return st === 'legacy' && p.legacy ? this.ent('cn_resident_id', p.id, p.legacy) : this.ent('cn_resident_id', p.id, fmtId(p.id, st === 'legacy' ? 0 : st)); }
  card(c, st = cardStyle()) { return this.ent('bank_card', c, fmtCard(c, st)); }
  mail(e, st = mailStyle()) { return this.ent('email', e, fmtMail(e, st)); }
  land(l, st = landStyle(), dc = false) { const raw = fmtLand(l, st); return dc ? this.dc('cn_landline', l.v, raw) : this.ent('cn_landline', l.v, raw); }
  role(e) { return this.dc('email', e.toLowerCase(), e); }
  person(o) { for (;;) { const p = genPerson(o); if (this.names.some((x) => x.includes(p.name) || p.name.includes(x) || x.includes(p.sur + p.given[0]))) continue; this.names.push(p.name); return p; } }
  people(n, o) { return Array.from({ length: n }, () => this.person(o)); }
  emp(c, o) { const p = this.person(o); p.work = genEmail(p, c.dom); p.title = pick(TITLES); return p; }
  emps(c, n) { return Array.from({ length: n }, () => this.emp(c)); }
}
const nrows = () => { const r = rnd(); return r < 0.35 ? ri(1, 5) : r < 0.8 ? ri(6, 20) : ri(21, 80); };

// address forms in headers: a = {p, e} or {role, label}
function fa(d, a, st = ri(0, 8)) {
  if (a.role) { const r = d.role(a.role); return a.label && st !== 4 ? `${a.label} <${r}>` : r; }
  const n = () => d.nm(a.p), m = () => d.mail(a.e);
  switch (st) {
    case 0: return `${n()} <${m()}>`; case 1: return `"${n()}" <${m()}>`; case 2: return `"${n()}"<${m()}>`;
    case 3: return `${n()}<${m()}>`; case 4: return m(); case 5: return `${n()}(${m()})`; case 6: return `'${n()}'<${m()}>`;
    case 7: return `${n()} [mailto:${m()}]`; default: return `${a.p.en} <${m()}>`;
  }
}
const P = (p, e) => ({ p, e: e || p.work || p.email });
const subj = () => pick(['', '', 'RE: ', '回复：', '转发：', 'Fw: ', '答复: ']) + pick(SUBJECTS);
function hdr(d, style, h) {
  const st = h.st ?? pick([0, 1, 3, 7]), A = (x) => fa(d, x, st), L = (xs, s) => xs.map(A).join(s);
  const when = d.dec('datetime', dt(h.f));
  switch (style) {
    case 'outlook-cn': return ['-----原始邮件-----', `发件人: ${A(h.from)}`, `发送时间: ${when}`, `收件人: ${L(h.to, '; ')}`, ...(h.cc?.length ? [`抄送: ${L(h.cc, '; ')}`] : []), `主题: ${h.subj}`].join('\n');
    case 'outlook-en': return ['________________________________', `From: ${A(h.from)}`, `Sent: ${when}`, `To: ${L(h.to, '; ')}`, ...(h.cc?.length ? [`Cc: ${L(h.cc, '; ')}`] : []), `Subject: ${h.subj}`].join('\n');
    case 'foxmail': { const B = (x) => fa(d, x, 2) + ';'; return ['------------------ 原始邮件 ------------------', `发件人: ${B(h.from)}`, `发送时间: ${when}`, `收件人: ${h.to.map(B).join(' ')}`, ...(h.cc?.length ? [`抄送: ${h.cc.map(B).join(' ')}`] : []), `主题: ${h.subj}`].join('\n'); }
    case 'foxmail-en': { const B = (x) => fa(d, x, 2) + ';'; return ['------------------ Original ------------------', `From:  ${B(h.from)}`, `Date:  ${when}`, `To:  ${h.to.map(B).join(' ')}`, `Subject:  ${h.subj}`].join('\n'); }
    case 'qq': { const B = (x) => fa(d, x, 2) + ';', nb = '&nbsp;'; return [`------------------${nb}原始邮件${nb}------------------`, `发件人: ${B(h.from)}`, `发送时间:${nb}${when}`, `收件人:${nb}${h.to.map(B).join(' ')}`, ...(h.cc?.length ? [`抄送:${nb}${h.cc.map(B).join(' ')}`] : []), `主题:${nb}${h.subj}`].join('\n'); }
    case 'netease': return ['-------- 转发邮件信息 --------', `发件人：${fa(d, h.from, 1)}`, `发送日期：${when}`, `收件人：${h.to.map((x) => fa(d, x, 1)).join(', ')}`, ...(h.cc?.length ? [`抄送：${h.cc.map((x) => fa(d, x, 1)).join(', ')}`] : []), `主题：${h.subj}`].join('\n');
    default: return ['---- 转发的邮件 ----', `| 发件人 | ${fa(d, h.from, 3)} |`, `| 日期 | ${when} |`, `| 收件人 | ${h.to.map((x) => fa(d, x, 3)).join('、')} |`, ...(h.cc?.length ? [`| 抄送人 | ${h.cc.map((x) => fa(d, x, 3)).join('、')} |`] : []), `| 主题 | ${h.subj} |`].join('\n');
  }
}
function wrote(d, p, e) {
  const t = d.dec('datetime', dt(pick([0, 1, 4, 7]))), st = ri(0, 3);
  return [() => `在 ${t}，"${d.nm(p)}" <${d.mail(e)}> 写道：`, () => `On ${t}, ${d.nm(p)} <${d.mail(e)}> wrote:`, () => `${t}，${d.nm(p)} <${d.mail(e)}> 写道：`, () => `--- ${d.nm(p)} 在 ${t} 写道 ---`][st]();
}
function sig(d, p, c, o = {}) {
  const L = [pick(['--', '-- ', '———————', 'Best regards,', '此致\n敬礼！', '祝好', 'Thanks & Regards,', ''])];
  const title = d.dec('job_title', p.title || pick(TITLES));
  L.push(pickF([() => `${d.nm(p)} | ${title}`, () => `${d.nm(p)}\n${title}`, () => `${d.nm(p)} ${p.en} ${title}`, () => `${p.en} ${d.nm(p)}\n${title}`]));
  L.push(d.dec('company', c.cn));
  L.push(`${pick(['手机', 'Mobile', 'M', '手机/微信', 'Cell', 'Mob'])}${pick(['：', ': ', ':'])}${d.mob(p.mobile)}`);
  if (chance(0.5)) L.push(`${pick(['电话', 'Tel', '总机', 'T'])}：${d.land(c.sw, landStyle(), true)}${chance(0.6) ? pick([' 转 ', '-', ' ext.', '转']) + ri(8000, 8999) : ''}`);
  if (chance(0.25)) L.push(`${pick(['传真', 'Fax'])}：${d.land(c.fax, landStyle(), true)}`);
  L.push(`${pick(['邮箱', 'Email', 'E-mail', 'E'])}：${d.mail(p.work || p.email)}`);
  if (chance(0.45)) L.push(`地址：${d.dec('address_org', c.addr)}`);
  if (chance(0.4)) L.push(`${pick(['客服热线', '全国服务热线', 'Hotline'])}：${d.dec('hotline', c.hotline)}`);
  if (chance(0.25)) L.push(`官网：https://www.${c.dom}`);
  if (o.disclaimer ?? chance(0.3)) L.push('', pick(['本邮件及其附件含有保密信息，仅限收件人使用。如您误收本邮件，请立即删除并通知发件人。', 'CONFIDENTIAL: This e-mail may contain confidential information. If you are not the intended recipient, please delete it.']));
  return L.filter((x) => x !== '').join('\n');
}

// ------------------------------------------------------------------ tables
const COLS = {
  seq: { h: ['序号', 'No.', '#'], e: ['No.', '#'], f: (d, p, i) => String(i + 1) },
  name: { h: ['姓名', '客户姓名', '客户', '联系人', '名字', '户名'], e: ['Name', 'Customer'], f: (d, p) => d.nm(p) },
  gender: { h: ['性别'], e: ['Gender'], f: (d, p) => p.gender },
  mobile: { h: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', '移动电话'], e: ['Mobile', 'Phone', 'Cell'], f: (d, p) => d.mob(p.mobile) },
  id: { h: ['身份证号', '身份证', '身份证号码', '证件号码', '公民身份号码', '证件号'], e: ['ID No.', 'ID Card', 'National ID'], f: (d, p, i, o) => d.rid(p, o.legacy && p.legacy && chance(0.5) ? 'legacy' : idStyle()) },
  card: { h: ['银行卡号', '卡号', '银行卡', '收款账号', '借记卡号', '还款卡号'], e: ['Card No.', 'Bank Card'], f: (d, p) => d.card(p.card), opt: 1 },
  email: { h: ['邮箱', '电子邮箱', 'Email', 'E-mail', '邮件地址'], e: ['Email', 'E-mail'], f: (d, p) => d.mail(p.email), opt: 1 },
  land: { h: ['座机', '家庭电话', '固话', '住宅电话'], e: ['Home Tel', 'Landline'], f: (d, p) => d.land(p.land), opt: 1 },
  city: { h: ['城市', '所在地', '地区', '区域'], e: ['City'], f: (d) => place(d) },
  order: { h: ['订单号', '订单编号', '合同号'], e: ['Order No.'], f: (d) => d.dec('order_no', orderNo()) },
  time: { h: ['下单时间', '登记时间', '成交日期', '最近联系'], e: ['Date'], f: (d) => d.dec('datetime', dt(pick([0, 2, 3, 6, 8]))) },
  custno: { h: ['客户编号', '会员号', '客户ID'], e: ['Customer ID'], f: (d) => d.dec('customer_no', custNo()) },
  track: { h: ['快递单号', '运单号'], e: ['Tracking No.'], f: (d) => d.dec('tracking_no', trackNo()) },
  hired: { h: ['入职日期', '生效日期', '变更日期'], e: ['Since'], f: (d) => d.dec('datetime', dt(pick([3, 6]))) },
  masked: { h: ['原手机号(脱敏)', '备用号码', '脱敏手机'], e: ['Masked Mobile'], f: (d) => d.dec('masked_mobile', maskMobile(genMobile())) },
  maskid: { h: ['证件号(脱敏)', '身份证(掩码)'], e: ['Masked ID'], f: (d, p) => d.dec('masked_id', maskId(p.id)) },
  maskcard: { h: ['旧卡号(脱敏)', '原扣款卡'], e: ['Old Card'], f: (d) => d.dec('masked_card', maskCard(genCard())) },
  contract: { h: ['合同编号', '保单号'], e: ['Contract No.'], f: (d) => d.dec('contract_no', pick(['HT', 'CT', 'P']) + ds8() + digits(ri(3, 6))) },
  amount: { h: ['金额', '成交金额', '消费金额(元)', '授信额度'], e: ['Amount'], f: (d) => d.dec('amount', amount()) },
  level: { h: ['等级', '客户等级', '意向'], e: ['Level'], f: () => pick(['A', 'B', 'C', 'VIP', '普通', '高']) },
  product: { h: ['产品', '意向产品', '购买产品'], e: ['Product'], f: () => pick(PRODUCTS) },
  branch: { h: ['开户行', '开户银行'], e: ['Bank'], f: (d) => d.dec('bank_branch', pick(BRANCHES)) },
  note: { h: ['备注', '跟进情况', '说明'], e: ['Remark'], f: (d) => note(d) },
  empno: { h: ['工号', '员工编号'], e: ['Emp No.'], f: (d) => d.dec('employee_no', empNo()) },
};
function pickCols(o = {}) {
  const core = ['mobile', ...shuffle(['id', 'card', 'email', 'land', 'id', 'card', 'email']).slice(0, ri(1, 2))].filter((x, i, a) => a.indexOf(x) === i);
  if (chance(0.12)) core.shift();
  const extra = shuffle(['order', 'time', 'custno', 'track', 'masked', 'amount', 'maskid', 'maskcard', 'contract', 'time', 'order']).slice(0, ri(3, 6)).filter((x, i, a) => a.indexOf(x) === i);
  if (chance(0.6)) extra.push(pick(['level', 'product', 'city', 'note', 'gender', 'branch', 'note', 'city']));
  let cols = shuffle([...core, ...extra]);
  cols = chance(0.8) ? ['name', ...cols] : shuffle(['name', ...cols]);
  if (chance(0.3)) cols.unshift('seq');
  return cols;
}
const STYLES = words('tab spaces pipe pipe2 csv cnsep cells kv numbered');
function renderTable(d, ps, cols, style, o = {}) {
  const hdrs = cols.map((c) => pick(o.en ? COLS[c].e : COLS[c].h));
  const rows = ps.map((p, i) => cols.map((c) => (COLS[c].opt && chance(0.06) ? '' : COLS[c].f(d, p, i, o))));
  const all = [hdrs, ...rows];
  switch (style) {
    case 'tab': return all.map((r) => r.join('\t')).join('\n');
    case 'spaces': { const gap = ri(1, 4), w = cols.map((_, j) => Math.max(...all.map((r) => dw(r[j] || '-')))); return all.map((r) => r.map((x, j) => (j < r.length - 1 ? padW(x || '-', w[j] + gap) : x)).join('').trimEnd()).join('\n'); }
    case 'pipe': return [`| ${hdrs.join(' | ')} |`, `|${cols.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
    case 'pipe2': return all.map((r) => r.join(pick([' | ', '|']))).join('\n');
    case 'csv': { const q = (x) => (/[",]/.test(x) || chance(0.15) ? `"${x.replace(/"/g, '""')}"` : x); return all.map((r) => r.map(q).join(',')).join('\n'); }
    case 'cnsep': { const s = pick(['，', '；', '、', ' / ', '／']); return all.map((r) => r.join(s)).join('\n'); }
    case 'cells': { const nb = chance(0.5); return all.map((r) => r.map((x) => (x === '' ? '&nbsp;' : nb && chance(0.2) ? x + '&nbsp;' : x)).join('\n')).join(chance(0.5) ? '\n\n' : '\n'); }
    case 'kv': { const c = pick(['：', ':', ': ']), s = pick(['  ', '，', '；', ' ', '\n']); return rows.map((r) => r.map((x, j) => hdrs[j] + c + x).join(s)).join(s === '\n' || chance(0.5) ? '\n\n' : '\n'); }
    default: { const s = pick(['，', ' ', '  ', ', ', '/']); return rows.map((r, i) => `${i + 1}${pick(['.', '、', ')'])} ${r.filter((x) => x !== '').join(s)}`).join('\n'); }
  }
}
const attach = (d) => `${pick(['附件', '附件：', 'Attachment:', '[附件]'])} ${d.dec('attachment_name', pick(['客户名单', '回访明细', 'customer_list', '导出数据', 'VIP客户']) + '_' + pick([() => ds8(), () => ds8() + pad(ri(0, 235959), 6), () => msTs()])() + pick(['.xlsx', '.csv', '.zip']))} (${ri(12, 980)} KB)`;
const custTable = (d, n = nrows(), o = {}) => renderTable(d, d.people(n), o.cols || pickCols(o), o.style || pick(STYLES), o) + (chance(0.35) ? '\n\n' + attach(d) : '');
function prose(d, p) {
  const t = ri(0, 7);
  return [
    () => `客户${d.nm(p)}，手机${d.mob(p.mobile)}，身份证号${d.rid(p)}，要求将扣款卡（原卡${d.dec('masked_card', maskCard(genCard()))}）变更为${d.card(p.card)}。`,
    () => `${d.nm(p)}（${d.mob(p.mobile)}）${d.dec('datetime', dt(pick([1, 2, 8])))}来电反映${pick(ISSUES)}，工单 ${d.dec('ticket_no', ticketNo())}，请尽快回电。`,
    () => `请给${d.nm(p)}办理开户，证件号码：${d.rid(p)}，预留手机：${d.mob(p.mobile)}，邮箱 ${d.mail(p.email)}。`,
    () => `${d.nm(p)}的银行卡 ${d.card(p.card)} 于${d.dec('datetime', dt(0))}扣款${d.dec('amount', amount())}失败，已短信通知 ${d.mob(p.mobile)}。`,
    () => `新客户：${d.nm(p)}/${d.mob(p.mobile)}/${d.rid(p)}/${d.dec('customer_no', custNo())}`,
    () => `${d.nm(p)} ${d.mob(p.mobile)} ${d.mail(p.email)} 想了解${pick(PRODUCTS)}，上次订单 ${d.dec('order_no', orderNo())}`,
    () => `${d.nm(p)}，身份证 ${d.rid(p)}，卡号 ${d.card(p.card)}，${pick(ISSUES)}。`,
    () => `${d.nm(p)} 的家里电话 ${d.land(p.land)}，手机关机打这个（短信显示 ${d.dec('masked_mobile', maskMobile(p.mobile))}）。`,
  ][t]();
}

// ------------------------------------------------------------------ kinds
function kFwdPrivate(d) {
  const c = co(), s = d.emp(c), boss = d.emp(c);
  const L = [pick([() => '存一份，周末在家整理。', () => `备份一下，发到 ${d.mail(s.email)}。`, () => '先转到私人邮箱，公司邮箱快满了。', () => '这批客户我自己留着跟，别给别人。',
    () => 'FYI 下个月换工作用得上', () => '', () => `${d.mail(s.email)} 存档`])()];
  if (chance(0.75)) {
    const style = pick(['outlook-cn', 'outlook-cn', 'outlook-en', 'foxmail', 'netease']);
    const cc = chance(0.4) ? d.emps(c, ri(1, 4)).map((p) => P(p)) : [];
    L.push('', hdr(d, style, { from: P(boss), to: [P(s)], cc, subj: subj() }), '', pickF([() => '各位：', () => '大家好，', () => 'Hi all,', () => `${d.nm(s)}：`]),
      pick(['附件是本月分配的客户名单，正文也贴一份，请勿外传。', `以下为Q${ri(1, 4)}重点客户，请于本周内完成首次联系。`, '这是从CRM导出的名单，注意保密。']));
  }
  L.push('', custTable(d));
  if (chance(0.6)) L.push('', sig(d, boss, c));
  return L.join('\n');
}
function kQuotedReply(d) {
  const c = co(), me = d.emp(c), other = d.emp(c), third = d.emp(c);
  const L = [pick(['收到，已更新到系统。', '好的，我这边跟进。', '已核对，见下。', `第${ri(2, 5)}位客户的卡号不对，麻烦再确认下。`, 'Noted, thanks.'])];
  const q1 = d.people(ri(1, 6));
  if (chance(0.5)) { const m2 = genMobile(); L.push(`另外 ${d.nm(q1[0])} 换号了，新号码 ${d.mob(m2)}。`); }
  L.push('', sig(d, me, c), '', wrote(d, other, other.work));
  const inner = [pick(['麻烦核一下下面几位客户的资料：', '客户资料如下，请录入：', '这几个客户下周回访：']), '',
    chance(0.5) ? renderTable(d, q1, pickCols(), pick(STYLES)) : q1.map((p) => prose(d, p)).join('\n')];
  if (chance(0.75)) {
    const q2 = d.people(ri(1, 4));
    inner.push('', wrote(d, third, third.work), quote(q2.map((p) => prose(d, p)).join('\n') + (chance(0.5) ? '\n\n' + sig(d, third, c, { disclaimer: false }) : ''), pick(['> ', '>'])));
  }
  L.push(quote(inner.join('\n'), pick(['> ', '>'])));
  return L.join('\n');
}
function kOutlookChain(d) {
  const c = co(), staff = d.emps(c, ri(2, 4)), L = [pick(['请查收。', '见下，麻烦尽快处理。', '转给你跟进。', '已确认，谢谢！']), '', sig(d, staff[0], c)];
  const lv = ri(1, 3);
  for (let i = 1; i <= lv; i++) {
    const from = staff[i % staff.length], to = staff[(i + 1) % staff.length];
    L.push('', hdr(d, chance(0.7) ? 'outlook-cn' : 'outlook-en', { from: P(from), to: [P(to)], cc: chance(0.4) ? [P(staff[0]), { role: pick(ROLE_LOCALS) + '@' + c.dom }] : [], subj: subj() }), '');
    const t = ri(0, 2);
    if (t === 0) L.push(custTable(d, ri(1, 12)));
    else if (t === 1) L.push(...d.people(ri(1, 4)).map((p) => prose(d, p)));
    else L.push(pick(['好的，名单我下午发你。', '请把上周的回访结果补充一下。', '收到']));
    if (chance(0.5)) L.push('', sig(d, from, c, { disclaimer: false }));
  }
  return L.join('\n');
}
function fwdKind(d, styles) {
  const c = co(), me = d.emp(c), orig = chance(0.5) ? d.emp(c) : d.person();
  const L = [pick(['转发给你，看一下。', '请看下面这封邮件', '', 'FYI', '客户资料在下面，记得录系统。'])];
  if (chance(0.4)) L.push('', sig(d, me, c, { disclaimer: false }));
  const to = [P(me, me.work), ...(chance(0.4) ? d.emps(c, ri(1, 3)).map((p) => P(p)) : [])];
  L.push('', '', hdr(d, pick(styles), { from: P(orig, orig.work || orig.email), to, cc: chance(0.3) ? [{ role: pick(ROLE_LOCALS) + '@' + c.dom }] : [], subj: subj(), f: pick([4, 1, 0]) }), '');
  L.push(pickF([() => '您好，', () => 'Hi，', () => `${d.sal(me, pick(['经理', '总', '老师']))}好：`]), '');
  if (chance(0.6)) L.push(custTable(d)); else L.push(...d.people(ri(1, 5)).map((p) => prose(d, p)));
  if (chance(0.5) && !orig.work) L.push('', d.nm(orig), `手机：${d.mob(orig.mobile)}`);
  return L.join('\n');
}
const kFoxmail = (d) => fwdKind(d, ['foxmail', 'foxmail-en']);
const kNetease = (d) => fwdKind(d, ['netease', 'netease2']);
const kQQ = (d) => fwdKind(d, ['qq']).replace(/\n\n(?=您好|Hi)/, '\n&nbsp;\n');
function custSig(d, p, c2) {
  const L = ['', d.nm(p), d.dec('job_title', pick(TITLES)), d.dec('company', c2.cn), `手机：${d.mob(p.mobile)}`];
  if (chance(0.4)) L.push(`直线：${d.land(genLand(), landStyle(), true)}`);
  L.push(`邮箱：${d.mail(p.work)}`); return L.join('\n');
}
function kSignature(d) {
  const c = co(), me = d.emp(c), c2 = otherCo(c), cust = d.emp(c2);
  const L = [`${d.sal(cust, pick(['总', '经理', '先生', '女士', '老师']))}，您好：`, '',
    pickF([() => '附件是最新报价单，请查收。如有疑问随时联系我。', () => '合同已寄出，快递单号 ' + d.dec('tracking_no', trackNo()) + '，请注意查收。', () => `关于上次沟通的方案，我们${pick(['周一', '周三'])}可以上门演示。`])];
  if (/关于|周一/.test(L[2])) { d.dec('surname_word', '关于'); if (L[2].includes('周一')) d.dec('surname_word', '周一'); }
  if (chance(0.4)) { const col = d.emp(c2); L.push(`贵司${d.nm(col)}（${d.mob(col.mobile)}）那边的对接我们也会同步。`); }
  L.push('', sig(d, me, c));
  if (chance(0.75)) L.push('', wrote(d, cust, cust.work), quote([pick(['请把报价发我一下。', '合同我们这边已经盖章。', '麻烦安排工程师上门。']), custSig(d, cust, c2)].join('\n')));
  return L.join('\n');
}
function kAutoReply(d) {
  const c = co(), me = d.emp(c), p2 = d.emp(c), s = subj(), a = () => d.dec('datetime', dt(3)), b = () => d.dec('datetime', dt(3));
  const t = ri(0, 2), L = [];
  if (t === 0) L.push(`自动回复：${s}`, '', `您好！我于${a()}至${b()}休假，期间无法及时查看邮件。`, `如有急事，请联系${d.nm(p2)}，手机：${d.mob(p2.mobile)}，邮箱：${d.mail(p2.work)}。`, '', d.nm(me));
  else if (t === 1) L.push(`Automatic reply: ${s}`, '', `Thank you for your email. I am out of the office until ${d.dec('datetime', dt(7))} with limited access to email.`,
    `For urgent matters, please contact my colleague ${d.nm(p2)} (${p2.en}) at ${d.mob(p2.mobile, pick([6, 3, 0]))} or ${d.mail(p2.work)}.`, '', 'Best regards,', `${me.en} ${d.nm(me)}`);
  else L.push(`您的邮件已收到，我们将在1-2个工作日内处理。`, `客服热线：${d.dec('hotline', c.hotline)}（工作日 9:00-18:00）`, `此邮件为系统自动回复，请勿直接回复。`, d.role(pick(['noreply', 'no-reply', 'service']) + '@' + c.dom));
  if (chance(0.45)) L.push('', '-----原始邮件-----', ...d.people(ri(1, 3)).map((p) => prose(d, p)));
  if (t !== 1 && chance(0.4)) L.push('', sig(d, me, c, { disclaimer: false }));
  return L.join('\n');
}
function kDigest(d) {
  const c = co(), list = pick(['sales', 'crm-users', 'dev', 'kefu', 'ops']), ld = 'lists.' + c.dom;
  const la = d.role(`${list}@${ld}`), n = ri(2, 6), ps = d.emps(c, n), en = chance(0.5);
  const subs = ps.map(() => pick(['Re: CRM导出问题', '客户回访名单', '本周新增客户', 'Re: 数据脱敏规范', '部署失败求助', '退款客户汇总']));
  const L = en ? [`Send ${list} mailing list submissions to`, `\t${la}`, '', 'To subscribe or unsubscribe via the World Wide Web, visit', `\thttps://${ld}/mailman/listinfo/${list}`,
    "or, via email, send a message with subject or body 'help' to", `\t${d.role(`${list}-request@${ld}`)}`, '', 'You can reach the person managing the list at', `\t${d.role(`${list}-owner@${ld}`)}`, '', "Today's Topics:", '']
    : [`发送 ${list} 邮件列表投稿至`, `\t${la}`, '', `订阅或退订请访问 https://${ld}/mailman/listinfo/${list}`, `或发邮件至 ${d.role(`${list}-request@${ld}`)}`, '', '今日主题：', ''];
  ps.forEach((p, i) => L.push(`   ${i + 1}. ${subs[i]} (${d.nm(p)})`));
  ps.forEach((p, i) => {
    L.push('', '----------------------------------------------------------------------', '', `Message: ${i + 1}`, `Date: ${d.dec('datetime', dt(5))}`, `From: ${fa(d, P(p), pick([0, 1, 5]))}`, `To: ${la}`, `Subject: ${subs[i]}`,
      `Message-ID: <${d.dec('message_id', msgid(c.dom))}>`);
    if (chance(0.4)) L.push(`In-Reply-To: <${d.dec('message_id', msgid(c.dom))}>`);
    L.push('Content-Type: text/plain; charset="utf-8"', '');
    const t = ri(0, 3);
    if (t === 0) L.push(custTable(d, ri(1, 15)));
    else if (t === 1) L.push(...d.people(ri(1, 3)).map((q) => prose(d, q)));
    else if (t === 2) L.push(`仓库地址 ${d.dec('git_remote', `git@${pick(['github.com', 'gitlab.' + c.dom])}:${pick(['crm', 'huaxin', 'ops'])}/${pick(['backend', 'crm-web', 'etl'])}.git`)}，`,
      `前端报错：GET /static/img/${d.dec('image_file', imgFile())} 404，trace_id=${d.dec('snowflake_id', pick(['17', '18']) + digits(17))}`);
    else L.push(`导出任务 ${d.dec('ticket_no', ticketNo())} 在 ${d.dec('datetime', dt(0))} 失败，时间戳 ${d.dec('ms_timestamp', msTs())}。`);
    if (chance(0.4)) L.push('', `-- ${d.nm(p)} ${d.mob(p.mobile)}`);
  });
  L.push('', '------------------------------', '', `${list} mailing list`, la, '', `End of ${list} Digest, Vol ${ri(10, 99)}, Issue ${ri(1, 30)}`);
  return L.join('\n');
}
function kHtmlTable(d) {
  const c = co(), me = d.emp(c), nb = '&nbsp;';
  const L = [pickF([() => '各位好：', () => 'Dear all,', () => `${d.sal(d.emp(c), '经理')}：`]) + nb, nb, pick(['以下为本周新增客户，请及时回访。', '请核对下表客户信息，有误请回复。', '附：逾期客户明细']), nb];
  L.push(custTable(d, nrows(), { style: 'cells' }), nb, sig(d, me, c));
  if (chance(0.6)) L.push(`[cid:${d.dec('content_id', cid())}]`);
  if (chance(0.3)) L.push(`[image: ${d.dec('image_file', imgFile())}]`);
  return L.join('\n');
}
function kHtmlLinks(d) {
  const c = co(), me = d.emp(c), ps = d.people(ri(1, 5)), L = [];
  L.push(`${pick(['您好', 'Hi'])}&nbsp;${pick(['，', ','])}`, '&nbsp;', pick(['以下客户请协助联系：', '联系方式如下（从网页复制）：']));
  for (const p of ps) {
    const t = ri(0, 3);
    if (t === 0) L.push(`联系人：${d.nm(p)}&nbsp;&nbsp;电话：<tel:${d.mob(p.mobile, pick([0, 5]))}>`, `邮箱：${d.mail(p.email)} <mailto:${d.mail(p.email)}>`);
    else if (t === 1) L.push(`${d.nm(p)} &lt;${d.mail(p.email)}&gt;`, `手机&nbsp;${d.mob(p.mobile)}`);
    else if (t === 2) L.push(`[${d.mail(p.email)}](mailto:${d.mail(p.email)}) ${d.nm(p)}&nbsp;|&nbsp;${d.mob(p.mobile)}&nbsp;|&nbsp;${d.rid(p)}`);
    else L.push(`姓名&nbsp;${d.nm(p)}&nbsp;&nbsp;&nbsp;卡号&nbsp;${d.card(p.card)}&amp;&nbsp;手机:${d.mob(p.mobile)}`);
    if (chance(0.7)) L.push(`订单：<a href="https://shop.${c.dom}/order/${d.dec('order_no', orderNo())}">查看</a>&nbsp;下单时间&nbsp;${d.dec('datetime', dt(0))}`);
  }
  L.push('&nbsp;', sig(d, me, c), `[image: ${d.dec('image_file', imgFile())}]`);
  if (chance(0.5)) L.push(`点击查看：https://crm.${c.dom}/customer/view?id=${d.dec('customer_no', digits(9))}&t=${d.dec('ms_timestamp', msTs())}`);
  if (chance(0.4)) L.push(`退订：mailto:${d.role('unsubscribe@' + c.dom)}`);
  return L.join('\n');
}
function kTab(d) {
  const c = co(), me = d.emp(c);
  const L = [pickF([() => '客户名单如下（直接从Excel复制的）：', () => '贴一下表格：', () => `${d.sal(d.emp(c), '总')}，名单见下`, () => '名单：'])];
  if (chance(0.3)) L.push(`${d.dec('datetime', dt(3))} 导出`);
  L.push('', custTable(d, nrows(), { style: 'tab', legacy: chance(0.3) }), '', sig(d, me, c));
  return L.join('\n');
}
function kSpaces(d) {
  const c = co(), me = d.emp(c), t = custTable(d, nrows(), { style: 'spaces' });
  const L = [pick(['名单对齐贴一下：', '见下：', '以下客户信息请核对'] ), '', t, '', sig(d, me, c)];
  if (chance(0.35)) return [pick(['收到，谢谢', '已处理']), '', wrote(d, me, me.work), quote(L.join('\n'), pick(['> ', '>> ']))].join('\n');
  return L.join('\n');
}
function kComplaint(d) {
  const c = co(), me = d.person(), ord = d.dec('order_no', orderNo()), trk = d.dec('tracking_no', trackNo()), hot = d.dec('hotline', c.hotline);
  const L = [];
  if (chance(0.5)) L.push(`收件人：${fa(d, { role: pick(['service', 'kefu', 'complaint', 'cs']) + '@' + c.dom, label: pick(['客服中心', '客户服务部', '投诉受理']) }, 0)}`, `主题：${pick(['投诉', '强烈投诉', '关于订单' + ord + '的投诉', '退款申请'])}`, '');
  L.push(pick(['你们好：', '您好，', '客服：', 'To whom it may concern,']), '');
  L.push(`我是${d.nm(me)}，${d.dec('datetime', dt(pick([1, 3, 8])))}在贵公司${pick(['官网', '天猫旗舰店', 'APP', '门店'])}购买了${pick(PRODUCTS)}（订单号：${ord}），已付款${d.dec('amount', amount())}。`);
  L.push(pick([`快递单号${trk}，物流信息${pick(['一周没有更新', '显示已签收但我根本没收到', '被退回'])}。`, `收到的商品有质量问题，快递单号 ${trk}。`]));
  L.push(`打了好几次客服电话${hot}都没人解决，${pickF([() => '客服说会回电，到现在也没有。', () => '工单号' + d.dec('ticket_no', ticketNo()) + '一直显示处理中。'])}`);
  if (chance(0.5)) L.push(`你们发的短信里显示的号码是${d.dec('masked_mobile', maskMobile(me.mobile))}，就是我这个号。`);
  if (chance(0.3)) L.push(`设备IMEI：${d.dec('imei', imei())}`);
  const info = [`${pick(['联系电话', '手机', '我的手机号', '电话'])}：${d.mob(me.mobile)}`];
  if (chance(0.6)) info.push(`身份证号：${d.rid(me)}（实名认证用的）`);
  if (chance(0.7)) info.push(`退款账户：${d.card(me.card)}（${d.dec('bank_branch', pick(BRANCHES))}，户名${d.nm(me)}）`);
  if (chance(0.5)) info.push(`邮箱：${d.mail(me.email)}`);
  if (chance(0.3)) { const fam = d.person(); info.push(`收货人是我${pick(['母亲', '父亲', '爱人', '女儿'])}${d.nm(fam)}，电话${d.mob(fam.mobile)}`); }
  L.push('', pick(['我的信息如下：', '请尽快联系我：', '请核实后处理：']), ...info.map((x) => pick(['', '- ', '  ']) + x));
  L.push('', pickF([() => `如果三天内不处理，我将向${d.dec('hotline', '12315')}投诉。`, () => '希望尽快给我一个答复。', () => '请尽快退款。']), '', d.nm(me), d.dec('datetime', dt(3)));
  return L.join('\n');
}
function kCV(d) {
  const c = co(), hr = d.emp(c), cand = d.person({ y0: 1978, y1: 2002 }), job = d.dec('job_title', pick(TITLES)), prev = otherCo(c), L = [];
  if (chance(0.5)) {
    const mgr = d.emp(c);
    L.push(`${d.sal(mgr, pick(['总', '经理']))}，这位候选人背景比较匹配${job}岗位，简历见下，看下是否安排面试。`, '', sig(d, hr, c, { disclaimer: false }), '',
      hdr(d, pick(['outlook-cn', 'foxmail', 'netease']), { from: P(cand, cand.email), to: [{ role: 'hr@' + c.dom, label: '招聘' }], subj: `应聘${job}-${d.nm(cand)}-${ri(2, 10)}年经验` }), '');
  } else L.push('HR您好：', '', `我应聘贵公司${job}职位，简历附后，正文也贴一份。`, '');
  const sp = chance(0.4), K = (k) => (sp && k.length === 2 ? k[0] + '　' + k[1] : k) + pick(['：', ':']);
  L.push(pick(['个人简历', '【个人信息】', 'RESUME']), `${K('姓名')}${d.nm(cand, chance(0.35))}`, `${K('性别')}${cand.gender}`, `${K('出生年月')}${cand.birth.y}.${pad(cand.birth.m)}`,
    `${K('手机')}${d.mob(cand.mobile)}`, `${K('邮箱')}${d.mail(cand.email)}`);
  if (chance(0.45)) L.push(`${K('身份证号')}${d.rid(cand)}`);
  if (chance(0.2)) L.push(`${K('护照号')}${d.ent('cn_passport', cand.passport)}`);
  if (chance(0.2)) L.push(`${K('座机')}${d.land(cand.land)}`);
  L.push(`${K('现居地')}${place(d)}`, `${K('求职意向')}${job}`, `期望薪资：${ri(10, 40)}K`, '', '工作经历',
    `${Math.min(2023, cand.birth.y + ri(22, 30))}.${pad(ri(1, 12))} - 至今  ${d.dec('company', prev.cn)}  ${d.dec('job_title', pick(TITLES))}`, pick(['负责华东区大客户开发与维护', '负责CRM系统后端开发', '负责客户回访及投诉处理']), '',
    '教育背景', `${cand.birth.y + 18}.09 - ${cand.birth.y + 22}.06  ${pick(SCHOOLS)}  ${pick(MAJORS)}  本科`);
  if (chance(0.35)) { const r = d.person(); L.push('', `证明人：${d.nm(r)}（原直属上级）${d.mob(r.mobile)}`); }
  if (chance(0.3)) { const r = d.person(); L.push(`紧急联系人：${d.nm(r)} ${d.mob(r.mobile)}`); }
  return L.join('\n');
}
function kBulk(d) {
  const c = co(), n = ri(5, 30), ps = d.emps(c, n), from = d.emp(c), st = pick([0, 1, 2, 3, 4, 7]), sep = pick(['; ', ';', ', ', '；']);
  const split = ri(Math.ceil(n / 2), n), to = ps.slice(0, split).map((p) => fa(d, P(p), st));
  if (chance(0.4)) to.push(fa(d, { role: pick(['all', 'sales-team', 'staff']) + '@' + c.dom, label: '全体员工' }, st));
  const cc = ps.slice(split).map((p) => fa(d, P(p, chance(0.2) ? p.email : p.work), st));
  const en = chance(0.3), when = d.dec('datetime', dt(en ? 5 : 1));
  const L = en ? [`From: ${fa(d, P(from), st)}`, `Sent: ${when}`, `To: ${to.join(sep)}`, ...(cc.length ? [`Cc: ${cc.join(sep)}`] : []), `Subject: ${pick(['Q2 kickoff', 'Training schedule', 'Office move'])}`]
    : [`发件人: ${fa(d, P(from), st)}`, `发送时间: ${when}`, `收件人: ${to.join(sep)}`, ...(cc.length ? [`抄送: ${cc.join(sep)}`] : []), `主题: ${pick(['关于季度培训的通知', '年会安排', '客户数据安全提醒', '办公室搬迁通知'])}`];
  if (L.some((x) => x.includes('关于'))) d.dec('surname_word', '关于');
  L.push('', pick(['各位同事：', 'Hi all,']), `${pick(['会议时间', '时间'])}：${d.dec('datetime', dt(1))}，腾讯会议号 ${d.dec('meeting_id', meetingId())}，请准时参加。`,
    chance(0.5) ? `有问题请联系${d.nm(from)}（分机${ri(8000, 8999)}）。` : '收到请回复。', '', pick(['议程：', 'Agenda:']));
  for (let i = 0, n2 = ri(3, 6); i < n2; i++) L.push(`${d.dec('datetime', dt(pick([1, 2, 0])))}  ${pick(['开场', '季度回顾', '客户数据合规培训', '分组讨论', '总结', 'Q&A'])}  ${pick(['A301', 'B12', '大会议室', '线上'])}`);
  L.push(`报名表：https://forms.${c.dom}/f/${d.dec('form_id', alnum(10))}  参考编号 ${d.dec('ticket_no', ticketNo())}`, '', sig(d, from, c));
  return L.join('\n');
}
function kHandover(d) {
  const c = co(), me = d.emp(c), p2 = d.emp(c), n = ri(2, 15);
  const L = [pick(['各位领导、同事：', 'Hi all,']), '', `本人将于${d.dec('datetime', dt(3))}离职，负责的客户已交接给${d.nm(p2)}（手机${d.mob(p2.mobile)}，邮箱${d.mail(p2.work)}），以下为客户联系方式汇总：`, ''];
  for (let i = 0; i < n; i++) {
    const c2 = otherCo(c), p = d.emp(c2), s = pick(['：', ':']);
    L.push(`【${d.dec('company', c2.cn)}】`, `联系人${s}${d.nm(p)} ${d.dec('job_title', p.title)}`, `手机${s}${d.mob(p.mobile)}`);
    if (chance(0.5)) L.push(`座机${s}${d.land(c2.sw, landStyle(), true)}`);
    L.push(`邮箱${s}${chance(0.8) ? d.mail(p.work) : d.role(pick(ROLE_LOCALS) + '@' + c2.dom)}`);
    if (chance(0.3)) L.push(`私人邮箱${s}${d.mail(p.email)}`);
    L.push(`合同${s}${d.dec('contract_no', `HT-${pick([2023, 2024, 2025])}-${digits(4)}`)}，到期 ${d.dec('datetime', dt(3))}，年额 ${d.dec('amount', amount())}`);
    L.push(`备注${s}${note(d)}`, '');
  }
  L.push(sig(d, me, c));
  return L.join('\n');
}
function kEnglish(d) {
  const c = co(), me = d.emp(c), to = d.emp(c);
  const L = [`Hi ${to.en.split(' ')[0]},`, '', pick(['Please find below the customer contacts for the Shanghai roadshow.', 'As discussed, here are the VIP clients who need follow-up calls this week.', 'FYI - the list exported from CRM, pls keep it internal.']), ''];
  if (chance(0.6)) L.push(custTable(d, nrows(), { en: true, style: pick(['pipe', 'pipe2', 'tab', 'csv', 'spaces']) }));
  else d.people(ri(1, 8)).forEach((p) => L.push(`- ${d.nm(p)} (${p.en.split(' ')[0]}), mobile ${d.mob(p.mobile, pick([0, 3, 6]))}, ID ${d.rid(p)}, email ${d.mail(p.email)}`));
  L.push('', `Ping me if anything is missing. Our ticket: ${d.dec('ticket_no', ticketNo())}.`, '', 'Thanks,', me.en, `${d.nm(me)} | ${d.dec('job_title', me.title)}`, `M: ${d.mob(me.mobile, pick([3, 6, 12]))}`, `E: ${d.mail(me.work)}`);
  return L.join('\n');
}
function kRefund(d) {
  const c = co(), me = d.emp(c), n = ri(1, 10);
  const L = [pick(['财务同事好，', '请财务协助处理以下退款：', '退款申请汇总']), pick(['以下客户申请退款，请于周三前处理：', '已审核通过，请打款：']), ''];
  for (let i = 0; i < n; i++) {
    const p = d.person(), s = pick(['：', ':']), corp = chance(0.15) && otherCo(c);
    L.push(`${i + 1}. 退款单号${s}${d.dec('order_no', 'TK' + ds8() + digits(6))}`, `   客户${s}${corp ? d.dec('company', corp.cn) : d.nm(p)}`, `   订单号${s}${d.dec('order_no', orderNo())}`, `   退款金额${s}${d.dec('amount', amount())}`,
      `   收款户名${s}${corp ? corp.cn : d.nm(p)}`, `   收款${corp ? '账号' : '卡号'}${s}${corp ? d.dc('bank_card', String(ri(1, 9)) + digits(ri(11, 21))) : d.card(p.card)}`, `   开户行${s}${d.dec('bank_branch', pick(BRANCHES))}`);
    if (chance(0.7)) L.push(`   ${corp ? '经办人' : '联系电话'}${s}${corp ? d.nm(p) + ' ' : ''}${d.mob(p.mobile)}`);
    if (chance(0.3)) L.push(`   原支付卡${s}${d.dec('masked_card', maskCard(genCard()))}`);
  }
  L.push('', sig(d, me, c));
  return L.join('\n');
}
function kInvoice(d) {
  const c = co(), me = d.emp(c), c2 = otherCo(c), p = d.emp(c2), geti = chance(0.25), s = pick(['：', ':']);
  const L = [pickF([() => '您好，', () => `${d.sal(me, '经理')}您好，`]), `请按以下信息开具${pick(['增值税专用发票', '增值税普通发票', '电子发票'])}：`, ''];
  if (geti) { const owner = d.person(); L.push(`名称${s}${d.dec('company', pick(['星河', '海岸', '金桥']) + '便利店')}（个体工商户）`, `统一社会信用代码${s}${d.ent('cn_uscc', genUscc('92'))}`, `经营者${s}${d.nm(owner)}`, `经营者身份证号${s}${d.rid(owner)}`); }
  else L.push(`${pick(['单位名称', '公司名称', '名称'])}${s}${d.dec('company', c2.cn)}`, `${pick(['纳税人识别号', '税号', '统一社会信用代码'])}${s}${d.ent('cn_uscc', c2.uscc)}`);
  L.push(`地址、电话${s}${d.dec('address_org', c2.addr)} ${d.land(c2.sw, landStyle(), true)}`);
  const acct = String(ri(1, 9)) + digits(ri(11, 21));
  L.push(`开户行及账号${s}${d.dec('bank_branch', pick(BRANCHES))} ${d.dc('bank_card', acct)}`);
  L.push(`发票接收邮箱${s}${chance(0.5) ? d.mail(p.work) : d.role(pick(['finance', 'caiwu', 'invoice']) + '@' + c2.dom)}`, `收件人${s}${d.nm(p)} ${d.mob(p.mobile)}`);
  L.push('', `上次开票：发票代码 ${d.dec('invoice_code', invCode())}，发票号码 ${d.dec('invoice_no', invNo())}`);
  if (chance(0.5)) L.push(`数电发票号码：${d.dec('invoice_no', einv())}`);
  L.push(`合同编号：${d.dec('contract_no', `HT-${pick([2024, 2025])}-${digits(4)}`)}，金额 ${d.dec('amount', amount())}`, '', sig(d, p, c2));
  return L.join('\n');
}
function kSalary(d) {
  const c = co(), me = d.emp(c);
  const cols = shuffle(['id', 'card', 'branch', 'mobile', 'hired', ...(chance(0.6) ? ['maskcard'] : [])]); cols.unshift('name'); cols.unshift('empno');
  if (chance(0.6)) cols.push('amount');
  const L = [pick(['各部门负责人：', '财务部：']), `以下为${pick(['新入职员工', '本月变更工资卡员工', '待发放补贴员工'])}工资卡信息，请于${d.dec('datetime', dt(3))}前核对。`, ''];
  L.push(renderTable(d, d.people(nrows()), cols, pick(['tab', 'spaces', 'pipe', 'cells', 'csv', 'kv'])), '', `如有疑问请联系 ${d.role('hr@' + c.dom)}`, '', sig(d, me, c));
  return L.join('\n');
}
function kNotify(d) {
  const c = co(), t = ri(0, 5), L = [];
  const greet = () => (chance(0.4) ? `尊敬的${d.sal(d.person(), pick(['先生', '女士']))}：` : chance(0.3) ? `尊敬的${d.nm(d.person())}：` : '尊敬的客户：');
  if (t === 0) L.push(greet(), `您的订单 ${d.dec('order_no', orderNo())} 已于 ${d.dec('datetime', dt(0))} 发货，${pick(['顺丰', '中通', '圆通', 'EMS'])}运单号：${d.dec('tracking_no', trackNo())}。`, `收件手机：${d.dec('masked_mobile', maskMobile(genMobile()))}`);
  else if (t === 1) L.push(greet(), `您尾号${d.dec('masked_card', genCard().slice(-4))}的储蓄卡于${d.dec('datetime', dt(1))}支出${d.dec('amount', amount())}，交易流水号${d.dec('transaction_no', ds8() + digits(ri(8, 11)))}。`, `卡号：${d.dec('masked_card', maskCard(genCard()))}`);
  else if (t === 2) L.push(greet(), `您的账号于${d.dec('datetime', dt(0))}在新设备登录，IP ${d.dec('ip', `10.${ri(0, 255)}.${ri(0, 255)}.${ri(1, 254)}`)}。`, `绑定手机：${d.dec('masked_mobile', maskMobile(genMobile()))}，验证码 ${d.dec('verification_code', digits(6))}，5分钟内有效。`);
  else if (t === 3) L.push(greet(), `您的电子发票已开具：发票代码 ${d.dec('invoice_code', invCode())}，发票号码 ${d.dec('invoice_no', invNo())}，价税合计${d.dec('amount', amount())}。`);
  else if (t === 4) { const p = d.person(); L.push(greet(), `您已成功购买 ${d.dec('datetime', dt(3))} ${pick(['G', 'D'])}${ri(1, 9999)} 次列车车票，订单号 ${d.dec('order_no', 'E' + digits(9))}。`, `乘车人：${d.dec('masked_name', maskName(p))}，证件号：${d.dec('masked_id', maskId(p.id))}`); }
  else L.push(greet(), `您的SIM卡 ICCID ${d.dec('iccid', iccid())} 已激活，支付宝账户 ${d.dec('alipay_uid', '2088' + digits(12))} 已绑定。`);
  L.push('', `客服热线：${d.dec('hotline', chance(0.5) ? hotline() : c.hotline)}`, `本邮件由系统自动发送，请勿回复。${d.role(pick(['noreply', 'no-reply', 'notice']) + '@' + c.dom)}`);
  if (chance(0.4)) L.push(`[image: ${d.dec('image_file', imgFile())}]`);
  return L.join('\n');
}
const DIAL = [['+86 (755) 36550000', '075536550000'], ['+86 (10) 87581234', '01087581234'], ['+86 (21) 51661234', '02151661234'], ['+86 10 8783 1234', '01087831234']];
function kMeeting(d) {
  const c = co(), org = d.emp(c), att = d.emps(c, ri(2, 15)), mid = d.dec('meeting_id', meetingId()), pwd = d.dec('meeting_password', digits(ri(4, 6)));
  const [dr, dv] = pick(DIAL), topic = pick(['Q2 客户回访复盘', '客户数据治理周会', '大客户季度评审']);
  const t = ri(0, 2), L = [];
  if (t === 0) L.push(`${d.nm(org)} 邀请您参加腾讯会议`, `会议主题：${topic}`, `会议时间：${d.dec('datetime', dt(2))}-${pad(ri(13, 18))}:00 (GMT+08:00) 中国标准时间 - 北京`, '', '点击链接入会，或添加至会议列表：',
    `https://meeting.tencent.com/dm/${alnum(12)}`, '', `#腾讯会议：${mid}`, `会议密码：${pwd}`, '', '手机一键拨号入会', `${d.dc('cn_landline', dv, dr.replace(/[ ()]/g, ''))},,${mid.replace(/\D/g, '')}# (中国大陆)`, '', '根据您的位置拨号', `${d.dc('cn_landline', dv, dr)} (中国大陆)`);
  else if (t === 1) L.push(`${d.nm(org)} is inviting you to a scheduled Zoom meeting.`, `Topic: ${topic}`, `Time: ${d.dec('datetime', dt(7))} Beijing, Shanghai`, '', 'Join Zoom Meeting',
    `https://us06web.zoom.us/j/${mid.replace(/\D/g, '')}?pwd=${alnum(32)}`, '', `Meeting ID: ${mid}`, `Passcode: ${pwd}`, '', 'Dial by your location', `        ${d.dc('cn_landline', dv, dr)} China`);
  else L.push('Microsoft Teams 会议', '在计算机或移动应用上加入', '单击此处加入会议', `会议 ID: ${mid}`, `密码: ${pwd}`, '', '通过电话加入', `${d.dc('cn_landline', dv, dr)},,${mid.replace(/\D/g, '')}#   China, Beijing`, `电话会议 ID: ${mid.replace(/\D/g, '')}#`);
  L.push(`会议编号：${d.dec('ticket_no', 'MT' + ds8() + digits(4))}  会议室：${pick(['A301', '8F-大会议室', 'B12'])}  预定时间：${d.dec('datetime', dt(0))}`);
  L.push('', pick(['参会人：', 'Attendees: ']) + att.map((p) => (chance(0.5) ? d.nm(p) : fa(d, P(p), pick([0, 4])))).join(pick(['、', '; ', ', '])));
  if (chance(0.5)) L.push('', `会前请阅读：${pick(['客户名单已发各位邮箱', '请准备各自区域数据'])}。有问题联系${d.nm(org)} ${d.mob(org.mobile)}`);
  return L.join('\n');
}
function kTicket(d) {
  const c = co(), tk = d.dec('ticket_no', ticketNo()), p = d.person(), agent = d.emp(c), a2 = d.emp(c);
  const L = [`【工单${pick(['更新', '已创建', '待处理', '已关闭'])}】${tk} ${pick(['客户信息变更', '退款申请', '投诉', '开户资料补录'])}`, '', `工单号：${tk}`, `创建时间：${d.dec('datetime', dt(0))}`, `优先级：${pick(['P1', '高', '中'])}`,
    `客户姓名：${d.nm(p)}`, `${pick(['原手机号', '旧号码'])}：${d.dec('masked_mobile', maskMobile(genMobile()))}`, `新手机号：${d.mob(p.mobile)}`];
  if (chance(0.6)) L.push(`证件号码：${d.rid(p)}`);
  if (chance(0.4)) L.push(`绑定银行卡：${d.card(p.card)}`);
  if (chance(0.4)) L.push(`关联订单：${d.dec('order_no', orderNo())}`);
  L.push(`处理人：${d.nm(agent)}（${d.mail(agent.work)}）`, '', '处理记录：', `${d.dec('datetime', dt(0))} ${d.nm(a2)}：${pick(['已电话核实本人', '客户要求回电', '资料已补齐'])}`,
    `${d.dec('datetime', dt(0))} 系统：状态变更为${pick(['处理中', '已解决'])}`, '', `本邮件由系统自动发送，请勿直接回复。查看详情：https://helpdesk.${c.dom}/ticket/${d.dec('ticket_no', ri(1, 9) + digits(9))}`, d.role('noreply@helpdesk.' + c.dom));
  return L.join('\n');
}
function kKV(d) {
  const c = co(), me = d.emp(c), n = ri(1, 30), L = [pick(['客户资料如下：', '今日来访客户登记：', '补录资料：']), ''];
  if (chance(0.35)) L.splice(1, 0, `（登记格式：姓名/手机/身份证，例：${d.dc('person_name_zh', '张三')}/${d.dc('cn_mobile', '13800138000')}/${d.dc('cn_resident_id', '11010519491231002X')}，请勿填写示例数据）`);
  const fields = shuffle([...shuffle(['mobile', 'id', 'card', 'email', 'land']).slice(0, ri(2, 3)), ...shuffle(['order', 'time', 'custno', 'track', 'amount', 'maskcard', 'contract', 'note']).slice(0, ri(3, 5))]);
  const s = pick(['：', ':', ': ']);
  d.people(n).forEach((p, i) => {
    L.push(pick([`客户${i + 1}`, `【${i + 1}】`, `No.${i + 1}`, `${i + 1}.`]), `${pick(COLS.name.h)}${s}${d.nm(p)}`);
    for (const f of fields) L.push(`${pick(COLS[f].h)}${s}${COLS[f].f(d, p, i, {})}`);
    L.push('');
  });
  L.push(sig(d, me, c));
  return L.join('\n');
}
function kCSV(d) {
  const c = co(), me = d.emp(c), ps = d.people(nrows()), cols = pickCols(), hd = cols.map((x) => pick(COLS[x].h));
  const L = [pick(['导出的csv贴在这里：', 'csv原文：', '名单（csv）：']), '', hd.join(',')];
  ps.forEach((p, i) => L.push(cols.map((x) => {
    if (x === 'id' && chance(0.3)) return `'${d.rid(p, 0)}`;
    if (x === 'card' && chance(0.3)) return `="${d.card(p.card, 0)}"`;
    if (x === 'mobile' && chance(0.2)) return `"${d.mob(p.mobile, 0)}"`;
    const v = COLS[x].f(d, p, i, { legacy: true }); return /[",]/.test(v) ? `"${v}"` : v;
  }).join(',')));
  if (chance(0.6)) { const b = genPerson(); L.push('', `注意：有几行身份证号被Excel显示成了 ${d.dec('sci_notation', sci(b.id.slice(0, 17)))}，卡号变成了 ${d.dec('sci_notation', sci(b.card))}，需要重新导出。`); }
  L.push('', sig(d, me, c));
  return L.join('\n');
}
function kBounce(d) {
  const c = co(), s = d.emp(c), typo = chance(0.5), dom = s.email.split('@')[1];
  const bad = typo ? s.email.split('@')[0] + '@' + pick({ '163.com': ['163.con', '136.com'], 'qq.com': ['qq.con', 'qq.cm'], 'gmail.com': ['gmial.com'] }[dom] || ['gmial.com', 'hotmial.com']) : s.email;
  const badRaw = typo ? d.dc('email', bad) : d.mail(bad, 0);
  const L = [`发件人: ${d.role(pick(['postmaster', 'MAILER-DAEMON']) + '@' + c.dom)}`, `主题: ${pick(['退信：', 'Undeliverable: ', '系统退信'])}${subj()}`, '',
    pick(['很抱歉您的邮件无法送达以下收件人：', 'Delivery has failed to these recipients or groups:']), '', badRaw, '',
    `${pick(['退信原因', 'Reason'])}: ${typo ? '550 5.1.1 User unknown / 域名不存在' : '552 5.2.2 Mailbox full'}`, `Remote-MTA: dns; mx.${bad.split('@')[1]}`, '',
    '------ 原邮件头 ------', `Message-ID: <${d.dec('message_id', msgid(c.dom))}>`, `Date: ${d.dec('datetime', dt(5))}`, `From: ${fa(d, P(s), 0)}`, `To: ${badRaw}`, `Subject: ${subj()}`, '', '------ 原邮件正文 ------',
    chance(0.7) ? custTable(d) : d.people(ri(1, 4)).map((p) => prose(d, p)).join('\n')];
  return L.join('\n');
}
function kInsurance(d) {
  const c = co(), me = d.emp(c), a = d.person({ y0: 1960, y1: 1995 }), self = chance(0.4), b = self ? a : d.person(), s = pick(['：', ':']);
  const L = [pick(['理赔资料如下，请审核：', '客户理赔申请转交：']), '', `报案号${s}${d.dec('claim_no', 'BA' + ds8() + digits(6))}`, `保单号${s}${d.dec('policy_no', pick(['P', 'PICC', '']) + ds8() + digits(8))}`,
    `投保人${s}${d.nm(a)}  身份证号${s}${d.rid(a)}  手机${s}${d.mob(a.mobile)}`, `被保险人${s}${d.nm(b)}  证件号码${s}${d.rid(b)}  与投保人关系${s}${self ? '本人' : pick(['配偶', '子女', '父母'])}`,
    `出险时间${s}${d.dec('datetime', dt(1))}  出险地点${s}${place(d)}`, `就诊医院${s}${pick(['市第一人民医院', '华山医院', '中山大学附属第三医院'])}`, `理赔金额${s}${d.dec('amount', amount())}`,
    `收款人${s}${d.nm(a)}  开户行${s}${d.dec('bank_branch', pick(BRANCHES))}  账号${s}${d.card(a.card)}`];
  if (chance(0.4)) { const ben = d.person(); L.push(`身故受益人${s}${d.nm(ben)}  身份证${s}${d.rid(ben)}  电话${s}${d.mob(ben.mobile)}`); }
  L.push('', sig(d, me, c));
  return L.join('\n');
}
function kCarrier(d) {
  const c = co(), me = d.emp(c), n = ri(1, 6), L = [pick(['以下客户要求用手机邮箱/QQ邮箱接收账单：', '客户邮箱更新：']), ''];
  d.people(n).forEach((p) => {
    const t = ri(0, 3);
    const tail = `，账户 ${d.dec('customer_no', custNo())}，账单日 ${d.dec('datetime', dt(3))}`;
    if (t < 3) { const dm = ['139.com', '189.cn', 'wo.cn'][t]; const e = p.mobile + '@' + dm; d.mob(p.mobile, 0); L.push(`${d.nm(p)}：${d.mail(e, 0)}${tail}`); }
    else { const q = String(ri(10000, 3999999999)); L.push(`${d.nm(p)}：${d.mail(q + '@qq.com', 0)}（QQ${q}）${tail}`); }
  });
  L.push('', `我的139邮箱也可以收：${(() => { const e = me.mobile + '@139.com'; d.mob(me.mobile, 0); return d.mail(e, 0); })()}`, '', sig(d, me, c));
  return L.join('\n');
}
function kFullwidth(d) {
  const c = co(), p = d.person(), L = [pick(['你好，', '您好：']), `我是${d.nm(p)}，${pick(['想办理退款', '要修改收货信息', '申请开通会员'])}，资料如下：`];
  L.push(`手机号：${d.mob(p.mobile, 9)}`, `身份证号：${d.rid(p, 3)}`);
  if (chance(0.7)) L.push(`银行卡：${d.card(p.card, 3)}`);
  L.push(`邮箱：${d.mail(p.email, 3)}`, `订单号：${d.dec('order_no', fw(orderNo()))}`, '', `谢谢！${d.nm(p)}`);
  if (chance(0.5)) return [pick(['您好，资料已收到，我们将在3个工作日内处理。', '已登记，请保持电话畅通。']), `${pick(['客服中心', '客户服务部'])} ${d.role('service@' + c.dom)}`, '', wrote(d, p, p.email), quote(L.join('\n'))].join('\n');
  return L.join('\n');
}
function kNewsletter(d) {
  const c = co(), L = [`【${c.cn.slice(0, 4)}】${pick(['会员专享', '春季大促', '新品上市'])}`, '', chance(0.4) ? `亲爱的${d.sal(d.person(), pick(['先生', '女士']))}：` : '亲爱的会员：',
    `${pick(['即日起至', '活动截止'])}${d.dec('datetime', dt(3))}，全场${ri(5, 9)}折！优惠码：${alnum(8).toUpperCase()}`, `会员卡号：${d.dec('member_no', custNo())}`, `[image: ${d.dec('image_file', imgFile())}]`,
    `订阅手机：${d.dec('masked_mobile', maskMobile(genMobile()))}`, '', `客服热线：${d.dec('hotline', c.hotline)}  ${d.dec('hotline', hotline())}`, `QQ群：${d.dec('qq_group', String(ri(100000000, 999999999)))}`,
    `退订请发邮件至 mailto:${d.role('unsubscribe@' + c.dom)} 或回复TD`, `${d.role('marketing@' + c.dom)}  ©${pick([2024, 2025])} ${d.dec('company', c.cn)}`, `地址：${d.dec('address_org', c.addr)}`];
  return L.join('\n');
}
function kTravel(d) {
  const c = co(), me = d.emp(c), n = ri(1, 12), ps = d.emps(c, n), fl = d.dec('flight_no', pick(['MU', 'CA', 'CZ', 'HU', '3U']) + ri(1000, 9999));
  const L = [pick(['差旅平台：', '请帮以下同事订票：']), `${d.dec('datetime', dt(3))} ${pick(CITIES)}-${pick(CITIES)} 航班 ${fl}`, ''];
  const sep = pick([' | ', '\t', '  ']); L.push(['姓名', '证件类型', '证件号码', '手机'].join(sep));
  L[L.length - 1] += sep + '票号' + sep + '订单号';
  ps.forEach((p) => L.push([d.nm(p), ...(chance(0.3) ? ['护照', d.ent('cn_passport', p.passport)] : ['身份证', d.rid(p)]), d.mob(p.mobile), d.dec('eticket_no', `${pick(['781', '999', '784'])}-${digits(10)}`), d.dec('order_no', orderNo())].join(sep)));
  L.push('', `PNR：${d.dec('pnr', alnum(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'))}  电子客票号：${d.dec('eticket_no', `${pick(['781', '999', '784'])}-${digits(10)}`)}`, `物料编码（差旅包）：${d.dec('sku', 'E' + digits(8))}`, '', sig(d, me, c));
  return L.join('\n');
}
const KINDS = [['fwd-private', 12, kFwdPrivate], ['quoted-reply', 10, kQuotedReply], ['outlook-chain', 9, kOutlookChain], ['foxmail-fwd', 8, kFoxmail],
  ['netease-fwd', 8, kNetease], ['qqmail-fwd', 8, kQQ], ['signature', 10, kSignature], ['auto-reply', 8, kAutoReply], ['list-digest', 8, kDigest],
  ['html-table', 10, kHtmlTable], ['html-links', 8, kHtmlLinks], ['tab-columns', 10, kTab], ['space-columns', 9, kSpaces], ['complaint', 10, kComplaint],
  ['recruit-cv', 10, kCV], ['bulk-cc', 8, kBulk], ['handover', 8, kHandover], ['en-mixed', 9, kEnglish], ['refund', 8, kRefund], ['invoice-info', 8, kInvoice],
  ['salary-card', 8, kSalary], ['notification', 9, kNotify], ['meeting', 8, kMeeting], ['ticket', 8, kTicket], ['kv-records', 8, kKV], ['csv-paste', 8, kCSV],
  ['bounce', 7, kBounce], ['insurance', 7, kInsurance], ['carrier-mailbox', 7, kCarrier], ['fullwidth', 6, kFullwidth], ['newsletter', 7, kNewsletter], ['travel', 7, kTravel]];

// ------------------------------------------------------------------ self-check
const upgrade15 = (s) => { const b = s.slice(0, 6) + '19' + s.slice(6); return b + idCheck(b); };
function normalize(det, raw) {
  let s = raw.normalize('NFKC');
  switch (det) {
    case 'cn_mobile': s = s.replace(/[\s\-()]/g, ''); if (s.startsWith('+86')) s = s.slice(3); else if (s.startsWith('0086')) s = s.slice(4); else if (s.length === 13 && s.startsWith('86')) s = s.slice(2); return s;
    case 'cn_resident_id': s = s.replace(/[\s-]/g, '').toUpperCase(); return s.length === 15 ? upgrade15(s) : s;
    case 'cn_landline': s = s.replace(/[\s\-()]/g, ''); return s.startsWith('+86') ? '0' + s.slice(3) : s;
    case 'bank_card': return s.replace(/\D/g, '');
    case 'email': return s.toLowerCase();
    case 'person_name_zh': return s.replace(/\s/g, '');
    default: return s.toUpperCase();
  }
}
const VALID = {
  cn_resident_id: (v) => /^\d{17}[\dX]$/.test(v) && idCheck(v) === v[17] && PROVINCES.has(v.slice(0, 2)),
  cn_mobile: (v) => /^1[3-9]\d{9}$/.test(v),
  cn_landline: (v) => /^0\d{9,11}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v),
  bank_card: (v, dc) => (dc ? /^\d{10,30}$/.test(v) : /^\d{16,19}$/.test(v) && luhnOk(v)),
  cn_uscc: (v) => /^[0-9A-HJ-NPQRTUWXY]{18}$/.test(v) && usccCheck(v) === v[17] && orgCheck(v.slice(8, 16)) === v[16],
  cn_passport: (v) => /^(E\d{8}|E[A-HJ-NP-Z]\d{7})$/.test(v),
  person_name_zh: (v, dc) => (dc ? /^[\u4e00-\u9fa5]{1,4}$/ : /^[\u4e00-\u9fa5]{2,4}$/).test(v) || /^[\u4e00-\u9fa5]{2,6}·[\u4e00-\u9fa5]{2,6}$/.test(v),
};
const NUMERIC = new Set(['cn_mobile', 'cn_resident_id', 'bank_card', 'cn_landline']);
const isDigit = (ch) => !!ch && /[0-9０-９]/.test(ch);
function looksReal(t) { // decoys must not be genuinely indistinguishable personal data
  const s = t.normalize('NFKC');
  for (const m of s.matchAll(/\d+/g)) {
    const r = m[0];
    if (r.length === 11 && /^1[3-9]/.test(r)) return 'mobile-shaped run ' + r;
    if (r.length >= 16 && r.length <= 19 && /^(62|4|5[1-5]|81)/.test(r) && luhnOk(r)) return 'card-shaped run ' + r;
  }
  for (const m of s.matchAll(/\d{17}[\dX]/g)) if (!isDigit(s[m.index - 1]) && !isDigit(s[m.index + 18]) && VALID.cn_resident_id(m[0])) return 'valid id ' + m[0];
  if (/^1[3-9]\d{9}$/.test(s.replace(/[\s-]/g, ''))) return 'mobile after stripping';
  return null;
}
function docErrors(d) {
  const err = [], text = d.text, low = text.toLowerCase();
  for (const m of [d.E, d.D]) for (const { detector, value } of m.values()) { if (!VALID[detector]?.(value, m === d.D)) err.push(`invalid ${detector} value ${value}`); }
  for (const r of d.raws) {
    let at = text.indexOf(r.raw);
    if (at < 0) { err.push(`raw form missing: ${r.raw}`); continue; }
    if (normalize(r.det, r.raw) !== r.value) err.push(`raw ${r.raw} normalises to ${normalize(r.det, r.raw)}, not ${r.value}`);
    if (NUMERIC.has(r.det)) { let ok = false; for (; at >= 0; at = text.indexOf(r.raw, at + 1)) if (!isDigit(text[at - 1]) && !isDigit(text[at + r.raw.length])) { ok = true; break; } if (!ok) err.push(`no digit boundary around ${r.raw}`); }
  }
  const labelled = [...d.E.values(), ...d.D.values()];
  for (const k of d.E.keys()) if (d.D.has(k)) err.push('entity and dontCare overlap ' + k);
  for (const y of d.Y.values()) {
    if (!text.includes(y.text)) err.push('decoy missing from text ' + y.text);
    const yl = y.text.toLowerCase(), yd = y.text.normalize('NFKC').replace(/\D/g, '');
    for (const e of d.E.values()) { const v = e.value.toLowerCase(); if (yl.includes(v) || yl.normalize('NFKC').includes(v) || (NUMERIC.has(e.detector) && yd.includes(e.value.replace(/X$/, '')))) err.push(`decoy ${y.text} contains entity ${e.value}`); }
    for (const e of labelled) if (e.value.toLowerCase() === yl) err.push(`decoy equals label ${y.text}`);
    const lr = looksReal(y.text); if (lr) err.push(`decoy ${y.text}: ${lr}`);
    for (const r of d.raws) if (r.raw.toLowerCase().includes(yl) || r.value.toLowerCase().includes(yl)) err.push(`decoy ${y.text} inside labelled ${r.raw}`);
  }
  for (const e of d.E.values()) if (!low.includes(e.value.toLowerCase()) && !d.raws.some((r) => r.value === e.value && r.det === e.detector)) err.push('entity without raw ' + e.value);
  return err;
}

// ------------------------------------------------------------------ main
const out = process.argv[2];
if (!out) { console.error('usage: node mail.mjs OUT.jsonl'); process.exit(2); }
const docs = []; let retries = 0;
for (const [kind, n, fn] of KINDS) {
  for (let i = 1; i <= n; i++) {
    let d, errs;
    for (let t = 0; t < 30; t++) { d = new Doc(kind); d.text = fn(d); errs = docErrors(d); if (!errs.length) break; retries++; if (process.env.DEBUG) console.error(kind, errs.slice(0, 3)); }
    if (errs.length) { console.error(`cannot build ${kind}-${i}:`, errs.slice(0, 5)); process.exit(1); }
    d.id = `ml-${kind}-${i}`; docs.push(d);
  }
}
writeFileSync(out, docs.map((d) => JSON.stringify({ id: d.id, kind: d.kind, text: d.text, entities: [...d.E.values()], dontCare: [...d.D.values()], decoys: [...d.Y.values()] })).join('\n') + '\n');

// final self-check over the written file
const back = (await import('node:fs')).readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const failures = [], perKind = {}, ent = {}, dcs = {}, dec = {}, ids = new Set();
for (const [i, o] of back.entries()) {
  if (ids.has(o.id)) failures.push('duplicate id ' + o.id); ids.add(o.id);
  const d = docs[i]; if (d.text !== o.text) failures.push('round-trip mismatch ' + o.id);
  for (const e of docErrors(d)) failures.push(`${o.id}: ${e}`);
  const keys = new Set(); for (const e of o.entities) { const k = e.detector + '|' + e.value; if (keys.has(k)) failures.push('duplicate entity ' + k); keys.add(k); }
  perKind[o.kind] = (perKind[o.kind] || 0) + 1;
  for (const e of o.entities) ent[e.detector] = (ent[e.detector] || 0) + 1;
  for (const e of o.dontCare) dcs[e.detector] = (dcs[e.detector] || 0) + 1;
  for (const y of o.decoys) dec[y.kind] = (dec[y.kind] || 0) + 1;
}
const nEnt = Object.values(ent).reduce((a, b) => a + b, 0), nDec = Object.values(dec).reduce((a, b) => a + b, 0);
if (back.length < 250) failures.push('fewer than 250 documents');
if (Object.keys(perKind).length < 25) failures.push('fewer than 25 kinds');
for (const k of ['person_name_zh', 'cn_mobile', 'cn_resident_id', 'bank_card', 'email']) if ((ent[k] || 0) < 300) failures.push(`only ${ent[k] || 0} ${k} entities`);
if (nDec < nEnt) failures.push(`decoys (${nDec}) fewer than entities (${nEnt})`);
console.log(`wrote ${back.length} documents to ${out}`);
console.log('documents per kind:'); for (const [k, v] of Object.entries(perKind)) console.log(`  ${k.padEnd(16)} ${v}`);
console.log('entity labels per detector:'); for (const [k, v] of Object.entries(ent).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log('dontCare labels per detector:'); for (const [k, v] of Object.entries(dcs).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(16)} ${v}`);
console.log('decoys per kind:'); for (const [k, v] of Object.entries(dec).sort((a, b) => b[1] - a[1])) console.log(`  ${k.padEnd(18)} ${v}`);
console.log(`documents rebuilt after a failed per-document check: ${retries}`);
console.log(`totals: entities ${nEnt}, dontCare ${Object.values(dcs).reduce((a, b) => a + b, 0)}, decoys ${nDec}`);
if (failures.length) { console.error(`SELF-CHECK FAILED (${failures.length}):`); for (const f of failures.slice(0, 30)) console.error('  ' + f); process.exit(1); }
console.log('self-check passed');
