/**
 * A labeled corpus for the accuracy test: realistic carriers (customer
 * exports, order and bank tables, prose, key-value blocks, signatures, logs,
 * mixed-language text, tech text) with, for each carrier, the exact set of
 * (detector, normalized value) that must be found, the planted decoys that
 * must not, and "don't care" values whose status is genuinely ambiguous.
 *
 * Written from the formats (cn-formats.md, DESIGN.md), not from what the
 * engine happens to do: labels say what a careful human reviewer would mark.
 * Seeded and deterministic; nothing here is real personal data.
 */
import type { UnitShape } from '../../src/extract/types.js';
import * as s from '../support/synth.js';
import type { Rng } from '../support/synth.js';

export type Detector =
  | 'cn_resident_id'
  | 'cn_mobile'
  | 'cn_landline'
  | 'email'
  | 'bank_card'
  | 'cn_uscc'
  | 'cn_passport'
  | 'person_name_zh';

export interface Label {
  detector: Detector;
  value: string;
}

export interface Decoy {
  /** What it is (orderNumber18, name-word, masked-mobile, …): for failure reports. */
  kind: string;
  text: string;
}

export type CarrierKind =
  | 'customer-export'
  | 'order-table'
  | 'bank-statement'
  | 'prose'
  | 'kv-block'
  | 'signature'
  | 'log'
  | 'mixed-language'
  | 'contact-lines'
  | 'invoice-info'
  | 'tech-text'
  | 'pasted-list';

export interface Carrier {
  id: string;
  kind: CarrierKind;
  shape: UnitShape;
  text: string;
  /** Table carriers: the cells, header row first when there is one (for xlsx/docx builders). */
  rows?: string[][];
  entities: Label[];
  /** Ambiguous: neither a hit nor a miss when found or not found. */
  dontCare: Label[];
  decoys: Decoy[];
}

/** A label's identity: detector and value; a name without the spaces that pad or letter-space it (谢　凤 is 谢凤). */
export const key = (l: { detector: string; value: string }): string => `${l.detector}\u0000${l.detector === 'person_name_zh' ? l.value.replace(/\s/g, '') : l.value}`;

// ---------------------------------------------------------------- building blocks

class Labels {
  readonly entities = new Map<string, Label>();
  readonly dontCare = new Map<string, Label>();
  readonly decoys: Decoy[] = [];
  ent(detector: Detector, value: string): void {
    this.entities.set(key({ detector, value }), { detector, value });
  }
  dc(detector: Detector, value: string): void {
    this.dontCare.set(key({ detector, value }), { detector, value });
  }
  decoy(kind: string, text: string): string {
    this.decoys.push({ kind, text });
    return text;
  }
  carrier(id: string, kind: CarrierKind, shape: UnitShape, text: string, rows?: string[][]): Carrier {
    // A value that is both an entity and "don't care" (the same number planted twice) is an entity.
    for (const k of this.entities.keys()) this.dontCare.delete(k);
    const c: Carrier = { id, kind, shape, text, entities: [...this.entities.values()], dontCare: [...this.dontCare.values()], decoys: this.decoys };
    if (rows) c.rows = rows;
    return c;
  }
}

/** Minority names written with a middle dot (transliterated Uyghur etc.). */
const DOT_NAMES = ['买买提·艾力', '古丽·阿不都', '阿依古丽·吐尔逊', '艾尔肯·买买提', '热依拉·托合提', '迪丽娜·热合曼'];

function personName(rng: Rng): string {
  return rng.bool(0.01) ? rng.pick(DOT_NAMES) : s.chineseName(rng);
}

/** Surname-initial words, brands and place names: never names (cn-formats §8 traps). */
const NAME_WORDS = [
  '余额', '余额宝', '付款', '付费', '费用', '交易', '关于', '于是', '周一', '周末', '周转', '方案', '方便', '高速', '高兴',
  '金额', '资金', '万元', '万一', '白天', '明白', '文件', '文化', '常规', '成本', '成功', '安排', '安全', '时间', '时候',
  '向日葵', '林地', '何必', '马路', '马上', '历史', '江湖', '石头', '田野', '叶片', '程序', '流程', '任务', '任意', '华丽',
  '明年', '和谐', '关注', '易于', '杨柳', '黄色', '黄金周', '曹操专车', '韩剧', '孔雀', '钱包', '孙悟空', '包装', '毛巾',
];
const PLACE_WORDS = ['张家口', '张家界', '王府井', '周口', '周庄', '黄山', '黄冈', '马鞍山', '石家庄', '金华', '常熟', '江阴', '高邮', '钟祥', '高新区', '李沧区', '杨浦区', '徐汇区', '林芝', '武夷山'];
const BRAND_PRODUCTS = [
  '王老吉凉茶 310ml×24罐', '黄山毛峰 250g', '周黑鸭鸭脖 200g', '金龙鱼食用油 5L', '李锦记蚝油 510g', '张小泉剪刀套装',
  '马应龙痔疮膏', '杨国福麻辣烫料', '白象方便面 5连包', '高露洁牙膏 120g', '钟薛高雪糕 8支', '曾鲜生鲜礼盒', '华为 Mate 60 Pro',
  '海天酱油 1.9L', '江小白 100ml', '洪湖莲藕 2kg', '沈大成青团', '孔府家酒 500ml', '柳州螺蛳粉 3袋',
];
const REMARKS = ['周一送货', '余额不足请补款', '已付款', '马上发货', '关于发票请联系客服', '方便时回电', '安排明天上门', '常规客户', '程序自动导入', '高价值客户', '任意时间可收货', '', '', '', 'VIP'];

function mobileWritten(rng: Rng, forTable: boolean): { written: string; value: string } {
  const value = s.mobile(rng);
  // Tables mostly hold bare digits; people type the rest.
  const written = forTable && rng.bool(0.6) ? value : s.formatMobile(rng, value);
  return { written, value };
}

function idWritten(rng: Rng, forTable: boolean): { written: string; value: string } {
  const value = s.residentId(rng);
  const written = forTable && rng.bool(0.6) ? (rng.bool(0.15) ? value.toLowerCase() : value) : s.formatId(rng, value);
  return { written, value };
}

function cardWritten(rng: Rng): { written: string; value: string } {
  const brand = rng.weighted(['unionpay', 'visa', 'mastercard'] as const, [85, 10, 5]);
  const value = s.bankCard(rng, { brand });
  return { written: s.formatCard(rng, value), value };
}

function emailWritten(rng: Rng): { written: string; value: string } {
  const value = s.email(rng);
  let written = value;
  if (rng.bool(0.1)) written = value.replace(/^[a-z]/, (c) => c.toUpperCase()).replace(/\.([a-z])/, (_m, c: string) => `.${c.toUpperCase()}`);
  if (rng.bool(0.02)) written = value.replace('@', '＠'); // IME full-width at-sign
  return { written, value };
}

function landlineWritten(rng: Rng): { written: string; value: string } {
  const value = s.landline(rng);
  return { written: s.formatLandline(rng, value), value };
}

/** A mobile hidden in `<mobile>@139.com` is reported or not: both are defensible (cn-formats §10). */
function noteEmbedded(l: Labels, email: string): void {
  const m = /^(1[3-9]\d{9})@/.exec(email);
  if (m) l.dc('cn_mobile', m[1]!);
}

function dateTime(rng: Rng): string {
  const y = rng.int(2019, 2025);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${y}-${p(rng.int(1, 12))}-${p(rng.int(1, 28))} ${p(rng.int(0, 23))}:${p(rng.int(0, 59))}:${p(rng.int(0, 59))}`;
}

function dateOnly(rng: Rng, sep = '-'): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return [rng.int(2019, 2025), p(rng.int(1, 12)), p(rng.int(1, 28))].join(sep);
}

const amount = (rng: Rng): string => `${rng.int(1, 99999)}.${String(rng.int(0, 99)).padStart(2, '0')}`;
const maskedCard = (rng: Rng): string => {
  const c = s.bankCard(rng);
  return rng.bool() ? `${c.slice(0, 4)} **** **** ${c.slice(-4)}` : `${c.slice(0, 6)}******${c.slice(-4)}`;
};
const maskedName = (rng: Rng): string => {
  const n = s.chineseName(rng);
  return n[0] + rng.pick(['*', '**', '某', '某某']);
};
const hotline = (rng: Rng): string => rng.pick([`400-${rng.digits(3)}-${rng.digits(4)}`, `800-${rng.digits(3)}-${rng.digits(4)}`, '95588', '95533', '10086', '12345', '95555']);
const zto = (rng: Rng): string => rng.pick(['7', '3', '4']) + rng.digits(rng.int(11, 14));

/** Numbers that must not be found, each with the label it travels under. */
function digitDecoy(rng: Rng, l: Labels): string {
  switch (rng.int(0, 17)) {
    case 0: return `订单号：${l.decoy('orderNumber18', s.orderNumber18(rng))}`;
    case 1: return `交易流水号 ${l.decoy('transactionNo19', s.transactionNo19(rng))}`;
    case 2: return `快递单号：${l.decoy('express', s.expressNumber(rng))}`;
    case 3: return `运单号 ${l.decoy('zto', zto(rng))}`;
    case 4: return `时间戳 ${l.decoy('msEpoch13', s.msEpoch13(rng))}`;
    case 5: return `创建时间 ${l.decoy('timestamp14', s.timestamp14(rng))}`;
    case 6: return `发票代码 ${l.decoy('invoiceCode', s.invoiceCode(rng))}`;
    case 7: return `发票号码：${l.decoy('invoiceNumber', s.invoiceNumber(rng))}`;
    case 8: return `IMEI: ${l.decoy('imei15', s.imei15(rng))}`;
    case 9: return `ICCID ${l.decoy('iccid', s.iccid(rng))}`;
    case 10: return `QQ号 ${l.decoy('qq', s.qq(rng))}`;
    case 11: return `支付宝账户ID ${l.decoy('alipay', s.alipayUserId(rng))}`;
    case 12: return `商户订单号 ${l.decoy('snowflake19', s.snowflake19(rng))}`;
    case 13: return `手机 ${l.decoy('maskedMobile', s.maskedMobile(rng))}`;
    case 14: return `身份证 ${l.decoy('maskedId', s.maskedId(rng))}`;
    case 15: return `银行卡 ${l.decoy('maskedCard', maskedCard(rng))}`;
    case 16: return `客服热线 ${l.decoy('hotline', hotline(rng))}`;
    default: return `设备序列号 ${l.decoy('serialWithId', rng.digits(3) + s.residentId(rng).replace('X', '7') + rng.digits(2))}`;
  }
}

function nameWordSentence(rng: Rng, l: Labels): string {
  const w = l.decoy('name-word', rng.pick(NAME_WORDS));
  const p = l.decoy('place', rng.pick(PLACE_WORDS));
  return rng.pick([
    `${w}的问题我们${rng.pick(['周一', '明天', '下午'])}再讨论。`,
    `本月${w}相关事项已经处理完毕，下周去${p}出差。`,
    `请注意${w}，${p}仓库${rng.pick(['周末', '节假日'])}不发货。`,
    `${p}分公司反馈：${w}方面暂无异常。`,
    `公司年会定在${p}，${w}等细节另行通知。`,
  ]);
}

// ---------------------------------------------------------------- tables

function csvCell(v: string, delim: string, quoteAll: boolean): string {
  if (quoteAll || v.includes(delim) || v.includes('"')) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

function tableText(rows: string[][], delim: ',' | '\t', quoteAll: boolean): string {
  return rows.map((r) => r.map((c) => (delim === ',' ? csvCell(c, delim, quoteAll) : c)).join(delim)).join(rng_eol(rows.length)) + '\n';
}
// CRLF (Excel) or LF: a deterministic choice from the table size.
const rng_eol = (n: number): string => (n % 3 === 0 ? '\r\n' : '\n');

type Col = {
  headers: string[];
  cell: (rng: Rng, l: Labels, p: Person) => string;
  /** Only with a header row (the value is a decoy only because the header says what it is). */
  needsHeader?: boolean;
};

interface Person {
  name: string;
  mobile: { written: string; value: string };
  id: { written: string; value: string };
  email: { written: string; value: string };
  card: { written: string; value: string };
  landline: { written: string; value: string };
  company: string;
  uscc: string;
}

function person(rng: Rng, forTable: boolean): Person {
  return {
    name: personName(rng),
    mobile: mobileWritten(rng, forTable),
    id: idWritten(rng, forTable),
    email: emailWritten(rng),
    card: cardWritten(rng),
    landline: landlineWritten(rng),
    company: s.companyName(rng),
    uscc: s.uscc(rng),
  };
}

const COLS: Record<string, Col> = {
  name: { headers: ['姓名', '客户姓名', '联系人', '名字', '客户名称', '户名', 'Name', '会员姓名', '收件人', '持卡人姓名'], cell: (_r, l, p) => (l.ent('person_name_zh', p.name), p.name) },
  mobile: { headers: ['手机号', '手机', '手机号码', '联系电话', '电话', 'Mobile', '联系方式', '移动电话', '手机号(必填)'], cell: (_r, l, p) => (l.ent('cn_mobile', p.mobile.value), p.mobile.written) },
  id: { headers: ['身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证', 'ID号码', '证件号'], cell: (_r, l, p) => (l.ent('cn_resident_id', p.id.value), p.id.written) },
  email: { headers: ['邮箱', '电子邮箱', 'Email', 'E-mail', '邮件地址', '邮箱地址'], cell: (_r, l, p) => (l.ent('email', p.email.value), noteEmbedded(l, p.email.value), p.email.written) },
  card: { headers: ['银行卡号', '卡号', '银行账号', '收款账号', '工资卡号', '借记卡号'], cell: (_r, l, p) => (l.ent('bank_card', p.card.value), p.card.written) },
  landline: { headers: ['座机', '固定电话', '办公电话', '单位电话', '家庭电话'], cell: (_r, l, p) => (l.ent('cn_landline', p.landline.value), p.landline.written) },
  address: { headers: ['地址', '联系地址', '收货地址', '家庭住址', '通讯地址'], cell: (r) => s.address(r) },
  company: { headers: ['公司名称', '工作单位', '单位名称', '所属公司'], cell: (_r, l, p) => l.decoy('company', p.company) },
  uscc: { headers: ['统一社会信用代码', '信用代码', '社会信用代码', '税号', '纳税人识别号'], cell: (_r, l, p) => (l.ent('cn_uscc', p.uscc), p.uscc) },
  gender: { headers: ['性别'], cell: (r) => r.pick(['男', '女']) },
  birth: { headers: ['出生日期', '生日'], cell: (_r, _l, p) => `${p.id.value.slice(6, 10)}-${p.id.value.slice(10, 12)}-${p.id.value.slice(12, 14)}` },
  registered: { headers: ['注册时间', '创建时间', '入会日期'], cell: (r) => (r.bool() ? dateTime(r) : dateOnly(r, r.pick(['-', '/']))) },
  points: { headers: ['积分', '消费金额', '余额'], cell: (r) => amount(r) },
  level: { headers: ['会员等级', '客户等级'], cell: (r, l) => l.decoy('level', r.pick(['普通', '银卡', '金卡', '钻石', 'VIP1', 'VIP3'])), needsHeader: true },
  memberNo: { headers: ['会员卡号', '客户编号', '会员编号'], cell: (r, l) => l.decoy('memberNo', r.bool() ? r.digits(12) : `C${r.digits(9)}`), needsHeader: true },
  city: { headers: ['城市', '所在城市', '所在地区'], cell: (r, l) => l.decoy('place', r.bool(0.4) ? r.pick(PLACE_WORDS) : r.pick(['深圳', '上海', '杭州', '成都', '北京', '温州', '常州'])), needsHeader: true },
  remark: { headers: ['备注', '说明', '客户备注'], cell: (r, l) => { const t = r.pick(REMARKS); return t ? l.decoy('remark', t) : t; }, needsHeader: true },
  qq: { headers: ['QQ', 'QQ号'], cell: (r, l) => l.decoy('qq', s.qq(r)), needsHeader: true },
  orderNo: { headers: ['最近订单号', '订单编号'], cell: (r, l) => l.decoy('orderNumber18', s.orderNumber18(r)), needsHeader: true },
};

function customerExport(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const core = ['name', 'mobile', 'id', 'email', 'card', 'landline', 'address', 'company', 'uscc'];
  const extra = ['gender', 'birth', 'registered', 'points', 'level', 'memberNo', 'city', 'remark', 'qq', 'orderNo'];
  const hasHeader = rng.bool(0.85);
  let cols = core.filter(() => rng.bool(0.5));
  if (!cols.some((c) => ['mobile', 'id', 'email', 'card'].includes(c))) cols.push(rng.pick(['mobile', 'id', 'email', 'card']));
  if (rng.bool(0.7) && !cols.includes('name')) cols.unshift('name');
  // A USCC column belongs with a company column.
  if (cols.includes('uscc') && !cols.includes('company')) cols.push('company');
  cols.push(...extra.filter(() => rng.bool(0.25)).filter((c) => hasHeader || !COLS[c]!.needsHeader));
  cols = shuffle(rng, cols);
  if (rng.bool(0.5) && cols.includes('name')) cols = ['name', ...cols.filter((c) => c !== 'name')];
  const rows: string[][] = [];
  if (hasHeader) rows.push(cols.map((c) => rng.pick(COLS[c]!.headers)));
  const n = rng.int(4, 30);
  const withSeq = rng.bool(0.3);
  if (withSeq && hasHeader) rows[0]!.unshift(rng.pick(['序号', '#', 'No.']));
  for (let i = 0; i < n; i++) {
    const p = person(rng, true);
    const row = cols.map((c) => {
      // Empty cells happen; an empty cell plants nothing.
      if (rng.bool(0.04)) return '';
      return COLS[c]!.cell(rng, l, p);
    });
    if (withSeq) row.unshift(String(i + 1));
    rows.push(row);
  }
  const delim = rng.bool(0.75) ? ',' : '\t';
  return l.carrier(id, 'customer-export', { kind: 'table', delimiter: delim }, tableText(rows, delim, rng.bool(0.2)), rows);
}

function orderTable(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const header = ['订单号', '下单时间', '商品名称', '数量', '实付金额', '收货人', '收货人电话', '收货地址', '快递公司', '快递单号', '支付流水号', '发票号码'];
  const rows: string[][] = [header];
  const maskPhones = rng.bool(0.6);
  const maskNames = maskPhones && rng.bool(0.5);
  const n = rng.int(5, 25);
  for (let i = 0; i < n; i++) {
    let name: string;
    if (maskNames) name = l.decoy('maskedName', maskedName(rng));
    else {
      name = personName(rng);
      l.ent('person_name_zh', name);
    }
    let phone: string;
    if (maskPhones) phone = l.decoy('maskedMobile', s.maskedMobile(rng));
    else {
      const m = mobileWritten(rng, true);
      l.ent('cn_mobile', m.value);
      phone = m.written;
    }
    rows.push([
      l.decoy('orderNumber18', s.orderNumber18(rng)),
      rng.bool(0.7) ? dateTime(rng) : l.decoy('timestamp14', s.timestamp14(rng)),
      l.decoy('brand-product', rng.pick(BRAND_PRODUCTS)),
      String(rng.int(1, 12)),
      amount(rng),
      name,
      phone,
      s.address(rng),
      rng.pick(['顺丰速运', '中通快递', '圆通速递', '京东物流', '极兔速递']),
      rng.bool() ? l.decoy('express', s.expressNumber(rng)) : l.decoy('zto', zto(rng)),
      l.decoy('transactionNo19', s.transactionNo19(rng)),
      l.decoy('invoiceNumber', s.invoiceNumber(rng)),
    ]);
  }
  const delim = rng.bool(0.7) ? ',' : '\t';
  return l.carrier(id, 'order-table', { kind: 'table', delimiter: delim }, tableText(rows, delim, false), rows);
}

function bankStatement(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const header = ['交易日期', '交易时间', '摘要', '对方户名', '对方账号', '交易金额', '余额', '交易流水号', '渠道'];
  const rows: string[][] = [header];
  const n = rng.int(5, 25);
  for (let i = 0; i < n; i++) {
    let who: string;
    let acct: string;
    if (rng.bool(0.7)) {
      who = personName(rng);
      l.ent('person_name_zh', who);
      const c = cardWritten(rng);
      l.ent('bank_card', c.value);
      acct = c.written;
    } else {
      // A company counterparty: corporate account numbers have no check digit;
      // one that happens to pass Luhn is a fair catch or a fair miss.
      who = s.companyName(rng);
      l.decoy('company', who);
      acct = rng.pick(['4000', '3100', '1100', '4420']) + rng.digits(rng.int(13, 15));
      l.dc('bank_card', acct);
    }
    rows.push([
      dateOnly(rng, ''),
      `${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`,
      l.decoy('summary', rng.bool(0.3) ? rng.pick(['余额宝转入', '付款', '关联账户转账', '周期扣款', '费用扣收', '代付工资']) : rng.pick(['转账', '工资', '消费', '跨行转入', '网银转出', '手机银行'])),
      who,
      acct,
      (rng.bool() ? '-' : '+') + amount(rng),
      amount(rng),
      l.decoy('transactionNo19', s.transactionNo19(rng)),
      rng.pick(['网银', '手机银行', '柜面', 'ATM', '银联']),
    ]);
  }
  const delim = rng.bool(0.6) ? ',' : '\t';
  return l.carrier(id, 'bank-statement', { kind: 'table', delimiter: delim }, tableText(rows, delim, rng.bool(0.3)), rows);
}

// ---------------------------------------------------------------- text carriers

function contactSentence(rng: Rng, l: Labels): string {
  const n = s.chineseName(rng);
  // A name in running prose is not a person-context name (it may or may not be reported).
  l.dc('person_name_zh', n);
  const surname = n[0]!;
  const title = rng.pick(['经理', '总', '先生', '女士', '老师', '工']);
  const m = mobileWritten(rng, false);
  l.ent('cn_mobile', m.value);
  switch (rng.int(0, 7)) {
    case 0: return `请联系${surname}${title}，电话 ${m.written}。`;
    case 1: return `如有疑问，可拨打${n}的手机${m.written}咨询。`;
    case 2: return `${surname}${title}的手机号是${m.written}，周一到周五都可以打。`;
    case 3: {
      const e = emailWritten(rng);
      l.ent('email', e.value);
      noteEmbedded(l, e.value);
      return `客户${n}来电（${m.written}），要求把合同发到${e.written}。`;
    }
    case 4: {
      const d = landlineWritten(rng);
      l.ent('cn_landline', d.value);
      return `对接人：${n}，办公电话${d.written}，手机${m.written}。`;
    }
    case 5: return `明天上午十点和${surname}${title}见面，手机${m.written}（微信同号）。`;
    case 6: return `快递到了请打${m.written}，放门卫即可。`;
    default: return `紧急联系人${n}，联系方式：${m.written}。`;
  }
}

function idSentence(rng: Rng, l: Labels): string {
  const id = idWritten(rng, false);
  l.ent('cn_resident_id', id.value);
  const n = s.chineseName(rng);
  l.dc('person_name_zh', n);
  return rng.pick([
    `经核实，${n}的身份证号码为${id.written}，信息无误。`,
    `办理人身份证：${id.written}，请复印留档。`,
    `客户提供的证件号码 ${id.written} 与系统一致。`,
  ]);
}

function cardSentence(rng: Rng, l: Labels): string {
  if (rng.bool(0.4)) return `退款将原路退回尾号${l.decoy('card-tail', rng.digits(4))}的银行卡，余额请在APP查看。`;
  const c = cardWritten(rng);
  l.ent('bank_card', c.value);
  return rng.pick([
    `请将款项转至 ${c.written}（${rng.pick(['工商银行', '建设银行', '招商银行', '农业银行'])}），转账后告知。`,
    `报销款打到我的工资卡${c.written}就行。`,
    `收款卡号：${c.written}，开户行：${rng.pick(['中国银行深圳分行', '招商银行南山支行'])}。`,
  ]);
}

function namePlainProse(rng: Rng, l: Labels): string {
  // A name in prose with no person field around it: not reported (issue 2: never from prose alone).
  const n = l.decoy('prose-name', s.chineseName(rng));
  return rng.pick([`我们下周一和${n}讨论一下方案。`, `${n}提出的建议很有价值，会议纪要见附件。`, `感谢${n}对本项目的支持。`]);
}

function prose(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const parts: string[] = [];
  const n = rng.int(3, 8);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.3) parts.push(contactSentence(rng, l));
    else if (r < 0.4) parts.push(idSentence(rng, l));
    else if (r < 0.48) parts.push(cardSentence(rng, l));
    else if (r < 0.68) parts.push(`${rng.pick(['', '另外，', '补充：', '注：'])}${digitDecoy(rng, l)}，${rng.pick(['请核对。', '已发货。', '已登记。', '请勿外传。'])}`);
    else if (r < 0.88) parts.push(nameWordSentence(rng, l));
    else if (r < 0.93) parts.push(namePlainProse(rng, l));
    else parts.push(`金额合计${amount(rng)}元，日期${dateOnly(rng, rng.pick(['-', '/', '.']))}。`);
  }
  // Paragraphs: sometimes one long line, sometimes a line per sentence.
  const text = rng.bool() ? parts.join('') : parts.join('\n');
  return l.carrier(id, 'prose', { kind: 'text' }, text + '\n');
}

function kvBlock(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const blocks: string[] = [];
  const n = rng.int(1, 4);
  const colon = rng.pick(['：', ':', ': ', '： ', '\t']);
  for (let b = 0; b < n; b++) {
    const p = person(rng, false);
    const lines: string[] = [];
    if (rng.bool(0.04)) {
      // Surname + title after a label: a person, but not a full name.
      const t = p.name[0] + rng.pick(['先生', '女士']);
      l.dc('person_name_zh', t);
      l.dc('person_name_zh', p.name[0]!);
      lines.push(`${rng.pick(['联系人', '客户'])}${colon}${t}`);
    } else {
      l.ent('person_name_zh', p.name);
      lines.push(`${rng.pick(['姓名', '客户姓名', '联系人', '申请人', '投保人', '收件人', '持卡人', '借款人', '被保险人', '姓　名'])}${colon}${p.name}`);
    }
    if (rng.bool(0.5)) lines.push(`性别${colon}${rng.pick(['男', '女'])}`);
    if (rng.bool(0.85)) {
      l.ent('cn_mobile', p.mobile.value);
      lines.push(`${rng.pick(['手机', '手机号', '联系电话', '电话', '手机号码'])}${colon}${p.mobile.written}`);
    }
    if (rng.bool(0.6)) {
      l.ent('cn_resident_id', p.id.value);
      lines.push(`${rng.pick(['身份证', '身份证号', '身份证号码', '证件号码', '公民身份号码'])}${colon}${p.id.written}`);
    }
    if (rng.bool(0.1)) {
      const pp = s.passport(rng);
      l.ent('cn_passport', pp);
      lines.push(`${rng.pick(['护照号码', '护照号', 'Passport No.'])}${colon}${pp}`);
    }
    if (rng.bool(0.5)) {
      l.ent('email', p.email.value);
      noteEmbedded(l, p.email.value);
      lines.push(`${rng.pick(['邮箱', '电子邮箱', 'Email'])}${colon}${p.email.written}`);
    }
    if (rng.bool(0.4)) {
      l.ent('bank_card', p.card.value);
      lines.push(`${rng.pick(['开户行', '开户银行'])}${colon}${rng.pick(['中国工商银行', '中国建设银行', '招商银行', '中国农业银行'])}${rng.pick(['深圳分行', '杭州西湖支行', '北京朝阳支行'])}`);
      lines.push(`${rng.pick(['银行卡号', '卡号', '账号'])}${colon}${p.card.written}`);
    }
    if (rng.bool(0.5)) lines.push(`${rng.pick(['地址', '家庭住址', '联系地址'])}${colon}${s.address(rng)}`);
    if (rng.bool(0.25)) {
      l.ent('cn_uscc', p.uscc);
      lines.push(`${rng.pick(['工作单位', '公司名称'])}${colon}${p.company}`);
      lines.push(`${rng.pick(['统一社会信用代码', '信用代码'])}${colon}${p.uscc}`);
    }
    if (rng.bool(0.3)) lines.push(digitDecoy(rng, l));
    blocks.push(lines.join(rng.bool(0.1) ? '\r\n' : '\n'));
  }
  return l.carrier(id, 'kv-block', { kind: 'text' }, blocks.join(rng.pick(['\n\n', '\n------\n', '\n'])) + '\n');
}

function signature(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const p = person(rng, false);
  const lines: string[] = [];
  lines.push(rng.pick([`${p.name[0]}总，您好：`, '各位好，', '您好！', 'Hi all,']));
  lines.push(rng.pick(['附件是本周的报价单，请查收。', '会议改到周四下午三点。', '合同已盖章寄出，请注意查收。', 'Please find the attached quotation.']));
  lines.push('');
  lines.push(rng.pick(['--', '————————', '祝好', 'Best regards,']));
  // A bare name line in a signature: a person, but no label or row says so.
  l.dc('person_name_zh', p.name);
  lines.push(rng.bool(0.8) ? p.name : `${p.name} | ${rng.pick(['销售经理', '客户经理', '财务主管', '技术总监'])}`);
  lines.push(p.company);
  const lab = rng.bool(0.6)
    ? { m: rng.pick(['手机', '手机：', 'M:', 'Mobile:', 'Cell:']), t: rng.pick(['电话', '座机：', 'T:', 'Tel:']), f: rng.pick(['传真：', 'F:', 'Fax:']), e: rng.pick(['邮箱：', 'E:', 'Email:', 'E-mail:']) }
    : { m: '手机：', t: '电话：', f: '传真：', e: '邮箱：' };
  l.ent('cn_mobile', p.mobile.value);
  lines.push(`${lab.m} ${p.mobile.written}`);
  if (rng.bool(0.6)) {
    l.ent('cn_landline', p.landline.value);
    lines.push(`${lab.t} ${p.landline.written}`);
  }
  if (rng.bool(0.2)) {
    const f = landlineWritten(rng);
    l.ent('cn_landline', f.value);
    lines.push(`${lab.f} ${f.written}`);
  }
  if (rng.bool(0.8)) {
    l.ent('email', p.email.value);
    noteEmbedded(l, p.email.value);
    lines.push(`${lab.e} ${p.email.written}`);
  }
  if (rng.bool(0.5)) lines.push(`地址：${s.address(rng)}`);
  if (rng.bool(0.3)) lines.push(`官网：www.example-${rng.int(1, 99)}.com.cn  客服热线：${l.decoy('hotline', hotline(rng))}`);
  if (rng.bool(0.3)) lines.push('本邮件及附件含保密信息，仅限收件人使用。如误收请删除并通知发件人。');
  return l.carrier(id, 'signature', { kind: 'text' }, lines.join('\n') + '\n');
}

function logLines(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const lines: string[] = [];
  const n = rng.int(8, 30);
  for (let i = 0; i < n; i++) {
    const ts = rng.bool(0.7) ? dateTime(rng).replace(' ', 'T') + `.${rng.digits(3)}+08:00` : dateTime(rng);
    const lvl = rng.pick(['INFO', 'WARN', 'DEBUG', 'ERROR']);
    const trace = l.decoy('traceId', rng.digits(8).replace(/./g, (d) => 'abcdef0123456789'[Number(d) + rng.int(0, 6)]!) + rng.digits(8));
    const r = rng.next();
    if (r < 0.25) {
      const m = mobileWritten(rng, true);
      l.ent('cn_mobile', m.value);
      lines.push(`${ts} ${lvl} [sms-sender] traceId=${trace} send verify code to phone=${m.written} cost=${rng.int(3, 900)}ms`);
    } else if (r < 0.4) {
      const e = emailWritten(rng);
      l.ent('email', e.value);
      noteEmbedded(l, e.value);
      // A Message-ID is shaped like an address but is none: whether it is reported is not scored.
      l.dc('email', `${trace}@mail.example.com`);
      lines.push(`${ts} ${lvl} [mailer] deliver ok to=<${e.written}> msgId=<${trace}@mail.example.com> size=${rng.int(800, 90000)}`);
    } else if (r < 0.5) {
      const p = person(rng, true);
      l.ent('person_name_zh', p.name);
      l.ent('cn_mobile', p.mobile.value);
      l.ent('cn_resident_id', p.id.value);
      lines.push(`${ts} ${lvl} [kyc] request body={"name":"${p.name}","mobile":"${p.mobile.value}","idNo":"${p.id.value}","channel":"app"}`);
    } else if (r < 0.75) {
      lines.push(`${ts} ${lvl} [order] traceId=${trace} ${digitDecoy(rng, l).replace(/[：:]\s*|\s+/, '=')} uid=${rng.digits(8)} amount=${amount(rng)}`);
    } else {
      lines.push(`${ts} ${lvl} [http] GET /api/v1/orders/${l.decoy('orderNumber18', s.orderNumber18(rng))} 200 ${rng.int(2, 400)}ms ip=10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)} ts=${l.decoy('msEpoch13', s.msEpoch13(rng))}`);
    }
  }
  return l.carrier(id, 'log', { kind: 'text' }, lines.join('\n') + '\n');
}

function mixedLanguage(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const p = person(rng, false);
  const lines: string[] = [];
  if (rng.bool()) {
    // Labeled fields: the name is in a person context.
    l.ent('person_name_zh', p.name);
    l.ent('cn_mobile', p.mobile.value);
    const parts = [`${rng.pick(['Name', 'Customer Name', 'Contact', '联系人 Contact'])}: ${p.name}`, `Mobile: ${p.mobile.written}`];
    if (rng.bool(0.6)) {
      l.ent('cn_resident_id', p.id.value);
      parts.push(`ID No.（身份证）: ${p.id.written}`);
    }
    if (rng.bool(0.6)) {
      l.ent('email', p.email.value);
      noteEmbedded(l, p.email.value);
      parts.push(`Email: ${p.email.written}`);
    }
    lines.push(`New lead from the ${rng.pick(['Shenzhen', 'Hangzhou', 'Beijing'])} expo:`);
    lines.push(parts.join(rng.pick([' | ', '; ', '\n'])));
  } else {
    l.dc('person_name_zh', p.name);
    l.ent('cn_mobile', p.mobile.value);
    l.ent('email', p.email.value);
    noteEmbedded(l, p.email.value);
    lines.push(`Hi team, please follow up with Mr. ${rng.pick(['Zhang', 'Wang', 'Li', 'Chen'])} (${p.name}) at ${p.mobile.written} or ${p.email.written} before ${rng.pick(['Friday', '周五', 'EOD'])}.`);
  }
  lines.push(`${rng.pick(['PO', 'Order ID', 'Ref'])}: ${l.decoy('orderNumber18', s.orderNumber18(rng))}, tracking ${l.decoy('express', s.expressNumber(rng))}.`);
  if (rng.bool(0.5)) lines.push(`FYI the budget (${l.decoy('name-word', rng.pick(['余额', '费用', '金额']))}) is still ¥${amount(rng)}, see ticket #${rng.digits(6)}.`);
  return l.carrier(id, 'mixed-language', { kind: 'text' }, lines.join('\n') + '\n');
}

function contactLines(rng: Rng, id: string): Carrier {
  // A list typed into a text file or chat: one person per line, fields separated by spaces.
  const l = new Labels();
  const lines: string[] = [];
  const n = rng.int(3, 20);
  const fields = shuffle(rng, ['mobile', 'id', 'email', 'card'].filter(() => rng.bool(0.5)));
  if (fields.length === 0) fields.push('mobile');
  const sep = rng.pick([' ', '  ', '\u3000', ' / ', '，']);
  const numbered = rng.bool(0.5);
  for (let i = 0; i < n; i++) {
    const p = person(rng, false);
    l.ent('person_name_zh', p.name);
    const cells = [p.name];
    for (const f of fields) {
      if (f === 'mobile') (l.ent('cn_mobile', p.mobile.value), cells.push(p.mobile.written));
      if (f === 'id') (l.ent('cn_resident_id', p.id.value), cells.push(p.id.written));
      if (f === 'email') (l.ent('email', p.email.value), noteEmbedded(l, p.email.value), cells.push(p.email.written));
      if (f === 'card') (l.ent('bank_card', p.card.value), cells.push(p.card.written));
    }
    lines.push((numbered ? `${i + 1}. ` : '') + cells.join(sep));
  }
  return l.carrier(id, 'contact-lines', { kind: 'text' }, lines.join('\n') + '\n');
}

function invoiceInfo(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const company = s.companyName(rng);
  const code = s.uscc(rng);
  l.ent('cn_uscc', code);
  const tel = landlineWritten(rng);
  l.ent('cn_landline', tel.value);
  const acct = rng.pick(['4000', '3100', '1100', '7559']) + rng.digits(rng.int(12, 15));
  l.dc('bank_card', acct);
  const lines = [
    rng.pick(['开票信息', '【开票资料】', '增值税专用发票开票信息：']),
    `名称：${company}`,
    `${rng.pick(['纳税人识别号', '统一社会信用代码', '税号'])}：${rng.bool(0.05) ? code.toLowerCase() : code}`,
    `地址、电话：${s.address(rng)} ${tel.written}`,
    `开户行及账号：${rng.pick(['中国工商银行', '招商银行', '中国银行'])}${rng.pick(['深圳科技园支行', '上海浦东分行'])} ${acct}`,
  ];
  if (rng.bool(0.6)) lines.push(`发票代码：${l.decoy('invoiceCode', s.invoiceCode(rng))}  发票号码：${l.decoy('invoiceNumber', s.invoiceNumber(rng))}`);
  if (rng.bool(0.4)) lines.push(`开票日期：${dateOnly(rng)}  合计金额：¥${amount(rng)}`);
  return l.carrier(id, 'invoice-info', { kind: 'text' }, lines.join('\n') + '\n');
}

function techText(rng: Rng, id: string): Carrier {
  const l = new Labels();
  const lines: string[] = [];
  const n = rng.int(4, 10);
  for (let i = 0; i < n; i++) {
    switch (rng.int(0, 9)) {
      case 0: lines.push(`<img src="${l.decoy('at-asset', `icon@${rng.int(2, 3)}x.png`)}" alt="logo">`); break;
      case 1: lines.push(`git clone ${l.decoy('git-ssh', `git@github.com:example-org/repo-${rng.int(1, 99)}.git`)}`); break;
      case 2: lines.push(`npm install ${l.decoy('npm-scope', `@scope-${rng.int(1, 9)}/pkg-${rng.int(1, 99)}`)}@${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 9)}`); break;
      case 3: lines.push(`${l.decoy('css-media', '@media')} (max-width: ${rng.int(320, 1280)}px) { .a { margin: 0 } }`); break;
      case 4: lines.push(`ssh ${l.decoy('localhost', `deploy@localhost`)} -p ${rng.int(1000, 65000)}`); break;
      case 5: lines.push(`sha256: ${rng.digits(20)}${rng.digits(20)}  build ${l.decoy('timestamp14', s.timestamp14(rng))}`); break;
      case 6: lines.push(`serial=${l.decoy('long-serial', rng.digits(rng.int(20, 30)))} status=ok`); break;
      case 7: lines.push(`@Override // ${l.decoy('mention', `@${s.chineseName(rng)}`)} 请 review 一下`); break;
      case 8: lines.push(`uuid: ${l.decoy('uuid', `${rng.digits(8)}-${rng.digits(4)}-4${rng.digits(3)}-8${rng.digits(3)}-${rng.digits(12)}`)}`); break;
      default: lines.push(`version ${rng.int(1, 20)}.${rng.int(0, 99)}.${rng.int(0, 999)} released on ${dateOnly(rng)}, see issue #${rng.digits(5)}`);
    }
  }
  return l.carrier(id, 'tech-text', { kind: 'text' }, lines.join('\n') + '\n');
}

/** A customer export pasted into a mail or a note: CSV or TSV lines between sentences, scanned as text. */
function pastedList(rng: Rng, id: string): Carrier {
  const table = customerExport(rng, id);
  const before = rng.pick(['各位好，以下是本月新增客户名单，请查收：', '附上客户资料，麻烦尽快录入系统。', '会议纪要：各部门需在周五前提交预算，财务部统一汇总。', 'Hi, please find the list below.']);
  const after = rng.pick(['', '如有问题请联系我。', '以上，谢谢！', '请勿外传。']);
  return { ...table, kind: 'pasted-list', shape: { kind: 'text' }, text: `${before}\n${table.text}${after ? `${after}\n` : ''}`, rows: undefined };
}

function shuffle<T>(rng: Rng, arr: T[]): T[] {
  const a = [...arr];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

// ---------------------------------------------------------------- corpus

const KINDS: readonly [CarrierKind, (rng: Rng, id: string) => Carrier, number][] = [
  ['customer-export', customerExport, 14],
  ['order-table', orderTable, 8],
  ['bank-statement', bankStatement, 6],
  ['prose', prose, 16],
  ['kv-block', kvBlock, 14],
  ['signature', signature, 10],
  ['log', logLines, 7],
  ['mixed-language', mixedLanguage, 7],
  ['contact-lines', contactLines, 6],
  ['invoice-info', invoiceInfo, 6],
  ['tech-text', techText, 6],
  ['pasted-list', pastedList, 5],
];

export interface Corpus {
  carriers: Carrier[];
  entities: number;
  decoys: number;
}

/** Carriers until at least `minEntities` labeled entities and `minDecoys` planted decoys exist. */
export function generateCorpus(seed: number, minEntities = 10_000, minDecoys = 10_000): Corpus {
  const rng = s.makeRng(seed);
  const carriers: Carrier[] = [];
  let entities = 0;
  let decoys = 0;
  while (entities < minEntities || decoys < minDecoys) {
    const [kind, gen] = rng.weighted(KINDS, KINDS.map((k) => k[2]));
    const c = gen(rng, `${kind}-${carriers.length}`);
    carriers.push(c);
    entities += c.entities.length;
    decoys += c.decoys.length;
  }
  return { carriers, entities, decoys };
}
