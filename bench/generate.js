// Benchmark corpus: mixed Chinese prose, CSV customer rows and decoy numbers,
// as one large file plus a tree of smaller files. Self-contained and fast
// (plain JS, seeded): the values are synthetic and valid where they should be
// (MOD 11-2 IDs, Luhn cards, allocated mobile prefixes), so the detectors do
// their full work. Reused when bench/corpus/stamp.json matches.
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 1024 * 1024;

function makeRng(seed) {
  let a = seed >>> 0 || 1;
  // xorshift32: enough for benchmark text.
  const next = () => {
    a ^= a << 13;
    a >>>= 0;
    a ^= a >>> 17;
    a ^= a << 5;
    a >>>= 0;
    return a / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const digits = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + Math.floor(next() * 10));
    return s;
  };
  return { next, int, pick, digits, bool: (p = 0.5) => next() < p };
}

const COUNTIES = ['110101', '110105', '310115', '440305', '330106', '320102', '510104', '420106', '610113', '370102'];
const PREFIXES = ['130', '131', '135', '136', '138', '139', '150', '151', '158', '159', '166', '177', '180', '186', '188', '189', '191', '199'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鑫斌宇浩凯健俊帆帅旭宁琳晨辉婷雪梅琴云莉兵峰';
const DOMAINS = ['qq.com', '163.com', '126.com', 'gmail.com', 'foxmail.com', 'sina.com', 'outlook.com', 'corp.example.com'];
const PINYIN = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'ming', 'hua', 'jie', 'lei', 'xin'];
const PROSE = [
  '本季度销售情况总体平稳，华东区同比增长百分之十二，华南区受天气影响略有下降。',
  '会议纪要：各部门需在周五前提交下半年预算，财务部统一汇总后报总经理审批。',
  '关于系统升级的通知：本周六凌晨两点至六点进行维护，届时服务暂停，请提前做好安排。',
  '客户反馈物流时效偏慢，已与承运商沟通，下周起改为次日达线路。',
  '请各位同事注意信息安全，不要通过个人邮箱发送公司文件，外发资料须经审批。',
  '项目进展顺利，前端页面已完成联调，后端接口还剩三个，预计下周三提测。',
  '今年的年会定在十二月中旬举行，地点待定，欢迎大家报名参加节目表演。',
  '采购合同已盖章寄出，请法务部门跟进归档，并在系统中更新合同状态。',
];

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idNumber(r) {
  const body = r.pick(COUNTIES) + String(r.int(1950, 2005)) + String(r.int(1, 12)).padStart(2, '0') + String(r.int(1, 28)).padStart(2, '0') + r.digits(3);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * WEIGHTS[i];
  return body + '10X98765432'[sum % 11];
}
function luhnComplete(payload) {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = payload.charCodeAt(payload.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return payload + String((10 - (sum % 10)) % 10);
}
const card = (r) => luhnComplete(r.pick(['622202', '622848', '621700', '623058']) + r.digits(r.pick([9, 12])));
const mobile = (r) => r.pick(PREFIXES) + r.digits(8);
const name = (r) => r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.bool(0.7) ? r.pick([...GIVEN]) : '');
const email = (r) => `${r.pick(PINYIN)}${r.bool() ? '.' + r.pick(PINYIN) : ''}${r.int(1, 999)}@${r.pick(DOMAINS)}`;
const date = (r) => `${r.int(2019, 2025)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;

function csvBlock(r, rows) {
  let s = '姓名,手机号,身份证号,邮箱,银行卡号,地址,备注\n';
  for (let i = 0; i < rows; i++) {
    s += `${name(r)},${mobile(r)},${idNumber(r)},${email(r)},${card(r)},广东省深圳市南山区科技园路${r.int(1, 999)}号,${r.pick(['', 'VIP', '已回访', '周一送货'])}\n`;
  }
  return s;
}
function proseBlock(r, sentences) {
  let s = '';
  for (let i = 0; i < sentences; i++) {
    s += r.pick(PROSE);
    if (r.bool(0.08)) s += `如有疑问请联系${r.pick([...SURNAMES])}经理，电话 ${mobile(r)}。`;
  }
  return s + '\n';
}
function decoyBlock(r, lines) {
  let s = '';
  for (let i = 0; i < lines; i++) {
    switch (r.int(0, 5)) {
      case 0: s += `订单号 ${date(r)}${r.digits(10)} 金额 ${r.int(1, 9999)}.${r.digits(2)}\n`; break;
      case 1: s += `交易流水号 ${date(r)}${r.digits(11)} 时间 ${date(r)}${r.digits(6)}\n`; break;
      case 2: s += `ts=${r.int(1500000000, 1800000000)}${r.digits(3)} imei=35${r.digits(13)} qq=${r.int(10000, 999999999)}\n`; break;
      case 3: s += `快递单号 SF${r.digits(12)} 发票号码 ${r.digits(8)} 发票代码 0${r.digits(11)}\n`; break;
      case 4: s += `手机 ${mobile(r).slice(0, 3)}****${r.digits(4)} 身份证 ${r.pick(COUNTIES)}********${r.digits(4)}\n`; break;
      default: s += `sku=${r.digits(12)} batch=${r.digits(20)} price=${r.int(1, 999)}\n`;
    }
  }
  return s;
}
/** ~64 KiB of mixed content: prose ~45 %, CSV ~35 %, decoys ~20 % by bytes. */
function mixedChunk(r) {
  return proseBlock(r, 150) + csvBlock(r, 160) + decoyBlock(r, 280);
}

function writeMixed(path, bytes, seed) {
  return new Promise((resolve, reject) => {
    const r = makeRng(seed);
    const out = createWriteStream(path);
    let written = 0;
    out.on('error', reject);
    const pump = () => {
      while (written < bytes) {
        const buf = Buffer.from(mixedChunk(r), 'utf8');
        written += buf.length;
        if (!out.write(buf)) return void out.once('drain', pump);
      }
      out.end(resolve);
    };
    pump();
  });
}

/**
 * Generate (or reuse) the corpus under `dir`: `large.txt` of `largeMB`, and
 * `tree/` of `treeFiles` files totalling `treeMB` (txt and csv, in
 * subfolders). With `oneGB`, also `huge.txt` (1 GB).
 */
export async function ensureCorpus(dir, { largeMB = 128, treeMB = 80, treeFiles = 400, seed = 1, oneGB = false } = {}) {
  const stampPath = join(dir, 'stamp.json');
  const want = { largeMB, treeMB, treeFiles, seed, version: 1 };
  const stamp = existsSync(stampPath) ? JSON.parse(readFileSync(stampPath, 'utf8')) : null;
  const started = Date.now();
  let generated = false;
  if (JSON.stringify(stamp) !== JSON.stringify(want)) {
    rmSync(join(dir, 'large.txt'), { force: true });
    rmSync(join(dir, 'tree'), { recursive: true, force: true });
    rmSync(stampPath, { force: true });
    mkdirSync(join(dir, 'tree'), { recursive: true });
    await writeMixed(join(dir, 'large.txt'), largeMB * MB, seed);
    const r = makeRng(seed + 1);
    const per = Math.floor((treeMB * MB) / treeFiles);
    for (let i = 0; i < treeFiles; i++) {
      const sub = join(dir, 'tree', `dept-${i % 8}`, `2024-${String((i % 12) + 1).padStart(2, '0')}`);
      mkdirSync(sub, { recursive: true });
      if (i % 3 === 0) {
        let s = '';
        while (s.length * 2 < per) s += csvBlock(r, 200);
        writeFileSync(join(sub, `customers-${i}.csv`), s);
      } else {
        let s = '';
        while (s.length * 2 < per) s += mixedChunk(r);
        writeFileSync(join(sub, `notes-${i}.txt`), s);
      }
    }
    writeFileSync(stampPath, JSON.stringify(want));
    generated = true;
  }
  if (oneGB && !existsSync(join(dir, 'huge.txt'))) {
    await writeMixed(join(dir, 'huge.txt'), 1e9, seed + 7); // 1 GB, within the default 1 GiB item budget
    generated = true;
  }
  return { generated, seconds: (Date.now() - started) / 1000 };
}
