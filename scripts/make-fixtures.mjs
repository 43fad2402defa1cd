#!/usr/bin/env node
// Regenerates test/fixtures/office/: small real-office fixtures written by
// LibreOffice headless from synthetic data, plus the hand-built containers
// (GBK zip, mail with a zipped xlsx, encrypted zip) and manifest.json with the
// expected findings. Run through scripts/make-fixtures.sh.
//
// The data is synthetic and deterministic (seeded PRNG): valid-looking
// resident IDs (MOD 11-2, real birth dates, province 11-65), allocated mobile
// prefixes, common Chinese names. Office files still differ byte-for-byte
// between runs (LibreOffice stamps creation dates); their content does not.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'test/fixtures/office');
const SOFFICE = process.env.SOFFICE ?? 'soffice';
const MAX_FIXTURE_BYTES = 100 * 1024;

// ---------------------------------------------------------------- data

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡'];
const GIVEN = [...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰辉鹏婷宇浩欣晨颖嘉怡子涵思远建国志红'];
// Real county-level division codes (GB/T 2260), provinces 11-65.
const COUNTIES = ['110101', '110105', '120101', '130102', '210102', '310101', '310104', '320102', '330106', '350203', '370202', '410105', '420102', '430104', '440103', '440305', '500103', '510104', '610113', '650102'];
const MOBILE_PREFIXES = ['130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '180', '181', '182', '183', '184', '185', '186', '187', '188', '189'];
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

export function idCheckChar(body17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * ID_WEIGHTS[i];
  return '10X98765432'[sum % 11];
}

function makePeople(seed, count) {
  const rnd = mulberry32(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const seen = new Set();
  const people = [];
  while (people.length < count) {
    const name = pick(SURNAMES) + pick(GIVEN) + (rnd() < 0.6 ? pick(GIVEN) : '');
    if (seen.has(name)) continue;
    seen.add(name);
    const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(rnd() * 55 * 365.25) * 86_400_000);
    const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
    const body = pick(COUNTIES) + ymd + digits(3);
    people.push({
      name,
      mobile: pick(MOBILE_PREFIXES) + digits(8),
      id: body + idCheckChar(body),
      email: `kh${String(people.length + 1).padStart(4, '0')}.${seed}@mail-demo.cn`,
      city: pick(['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '西安']),
    });
  }
  return people;
}

// ---------------------------------------------------------------- ODF/HTML sources

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

const strCell = (v) => `<table:table-cell office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
const noteCell = (v, lines) =>
  `<table:table-cell office:value-type="string"><office:annotation><dc:creator>sales</dc:creator>${lines.map((l) => `<text:p>${esc(l)}</text:p>`).join('')}</office:annotation><text:p>${esc(v)}</text:p></table:table-cell>`;
const numCell = (v) =>
  `<table:table-cell table:style-name="ceInt" office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;

/**
 * Flat ODS: sheets of rows; a cell is a string, {num} for a numeric cell, or
 * {text, note: [lines]} for a text cell with a note. Sheets may be hidden.
 * `extra`: XML after the tables (pivot tables).
 */
function fods(sheets, extra = '') {
  const tables = sheets
    .map(
      (s) =>
        `<table:table table:name="${esc(s.name)}" table:style-name="${s.hidden ? 'taHidden' : 'ta1'}">` +
        s.rows.map((r) => `<table:table-row>${r.map((c) => (typeof c !== 'object' ? strCell(c) : c.note ? noteCell(c.text, c.note) : numCell(c.num))).join('')}</table:table-row>`).join('') +
        '</table:table>',
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="taHidden" style:family="table"><style:table-properties table:display="false"/></style:style>
<number:number-style style:name="N0"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
<style:style style:name="ceInt" style:family="table-cell" style:data-style-name="N0"/>
</office:automatic-styles>
<office:body><office:spreadsheet>${tables}${extra}</office:spreadsheet></office:body></office:document>
`;
}

/** Flat ODP: one slide with a title and a table. */
function fodp(title, rows) {
  const cols = rows[0].length;
  const table =
    '<table:table>' +
    '<table:table-column/>'.repeat(cols) +
    rows.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell><text:p>${esc(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('') +
    '</table:table>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.presentation">
<office:body><office:presentation><draw:page draw:name="page1">
<draw:frame svg:x="1cm" svg:y="0.5cm" svg:width="25cm" svg:height="1.5cm"><draw:text-box><text:p>${esc(title)}</text:p></draw:text-box></draw:frame>
<draw:frame svg:x="1cm" svg:y="2.2cm" svg:width="25cm" svg:height="${(rows.length * 0.8).toFixed(1)}cm">${table}</draw:frame>
</draw:page></office:presentation></office:body></office:document>
`;
}

/**
 * A zipped ODP: a slide with a title and a table, then a slide with a
 * spreadsheet embedded as an object (an ODF sub-document, `Object 1/`).
 * Flat ODP has no way to hold an embedded document, hence the zip.
 */
function odpWithObject(title, rows, sheetRows) {
  const cell = (c) => `<table:table-cell office:value-type="string"><text:p>${esc(c)}</text:p></table:table-cell>`;
  const tableOf = (rs) => rs.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('');
  const NS_ODP = `${NS} xmlns:xlink="http://www.w3.org/1999/xlink"`;
  const titleFrame = (t) => `<draw:frame svg:x="1cm" svg:y="0.5cm" svg:width="25cm" svg:height="1.5cm"><draw:text-box><text:p>${esc(t)}</text:p></draw:text-box></draw:frame>`;
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS_ODP} office:version="1.2"><office:body><office:presentation>
<draw:page draw:name="page1">${titleFrame(title)}<draw:frame svg:x="1cm" svg:y="2.2cm" svg:width="25cm" svg:height="${(rows.length * 0.8).toFixed(1)}cm"><table:table>${'<table:table-column/>'.repeat(rows[0].length)}${tableOf(rows)}</table:table></draw:frame></draw:page>
<draw:page draw:name="page2">${titleFrame('附：明细')}<draw:frame svg:x="1cm" svg:y="2.2cm" svg:width="20cm" svg:height="12cm"><draw:object xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame></draw:page>
</office:presentation></office:body></office:document-content>`;
  const sheet = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${NS} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="明细">${tableOf(sheetRows)}</table:table></office:spreadsheet></office:body></office:document-content>`;
  const entry = (path, type) => `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">${entry('/', 'application/vnd.oasis.opendocument.presentation')}${entry('content.xml', 'text/xml')}${entry('Object 1/', 'application/vnd.oasis.opendocument.spreadsheet')}${entry('Object 1/content.xml', 'text/xml')}</manifest:manifest>`;
  return makeZip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.presentation') },
    { name: 'META-INF/manifest.xml', data: Buffer.from(manifest) },
    { name: 'content.xml', data: Buffer.from(content) },
    { name: 'Object 1/content.xml', data: Buffer.from(sheet) },
  ]);
}

function html(title, body) {
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;font-size:10pt} td,th{border:1px solid #000;padding:2px 4px}</style>
</head><body>${body}</body></html>
`;
}

// Explicit widths: LibreOffice otherwise sizes columns so narrow that an 18-digit ID wraps in the PDF.
const htmlTable = (rows) =>
  `<table width="100%" cellspacing="0" cellpadding="3">${rows[0].map(() => `<col width="${Math.floor(100 / rows[0].length)}%">`).join('')}${rows.map((r, i) => `<tr>${r.map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('')}</table>`;

// ---------------------------------------------------------------- zip / mime

const DOS_TIME = (9 << 11) | (30 << 5); // 09:30:00
const DOS_DATE = ((2024 - 1980) << 9) | (7 << 5) | 1; // 2024-07-01

/** A plain deflated zip. `utf8: false` writes raw name bytes without the UTF-8 flag (as Chinese Windows does). */
function makeZip(members) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const m of members) {
    const name = m.nameBytes ?? Buffer.from(m.name, 'utf8');
    const flags = m.nameBytes ? 0 : 0x0800;
    const data = deflateRawSync(m.data, { level: 9 });
    const crc = crc32(m.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(m.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by MS-DOS
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(m.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const b64lines = (buf) => buf.toString('base64').replace(/.{76}/g, '$&\r\n').replace(/\r\n$/, '');
const encWord = (s) => `=?UTF-8?B?${Buffer.from(s).toString('base64')}?=`;

function makeEml({ subject, body, attachment }) {
  const boundary = '----=_listguard_fixture_0001';
  const filenameStar = `UTF-8''${encodeURIComponent(attachment.name)}`;
  return Buffer.from(
    [
      'From: sales-ops@corp.example',
      'To: partner@vendor.example',
      `Subject: ${encWord(subject)}`,
      'Date: Mon, 01 Jul 2024 09:30:00 +0800',
      'Message-ID: <fixture-0001@corp.example>',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${boundary}"`,
      '',
      'This is a multi-part message in MIME format.',
      '',
      `--${boundary}`,
      'Content-Type: text/plain; charset=UTF-8',
      'Content-Transfer-Encoding: base64',
      '',
      b64lines(Buffer.from(body)),
      '',
      `--${boundary}`,
      `Content-Type: application/zip; name="${encWord(attachment.name)}"`,
      `Content-Disposition: attachment; filename*=${filenameStar}`,
      'Content-Transfer-Encoding: base64',
      '',
      b64lines(attachment.data),
      '',
      `--${boundary}--`,
      '',
    ].join('\r\n'),
  );
}

// ---------------------------------------------------------------- LibreOffice

function soffice(work, format, inputs, infilter) {
  const profile = `file://${join(work, 'lo-profile')}`;
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nolockcheck'];
  if (infilter) args.push(`--infilter=${infilter}`);
  args.push('--convert-to', format, '--outdir', join(work, 'out'), ...inputs.map((f) => join(work, f)));
  execFileSync(SOFFICE, args, { stdio: ['ignore', 'ignore', 'inherit'], timeout: 180_000 });
}

/**
 * Delete a sheet from an xlsx as Excel does when the user deletes it: the
 * worksheet part, its <sheet> entry and content type go; pivot caches built
 * from it stay. Edited with Info-ZIP (`zip -d`, then `zip` the changed parts).
 */
function deleteSheet(xlsx, name, work) {
  // unzip takes [ ] as a wildcard class; zip -nw reads names literally.
  const read = (part) => execFileSync('unzip', ['-p', xlsx, part.replace(/[[\]]/g, '\\$&')], { encoding: 'utf8' });
  const workbook = read('xl/workbook.xml');
  const entry = new RegExp(`<sheet [^>]*name="${name}"[^>]*/>`).exec(workbook);
  if (!entry) throw new Error(`${xlsx}: no sheet ${name}`);
  const rid = /r:id="([^"]+)"/.exec(entry[0])[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(read('xl/_rels/workbook.xml.rels'));
  const part = `xl/${target[1] ?? target[2]}`;
  const edit = join(work, 'edit');
  mkdirSync(join(edit, 'xl'), { recursive: true });
  writeFileSync(join(edit, 'xl/workbook.xml'), workbook.replace(entry[0], ''));
  writeFileSync(join(edit, '[Content_Types].xml'), read('[Content_Types].xml').replace(new RegExp(`<Override PartName="/${part}"[^>]*/>`), ''));
  execFileSync('zip', ['-q', '-nw', '-d', xlsx, part]);
  execFileSync('zip', ['-q', '-nw', xlsx, 'xl/workbook.xml', '[Content_Types].xml'], { cwd: edit });
}

// ---------------------------------------------------------------- fixtures

const HEAD = ['姓名', '手机', '身份证号'];
const rowsOf = (people, fields) => people.map((p) => fields.map((f) => p[f]));
const samples = (people) => [people[0].name, people[Math.floor(people.length / 2)].name, people[people.length - 1].name];

function main() {
  execFileSync(SOFFICE, ['--version'], { stdio: 'ignore' });
  const work = mkdtempSync(join(tmpdir(), 'listguard-fixtures-'));
  mkdirSync(join(work, 'out'));
  const w = (name, data) => writeFileSync(join(work, name), data);
  const manifest = [];

  // Spreadsheets, from flat ODS so cell types (text vs number) and sheet visibility are exact.
  const customers = makePeople(101, 40);
  w('customers.fods', fods([{ name: '客户名单', rows: [HEAD, ...rowsOf(customers, ['name', 'mobile', 'id'])] }]));
  const numeric = makePeople(102, 20);
  w('phones-numeric.fods', fods([{ name: '回访', rows: [['姓名', '手机', '城市'], ...numeric.map((p) => [p.name, { num: p.mobile }, p.city])] }]));
  const hidden = makePeople(103, 30);
  w(
    'hidden-sheet.fods',
    fods([
      { name: '说明', rows: [['季度销售汇总'], ['本表仅含汇总数据。'], ['区域', '销售额'], ['华东', '1200'], ['华南', '980']] },
      { name: 'Sheet2', hidden: true, rows: [HEAD, ...rowsOf(hidden, ['name', 'mobile', 'id'])] },
    ]),
  );
  // A "sales by city" pivot whose source list is then deleted (below): the pivot cache keeps every row.
  const pivotPeople = makePeople(112, 30);
  const PIVOT_HEAD = ['姓名', '手机', '身份证号', '城市', '金额'];
  w(
    'pivot-cache.fods',
    fods(
      [
        { name: '汇总', rows: [['按城市汇总']] },
        { name: '明细', rows: [PIVOT_HEAD, ...pivotPeople.map((p, i) => [p.name, p.mobile, p.id, p.city, { num: 1000 + i * 37 }])] },
      ],
      '<table:data-pilot-tables><table:data-pilot-table table:name="按城市" table:target-range-address="汇总.A3:汇总.B20">' +
        `<table:source-cell-range table:cell-range-address="明细.A1:明细.E${pivotPeople.length + 1}"/>` +
        '<table:data-pilot-field table:source-field-name="城市" table:orientation="row"/>' +
        '<table:data-pilot-field table:source-field-name="金额" table:orientation="data" table:function="sum"/>' +
        '</table:data-pilot-table></table:data-pilot-tables>',
    ),
  );
  // A harmless sheet with the list pasted into one cell note.
  const notePeople = makePeople(113, 12);
  w(
    'cell-note.fods',
    fods([{ name: '汇总', rows: [['区域', '销售额'], [{ text: '华东', note: notePeople.map((p) => `姓名：${p.name}，手机：${p.mobile}，身份证号：${p.id}`) }, { num: 1200 }], ['华南', { num: 980 }]] }]),
  );
  // Minutes whose comment holds a list; exported to PDF with comments as annotations.
  const pdfNotePeople = makePeople(114, 12);
  w(
    'memo-note.fodt',
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>
<text:p>会议纪要<office:annotation><dc:creator>sales</dc:creator>${pdfNotePeople.map((p) => `<text:p>姓名：${esc(p.name)}，手机：${p.mobile}，身份证号：${p.id}</text:p>`).join('')}</office:annotation>：下周例会改到周三上午十点，地点不变。</text:p>
</office:text></office:body></office:document>
`,
  );
  const odsPeople = makePeople(104, 15);
  w('contacts.fods', fods([{ name: '联系人', rows: [['姓名', '手机', '邮箱'], ...rowsOf(odsPeople, ['name', 'mobile', 'email'])] }]));
  const legacy = makePeople(105, 12);
  w('legacy.fods', fods([{ name: '客户', rows: [HEAD, ...rowsOf(legacy, ['name', 'mobile', 'id'])] }]));
  // Enough shared strings to run on into CONTINUE records; mobiles as numbers; a hidden sheet.
  const bigXls = makePeople(116, 300);
  const hiddenXls = makePeople(117, 20);
  w(
    'customers-big.fods',
    fods([
      { name: '说明', rows: [['本表为季度回访记录，请勿外传。']] },
      { name: '客户明细', rows: [[...HEAD, '城市'], ...bigXls.map((p) => [p.name, { num: p.mobile }, p.id, p.city])] },
      { name: '备份', hidden: true, rows: [HEAD, ...rowsOf(hiddenXls, ['name', 'mobile', 'id'])] },
    ]),
  );

  // Documents, from HTML.
  const docPeople = makePeople(106, 25);
  // A remarks column whose header and most cells are empty: in a .doc an empty cell's mark looks like a row's end.
  const gapPeople = makePeople(118, 12);
  w('customers-gaps.html', html('客户名单', htmlTable([[...HEAD, ''], ...gapPeople.map((p, i) => [p.name, p.mobile, p.id, i % 3 === 1 ? 'VIP' : ''])])));
  w('customers-table.html', html('客户名单', `<h1>重点客户名单</h1><p>以下为本季度重点客户联系方式。</p>${htmlTable([HEAD, ...rowsOf(docPeople, ['name', 'mobile', 'id'])])}`));
  const odtPeople = makePeople(107, 12);
  w(
    'customers-list.html',
    html('回访名单', `<h1>回访名单</h1><ul>${odtPeople.map((p) => `<li>姓名：${esc(p.name)}，手机：${p.mobile}，身份证号：${p.id}</li>`).join('')}</ul>`),
  );
  const memoBody =
    '<h1>关于办公区搬迁的通知</h1><p>各位同事：</p><p>公司定于下月起分批搬迁至新办公区。请各部门提前整理文件，贵重物品自行保管。</p>' +
    '<p>搬迁期间会议室暂停预订，具体安排以行政部后续通知为准。</p><p>行政部</p>';
  w('memo.html', html('通知', memoBody));
  const scanPeople = makePeople(108, 10);
  w('scanned-src.html', html('名单', htmlTable([HEAD, ...rowsOf(scanPeople, ['name', 'mobile', 'id'])])));
  const pptPeople = makePeople(109, 8);
  w('customers-table.fodp', fodp('VIP 客户回访', [['姓名', '手机'], ...rowsOf(pptPeople, ['name', 'mobile'])]));
  const deckPeople = makePeople(116, 8);
  const deckSheet = makePeople(117, 20);
  w('customers-deck.odp', odpWithObject('重点客户', [['姓名', '手机'], ...rowsOf(deckPeople, ['name', 'mobile'])], [HEAD, ...rowsOf(deckSheet, ['name', 'mobile', 'id'])]));

  const calc = ['customers.fods', 'phones-numeric.fods', 'hidden-sheet.fods', 'pivot-cache.fods', 'cell-note.fods'];
  soffice(work, 'xlsx:Calc MS Excel 2007 XML', calc);
  soffice(work, 'ods', ['contacts.fods', 'cell-note.fods']);
  // A CRM's "Excel export" that is an HTML table named .xls: Calc's HTML export of a list.
  const webPeople = makePeople(115, 30);
  w('customers-web.fods', fods([{ name: '客户', rows: [HEAD, ...rowsOf(webPeople, ['name', 'mobile', 'id'])] }]));
  soffice(work, 'html:HTML (StarCalc)', ['customers-web.fods']);
  soffice(work, 'xls:MS Excel 97', ['legacy.fods', 'customers-big.fods', 'cell-note.fods']);
  soffice(work, 'docx:MS Word 2007 XML', ['customers-table.html', 'memo.html'], 'HTML (StarWriter)');
  soffice(work, 'doc:MS Word 97', ['customers-table.html', 'customers-list.html', 'customers-gaps.html'], 'HTML (StarWriter)');
  soffice(work, 'rtf:Rich Text Format', ['customers-table.html'], 'HTML (StarWriter)');
  soffice(work, 'odt:writer8', ['customers-list.html'], 'HTML (StarWriter)');
  soffice(work, 'pdf:writer_pdf_Export', ['customers-table.html'], 'HTML (StarWriter)');
  soffice(work, 'pptx:Impress MS PowerPoint 2007 XML', ['customers-table.fodp']);
  soffice(work, 'ppt:MS PowerPoint 97', ['customers-deck.odp']);
  // Image-only PDF: render a list to PNG, then place the picture in a PDF (no text layer).
  soffice(work, 'png', ['scanned-src.html'], 'HTML (StarWriter)');
  soffice(work, 'jpg', ['scanned-src.html'], 'HTML (StarWriter)');
  copyFileSync(join(work, 'out/scanned-src.png'), join(work, 'scanned.png'));
  soffice(work, 'pdf:draw_pdf_Export', ['scanned.png']);
  // The memo with that picture as its second page: a document with text, the list only as a picture.
  w('memo-scan.html', html('通知', `${memoBody}<p style="page-break-before: always"><img src="scanned.png" width="600"></p>`));
  soffice(work, 'pdf:writer_pdf_Export', ['memo-scan.html'], 'HTML (StarWriter)');
  // A list drawn as text boxes in a grid, saved as an enhanced metafile; then pasted into Word.
  const drawPeople = makePeople(119, 10);
  const cellFrames = [HEAD, ...rowsOf(drawPeople, ['name', 'mobile', 'id'])]
    .flatMap((row, r) => row.map((v, c) => `<draw:frame svg:x="${[0.5, 4.5, 11][c]}cm" svg:y="${1 + r * 1}cm" svg:width="${[3.5, 6, 9.5][c]}cm" svg:height="0.7cm"><draw:text-box><text:p>${esc(v)}</text:p></draw:text-box></draw:frame>`))
    .join('');
  w('list-drawing.fodg', `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.graphics"><office:body><office:drawing><draw:page draw:name="list">${cellFrames}</draw:page></office:drawing></office:body></office:document>
`);
  soffice(work, 'emf', ['list-drawing.fodg']);
  w(
    'pasted-range.fodt',
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>
<text:p>本月新增客户如下：</text:p>
<text:p><draw:frame draw:name="range" text:anchor-type="as-char" svg:width="16cm" svg:height="9cm"><draw:image><office:binary-data>${readFileSync(join(work, 'out/list-drawing.emf')).toString('base64')}</office:binary-data></draw:image></draw:frame></text:p>
</office:text></office:body></office:document>
`,
  );
  soffice(work, 'docx:MS Word 2007 XML', ['pasted-range.fodt']);
  soffice(work, 'rtf:Rich Text Format', ['pasted-range.fodt']);
  // A one-line caption over the picture (embedded, not linked), saved as .docx: the list is only in word/media.
  const picture = readFileSync(join(work, 'scanned.png')).toString('base64');
  w(
    'caption-picture.fodt',
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>
<text:p>客户名单见下图，请勿外传。</text:p>
<text:p><draw:frame draw:name="list" text:anchor-type="as-char" svg:width="15cm" svg:height="21.2cm"><draw:image><office:binary-data>${picture}</office:binary-data></draw:image></draw:frame></text:p>
</office:text></office:body></office:document>
`,
  );
  soffice(work, 'docx:MS Word 2007 XML', ['caption-picture.fodt']);
  // A hidden (Hidden character attribute: w:vanish in .docx) decoy digit inside every mobile and ID:
  // the page shows the true numbers, the document's text holds 12- and 19-digit strings.
  const decoyPeople = makePeople(120, 30);
  const decoy = (digits, at) => `${esc(digits.slice(0, at))}<text:span text:style-name="Hid">${(Number(digits[at]) + 3) % 10}</text:span>${esc(digits.slice(at))}`;
  const decoyRow = (cells) => `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string"><text:p>${c}</text:p></table:table-cell>`).join('')}</table:table-row>`;
  w(
    'hidden-decoy.fodt',
    `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles><style:style style:name="Hid" style:family="text"><style:text-properties text:display="none"/></style:style></office:automatic-styles><office:body><office:text>
<text:p>客户联系表</text:p>
<table:table table:name="客户"><table:table-column table:number-columns-repeated="3"/>${decoyRow(HEAD.map(esc))}${decoyPeople.map((p) => decoyRow([esc(p.name), decoy(p.mobile, 5), decoy(p.id, 9)])).join('')}</table:table>
</office:text></office:body></office:document>
`,
  );
  soffice(work, 'docx:MS Word 2007 XML', ['hidden-decoy.fodt']);
  soffice(work, 'rtf:Rich Text Format', ['hidden-decoy.fodt']);
  soffice(work, 'doc:MS Word 97', ['hidden-decoy.fodt']);
  soffice(work, 'odt:writer8', ['hidden-decoy.fodt']);
  // The same trick without the Hidden attribute: the decoy digit white (Writer → .doc; Calc's rich
  // text in a cell → .xls, .xlsx) or in 1-point type (Writer → .docx).
  const seenPeople = makePeople(121, 30);
  const styled = (style, digits, at) => `${esc(digits.slice(0, at))}<text:span text:style-name="${style}">${(Number(digits[at]) + 3) % 10}</text:span>${esc(digits.slice(at))}`;
  const decoyStyles =
    '<office:automatic-styles><style:style style:name="Wht" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>' +
    '<style:style style:name="Tny" style:family="text"><style:text-properties fo:font-size="1pt"/></style:style>' +
    '<style:style style:name="Pal" style:family="text"><style:text-properties fo:color="#f4f4f4"/></style:style></office:automatic-styles>';
  const seenRows = (style) => `${decoyRow(HEAD.map(esc))}${seenPeople.map((p) => decoyRow([esc(p.name), styled(style, p.mobile, 5), styled(style, p.id, 9)])).join('')}`;
  const seenText = (style) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">${decoyStyles}<office:body><office:text>\n<text:p>客户联系表</text:p>\n<table:table table:name="客户"><table:table-column table:number-columns-repeated="3"/>${seenRows(style)}</table:table>\n</office:text></office:body></office:document>\n`;
  w('white-decoy.fodt', seenText('Wht'));
  w('tiny-decoy.fodt', seenText('Tny'));
  w('pale-decoy.fodt', seenText('Pal'));
  w(
    'white-decoy.fods',
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">${decoyStyles}<office:body><office:spreadsheet><table:table table:name="客户"><table:table-column table:number-columns-repeated="3"/>${seenRows('Wht')}</table:table></office:spreadsheet></office:body></office:document>\n`,
  );
  soffice(work, 'doc:MS Word 97', ['white-decoy.fodt']);
  soffice(work, 'docx:MS Word 2007 XML', ['tiny-decoy.fodt']);
  soffice(work, 'xls:MS Excel 97', ['white-decoy.fods']);
  soffice(work, 'xlsx:Calc MS Excel 2007 XML', ['white-decoy.fods']);
  soffice(work, 'pdf:writer_pdf_Export', ['white-decoy.fodt', 'tiny-decoy.fodt', 'pale-decoy.fodt']);
  soffice(work, 'docx:MS Word 2007 XML', ['pale-decoy.fodt']);
  soffice(work, 'doc:MS Word 97', ['pale-decoy.fodt']);
  // The same trick through common styles the user made (what a Replace that applies a character style
  // leaves): the mobile's decoy in a white style, the ID's in a hidden one; runs name the style only.
  const styledPeople = makePeople(122, 30);
  const namedStyles =
    '<office:styles><style:style style:name="Decoy" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>' +
    '<style:style style:name="Gone" style:family="text"><style:text-properties text:display="none"/></style:style></office:styles>';
  const styledRows = `${decoyRow(HEAD.map(esc))}${styledPeople.map((p) => decoyRow([esc(p.name), styled('Decoy', p.mobile, 5), styled('Gone', p.id, 9)])).join('')}`;
  w(
    'styled-decoy.fodt',
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">${namedStyles}<office:body><office:text>\n<text:p>客户联系表</text:p>\n<table:table table:name="客户"><table:table-column table:number-columns-repeated="3"/>${styledRows}</table:table>\n</office:text></office:body></office:document>\n`,
  );
  soffice(work, 'docx:MS Word 2007 XML', ['styled-decoy.fodt']);
  soffice(work, 'odt:writer8', ['styled-decoy.fodt']);
  soffice(work, 'doc:MS Word 97', ['styled-decoy.fodt']);
  // Row banding: every data cell filled light grey, the decoy digit in that same grey (not white: a
  // check against a white page passes it).
  const bandPeople = makePeople(124, 30);
  const bandRow = (cells, style) => `<table:table-row>${cells.map((c) => `<table:table-cell${style ? ` table:style-name="${style}"` : ''} office:value-type="string"><text:p>${c}</text:p></table:table-cell>`).join('')}</table:table-row>`;
  w(
    'banded-decoy.fods',
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">` +
      '<office:automatic-styles><style:style style:name="Band" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9d9d9"/></style:style>' +
      '<style:style style:name="Grey" style:family="text"><style:text-properties fo:color="#d9d9d9"/></style:style></office:automatic-styles>' +
      `<office:body><office:spreadsheet><table:table table:name="客户"><table:table-column table:number-columns-repeated="3"/>${bandRow(HEAD.map(esc))}${bandPeople.map((p) => bandRow([esc(p.name), styled('Grey', p.mobile, 5), styled('Grey', p.id, 9)], 'Band')).join('')}</table:table></office:spreadsheet></office:body></office:document>\n`,
  );
  soffice(work, 'xlsx:Calc MS Excel 2007 XML', ['banded-decoy.fods']);
  soffice(work, 'xls:MS Excel 97', ['banded-decoy.fods']);
  // The trick the other way round: every cell's paragraph in a white paragraph style, the true text in
  // black spans, the decoy digit left in the paragraph's white (hiding a style's property is not enough).
  const inversePeople = makePeople(123, 30);
  const ink = (text) => `<text:span text:style-name="Ink">${esc(text)}</text:span>`;
  const inverse = (digits, at) => `${ink(digits.slice(0, at))}${(Number(digits[at]) + 3) % 10}${ink(digits.slice(at))}`;
  const ghostRow = (cells) => `<table:table-row>${cells.map((c) => `<table:table-cell office:value-type="string"><text:p text:style-name="Ghost">${c}</text:p></table:table-cell>`).join('')}</table:table-row>`;
  w(
    'inverse-decoy.fodt',
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">` +
      '<office:styles><style:style style:name="Ghost" style:family="paragraph"><style:text-properties fo:color="#ffffff"/></style:style></office:styles>' +
      '<office:automatic-styles><style:style style:name="Ink" style:family="text"><style:text-properties fo:color="#000000"/></style:style></office:automatic-styles>' +
      `<office:body><office:text>\n<text:p>客户联系表</text:p>\n<table:table table:name="客户"><table:table-column table:number-columns-repeated="3"/>${ghostRow(HEAD.map(ink))}${inversePeople.map((p) => ghostRow([ink(p.name), inverse(p.mobile, 5), inverse(p.id, 9)])).join('')}</table:table>\n</office:text></office:body></office:document>\n`,
  );
  soffice(work, 'docx:MS Word 2007 XML', ['inverse-decoy.fodt']);
  soffice(work, 'odt:writer8', ['inverse-decoy.fodt']);
  soffice(work, 'doc:MS Word 97', ['inverse-decoy.fodt']);

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const take = (from, to) => copyFileSync(join(work, 'out', from), join(OUT, to));
  const put = (to, data) => writeFileSync(join(OUT, to), data);
  const list = (people) => ({ idLines: people.length, mobileLines: people.length, names: samples(people) });
  const LIST_DETECTORS = ['cn_mobile', 'cn_resident_id', 'person_name_zh'];

  take('hidden-decoy.rtf', 'hidden-decoy.rtf');
  manifest.push({ file: 'hidden-decoy.rtf', what: 'the same list saved by Writer as RTF (hidden text: \\v)', needs: ['rtf'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(decoyPeople) });
  take('hidden-decoy.docx', 'hidden-decoy.docx');
  // Read twice: as shown (30 records) and with its hidden text, where one row's 19-digit "ID" passes Luhn (a card, a 31st record).
  manifest.push({ file: 'hidden-decoy.docx', what: '30-row list, a hidden decoy digit inside every mobile and ID (Writer: Hidden attribute, w:vanish)', needs: ['docx'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(decoyPeople) });
  take('hidden-decoy.doc', 'hidden-decoy.doc');
  take('hidden-decoy.odt', 'hidden-decoy.odt');
  for (const [file, what, needs] of [
    ['white-decoy.doc', 'a 30-row list, a white decoy digit inside every mobile and ID (Writer, saved as Word 97 .doc)', 'ole'],
    ['white-decoy.xls', 'the same as rich text in cells (Calc, saved as Excel 97 .xls: a white font)', 'ole'],
    ['white-decoy.xlsx', 'the same saved by Calc as .xlsx (a white run in each shared string)', 'xlsx'],
    ['tiny-decoy.docx', 'the same list with the decoy digit in 1-point type (Writer, saved as .docx)', 'docx'],
    ['white-decoy.pdf', 'the white-digit list exported by Writer as PDF (a white fill for each decoy glyph)', 'pdf'],
    ['tiny-decoy.pdf', 'the 1-point-digit list exported by Writer as PDF', 'pdf'],
    ['pale-decoy.docx', 'the same list with the decoy digit not white but #F4F4F4, too pale to read (Writer, saved as .docx)', 'docx'],
    ['pale-decoy.doc', 'the pale-digit list saved as Word 97 .doc (sprmCCv F4F4F4, and sprmCIco 8, white, the nearest index: LibreOffice writes both)', 'ole'],
    ['pale-decoy.pdf', 'the pale-digit list exported by Writer as PDF (a 0.957 gray fill)', 'pdf'],
  ]) {
    take(file, file);
    manifest.push({ file, what, needs: [needs], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(seenPeople) });
  }
  for (const [file, what, needs] of [
    ['styled-decoy.docx', 'a 30-row list, the decoy digit in named character styles: white in each mobile, hidden in each ID (Writer, saved as .docx: w:rStyle)', 'docx'],
    ['styled-decoy.odt', 'the same saved as ODT (spans name common styles in styles.xml)', 'odf'],
    ['styled-decoy.doc', 'the same saved as Word 97 .doc (runs name the style: sprmCIstd; its properties are in the style sheet)', 'ole'],
  ]) {
    take(file, file);
    manifest.push({ file, what, needs: [needs], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(styledPeople) });
  }
  take('banded-decoy.xlsx', 'banded-decoy.xlsx');
  // Read twice, as hidden-decoy.docx is: as shown (30 records) and with the grey digits, where one row's 19-digit "ID" passes Luhn (a 31st).
  manifest.push({ file: 'banded-decoy.xlsx', what: 'a 30-row list in light-grey filled cells, the decoy digit in each mobile and ID in that same grey (Calc, saved as .xlsx)', needs: ['xlsx'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(bandPeople) });
  take('banded-decoy.xls', 'banded-decoy.xls');
  manifest.push({ file: 'banded-decoy.xls', what: 'a 30-row list in light-grey filled cells, the decoy digit in each mobile and ID in that same grey (Calc, saved as Excel 97 .xls: a solid XF fill, a font of that palette colour)', needs: ['ole'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(bandPeople) });
  for (const [file, what, needs] of [
    ['inverse-decoy.docx', 'a 30-row list in a white paragraph style, the true text in black runs, the decoy digit left white (Writer, saved as .docx)', 'docx'],
    ['inverse-decoy.odt', 'the same saved as ODT (a common paragraph style, automatic text styles over it)', 'odf'],
    ['inverse-decoy.doc', 'the same saved as Word 97 .doc (the paragraph style in the style sheet, the runs\' own colour over it)', 'ole'],
  ]) {
    take(file, file);
    manifest.push({ file, what, needs: [needs], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(inversePeople) });
  }
  manifest.push({ file: 'hidden-decoy.odt', what: 'the same list saved by Writer as ODT (hidden text: a span whose automatic style has text:display="none")', needs: ['odf'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(decoyPeople) });
  manifest.push({ file: 'hidden-decoy.doc', what: 'the same list saved by Writer as Word 97 .doc (hidden text: sprmCFVanish)', needs: ['ole'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(decoyPeople) });
  take('customers.xlsx', 'customers.xlsx');
  manifest.push({ file: 'customers.xlsx', what: '40-row customer list, text cells', needs: ['xlsx'], detectors: LIST_DETECTORS, records: 40, sensitiveRecords: 40, sensitivity: 'secret', unscannable: [], text: list(customers) });
  take('phones-numeric.xlsx', 'phones-numeric.xlsx');
  manifest.push({ file: 'phones-numeric.xlsx', what: '20 names with mobiles stored as NUMERIC cells', needs: ['xlsx'], detectors: ['cn_mobile', 'person_name_zh'], records: 20, sensitiveRecords: 0, sensitivity: 'confidential', unscannable: [], text: { idLines: 0, mobileLines: 20, names: samples(numeric) } });
  take('hidden-sheet.xlsx', 'hidden-sheet.xlsx');
  manifest.push({ file: 'hidden-sheet.xlsx', what: 'harmless first sheet; 30-row list on hidden Sheet2', needs: ['xlsx'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(hidden) });
  take('pivot-cache.xlsx', 'pivot-cache.xlsx');
  deleteSheet(join(OUT, 'pivot-cache.xlsx'), '明细', work);
  manifest.push({ file: 'pivot-cache.xlsx', what: 'sales-by-city pivot; its 30-row source sheet deleted, the rows live on in the pivot cache', needs: ['xlsx'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(pivotPeople) });
  take('cell-note.xlsx', 'cell-note.xlsx');
  manifest.push({ file: 'cell-note.xlsx', what: 'sales summary; a 12-person list pasted into one cell note', needs: ['xlsx'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(notePeople) });
  take('cell-note.xls', 'cell-note.xls');
  manifest.push({ file: 'cell-note.xls', what: 'the same summary as cell-note.xlsx, saved by Calc as .xls (a NOTE, its text in a TXO record)', needs: ['ole'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(notePeople) });
  take('cell-note.ods', 'cell-note.ods');
  manifest.push({ file: 'cell-note.ods', what: 'the same summary as cell-note.xlsx, saved by Calc as ODS (an office:annotation)', needs: ['odf'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(notePeople) });
  take('customers-web.html', 'customers-web.xls');
  manifest.push({ file: 'customers-web.xls', what: 'a 30-row list as an HTML table named .xls (how CRMs export "Excel")', needs: ['html'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(webPeople) });
  take('contacts.ods', 'customers.ods');
  manifest.push({ file: 'customers.ods', what: '15 contacts: name, mobile, e-mail', needs: ['odf'], detectors: ['cn_mobile', 'email', 'person_name_zh'], records: 15, sensitiveRecords: 0, sensitivity: 'confidential', unscannable: [], text: { idLines: 0, mobileLines: 15, names: samples(odsPeople) } });
  take('legacy.xls', 'legacy.xls');
  manifest.push({ file: 'legacy.xls', what: '12-row list in a BIFF8 .xls (Excel 97–2003)', needs: ['ole'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(legacy) });
  take('customers-big.xls', 'customers-big.xls');
  manifest.push({
    file: 'customers-big.xls',
    what: '.xls: a notice sheet, a 300-row list with mobiles as numbers (shared strings continued over CONTINUE records), a hidden 20-row sheet',
    needs: ['ole'],
    detectors: LIST_DETECTORS,
    records: 320,
    sensitiveRecords: 320,
    sensitivity: 'secret',
    unscannable: [],
    text: list([...bigXls, ...hiddenXls]),
  });
  take('customers-table.docx', 'customers-table.docx');
  manifest.push({ file: 'customers-table.docx', what: '25-row list in a Word table', needs: ['docx'], detectors: LIST_DETECTORS, records: 25, sensitiveRecords: 25, sensitivity: 'secret', unscannable: [], text: list(docPeople) });
  take('customers-table.doc', 'customers-table.doc');
  manifest.push({ file: 'customers-table.doc', what: 'the 25-row Word table saved as Word 97–2003 (.doc)', needs: ['ole'], detectors: LIST_DETECTORS, records: 25, sensitiveRecords: 25, sensitivity: 'secret', unscannable: [], text: list(docPeople) });
  take('customers-table.rtf', 'customers-table.rtf');
  manifest.push({ file: 'customers-table.rtf', what: 'the 25-row Word table saved as RTF (names as \\u escapes, rows as \\cell…\\row)', needs: ['rtf'], detectors: LIST_DETECTORS, records: 25, sensitiveRecords: 25, sensitivity: 'secret', unscannable: [], text: list(docPeople) });
  take('customers-gaps.doc', 'customers-gaps.doc');
  manifest.push({ file: 'customers-gaps.doc', what: '.doc table whose last column (备注) has an empty header and mostly empty cells', needs: ['ole'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(gapPeople) });
  take('customers-list.doc', 'customers-list.doc');
  manifest.push({ file: 'customers-list.doc', what: 'the 12-person bulleted list saved as .doc', needs: ['ole'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(odtPeople) });
  take('memo.docx', 'memo.docx');
  manifest.push({ file: 'memo.docx', what: 'office memo, no personal data', needs: ['docx'], detectors: [], records: 0, sensitiveRecords: 0, sensitivity: 'public', unscannable: [], text: { idLines: 0, mobileLines: 0, names: [] } });
  take('customers-list.odt', 'customers-list.odt');
  manifest.push({ file: 'customers-list.odt', what: '12 people as a bulleted list (姓名：…，手机：…，身份证号：…)', needs: ['odf'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(odtPeople) });
  take('customers-table.pdf', 'customers-table.pdf');
  soffice(work, 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}', ['memo-note.fodt']);
  take('memo-note.pdf', 'memo-note.pdf');
  manifest.push({ file: 'memo-note.pdf', what: 'one-line minutes; a 12-person list in a comment, exported as a PDF annotation', needs: ['pdf'], detectors: LIST_DETECTORS, records: 12, sensitiveRecords: 12, sensitivity: 'secret', unscannable: [], text: list(pdfNotePeople) });
  // The harmless memo as a PDF, with the 40-row customers.xlsx attached (poppler's pdfattach).
  soffice(work, 'pdf:writer_pdf_Export', ['memo.html'], 'HTML (StarWriter)');
  execFileSync('pdfattach', [join(work, 'out/memo.pdf'), join(OUT, 'customers.xlsx'), join(OUT, 'memo-attachment.pdf')]);
  manifest.push({ file: 'memo-attachment.pdf', what: 'one-page memo with the 40-row customers.xlsx attached to the PDF', needs: ['pdf', 'xlsx'], detectors: LIST_DETECTORS, records: 40, sensitiveRecords: 40, sensitivity: 'secret', unscannable: [], text: list(customers) });
  manifest.push({ file: 'customers-table.pdf', what: 'the 25-row Word table printed to PDF', needs: ['pdf'], detectors: LIST_DETECTORS, records: 25, sensitiveRecords: 25, sensitivity: 'secret', unscannable: [], text: list(docPeople) });
  take('scanned.pdf', 'scanned.pdf');
  manifest.push({ file: 'scanned.pdf', what: 'a picture of a 10-row list, no text layer', needs: ['pdf'], detectors: [], records: 0, sensitiveRecords: 0, sensitivity: 'public', unscannable: ['no-text-layer'], text: null });
  take('scanned-src.png', 'list-picture.png');
  manifest.push({ file: 'list-picture.png', what: 'the picture of the 10-row list as a PNG (a screenshot)', needs: ['image'], detectors: [], records: 0, sensitiveRecords: 0, sensitivity: 'public', unscannable: ['no-text-layer'], text: null });
  take('scanned-src.jpg', 'list-picture.jpg');
  manifest.push({ file: 'list-picture.jpg', what: 'the picture of the 10-row list as a JPEG (a photo of it)', needs: ['image'], detectors: [], records: 0, sensitiveRecords: 0, sensitivity: 'public', unscannable: ['no-text-layer'], text: null });
  take('caption-picture.docx', 'caption-picture.docx');
  manifest.push({ file: 'caption-picture.docx', what: 'a one-line caption over the picture of the 10-row list (Word)', needs: ['docx'], detectors: [], records: 0, sensitiveRecords: 0, sensitivity: 'public', unscannable: ['no-text-layer'], text: null });
  take('list-drawing.emf', 'list-drawing.emf');
  manifest.push({ file: 'list-drawing.emf', what: 'a 10-row list drawn as text boxes, saved as an enhanced metafile (what "Copy as Picture" of a range gives)', needs: ['emf'], detectors: LIST_DETECTORS, records: 10, sensitiveRecords: 10, sensitivity: 'secret', unscannable: [], text: list(drawPeople) });
  take('pasted-range.docx', 'pasted-range.docx');
  manifest.push({ file: 'pasted-range.docx', what: 'a caption, and that metafile pasted as a picture (Word)', needs: ['docx', 'emf'], detectors: LIST_DETECTORS, records: 10, sensitiveRecords: 10, sensitivity: 'secret', unscannable: [], text: list(drawPeople) });
  take('pasted-range.rtf', 'pasted-range.rtf');
  manifest.push({ file: 'pasted-range.rtf', what: 'the caption and the pasted metafile saved as RTF (\\emfblip)', needs: ['rtf', 'emf'], detectors: LIST_DETECTORS, records: 10, sensitiveRecords: 10, sensitivity: 'secret', unscannable: [], text: list(drawPeople) });
  take('memo-scan.pdf', 'memo-scan.pdf');
  manifest.push({ file: 'memo-scan.pdf', what: 'the office memo, then the picture of the 10-row list as page 2', needs: ['pdf'], detectors: [], records: 0, sensitiveRecords: 0, sensitivity: 'public', unscannable: ['no-text-layer'], text: null });
  take('customers-table.pptx', 'customers-table.pptx');
  manifest.push({ file: 'customers-table.pptx', what: 'slide with an 8-row table (name, mobile)', needs: ['pptx'], detectors: ['cn_mobile', 'person_name_zh'], records: 8, sensitiveRecords: 0, sensitivity: 'confidential', unscannable: [], text: { idLines: 0, mobileLines: 8, names: samples(pptPeople) } });
  take('customers-deck.ppt', 'customers-deck.ppt');
  manifest.push({
    file: 'customers-deck.ppt',
    what: 'PowerPoint 97–2003 deck: a slide with an 8-row table (name, mobile), a slide with a 20-row list embedded as a spreadsheet object',
    needs: ['ole'],
    detectors: LIST_DETECTORS,
    records: 28,
    sensitiveRecords: 20,
    sensitivity: 'secret',
    unscannable: [],
    text: { idLines: 20, mobileLines: 28, names: [...samples(deckPeople), ...samples(deckSheet)] },
  });

  // GBK CSV in a zip whose member name is GBK bytes without the UTF-8 flag (Windows "send to zip").
  const gbkPeople = makePeople(110, 30);
  const csv = [HEAD, ...rowsOf(gbkPeople, ['name', 'mobile', 'id'])].map((r) => r.join(',')).join('\r\n') + '\r\n';
  put('gbk-csv.zip', makeZip([{ nameBytes: iconv.encode('导出/客户名单.csv', 'gbk'), data: iconv.encode(csv, 'gbk') }]));
  manifest.push({ file: 'gbk-csv.zip', what: 'GBK CSV (30 rows) in a zip with a GBK member name, no UTF-8 flag', needs: ['zip'], detectors: LIST_DETECTORS, records: 30, sensitiveRecords: 30, sensitivity: 'secret', unscannable: [], text: list(gbkPeople) });

  // Mail → zip → xlsx.
  const innerZip = makeZip([{ name: '客户资料/customers.xlsx', data: readFileSync(join(OUT, 'customers.xlsx')) }]);
  put('mail-zip-xlsx.eml', makeEml({ subject: '客户资料', body: '您好，\r\n\r\n客户资料见附件，请查收。\r\n', attachment: { name: '客户资料.zip', data: innerZip } }));
  manifest.push({ file: 'mail-zip-xlsx.eml', what: 'mail (sender/recipient addresses) with customers.xlsx inside a zip attachment', needs: ['eml', 'zip', 'xlsx'], detectors: ['cn_mobile', 'cn_resident_id', 'email', 'person_name_zh'], records: 40, sensitiveRecords: 40, sensitivity: 'secret', unscannable: [], text: list(customers) });

  // Encrypted zip, written by Info-ZIP (traditional PKWARE encryption).
  const encPeople = makePeople(111, 10);
  w('secret.csv', [HEAD, ...rowsOf(encPeople, ['name', 'mobile', 'id'])].map((r) => r.join(',')).join('\n') + '\n');
  const fixed = new Date('2024-07-01T09:30:00Z');
  utimesSync(join(work, 'secret.csv'), fixed, fixed);
  execFileSync('zip', ['-q', '-X', '-P', 'fixture-password', join(OUT, 'encrypted.zip'), 'secret.csv'], { cwd: work });
  manifest.push({ file: 'encrypted.zip', what: 'password-protected zip (zip -P)', needs: ['zip'], detectors: [], records: 0, sensitiveRecords: 0, sensitivity: 'public', unscannable: ['encrypted'], text: null });

  // The budget is what the repository stores (git compresses): LibreOffice writes a
  // ~430 KB uncompressed thumbnail into every .ppt it saves, ~35 KB compressed.
  for (const f of readdirSync(OUT)) {
    const size = gzipSync(readFileSync(join(OUT, f))).length;
    if (size > MAX_FIXTURE_BYTES) throw new Error(`${f}: ${size} bytes compressed, over the ${MAX_FIXTURE_BYTES}-byte fixture budget`);
  }
  manifest.sort((a, b) => a.file.localeCompare(b.file));
  writeFileSync(
    join(OUT, 'manifest.json'),
    `${JSON.stringify(
      {
        $comment:
          'Generated by scripts/make-fixtures.sh. Per fixture: the extractor kinds it needs, expected detectors, distinct person records, records carrying a sensitive field, sensitivity (secret: >=50 records or >=10 with an ID; confidential: 5-49 records or any ID; internal: contact data only, <5 records; public: nothing), expected unscannable reasons, and text checks (lines carrying an 18-char ID / a mobile, sample names).',
        fixtures: manifest,
      },
      null,
      2,
    )}\n`,
  );
  rmSync(work, { recursive: true, force: true });
  for (const f of readdirSync(OUT).sort()) console.log(`${String(statSync(join(OUT, f)).size).padStart(7)}  ${f}`);
}

main();
