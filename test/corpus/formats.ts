// Wrap labeled carriers in the containers a customer list travels in (issue
// 3): xlsx (some numbers as numeric cells, some sheets hidden), docx (tables
// and paragraphs), ods/odt, CSV files (UTF-8, UTF-8 BOM, GBK) inside a
// zip attached to an e-mail, and mysqldump-style SQL dumps. Each built item carries the union of its
// carriers' labels.
import iconv from 'iconv-lite';
import { buildDocx, buildOdf, buildXlsx, wP, wTable, xmlEscape, type SheetSpec } from '../support/office-writer.js';
import type { Rng } from '../support/synth.js';
import * as s from '../support/synth.js';
import { buildZip } from '../support/zip-writer.js';
import { key, type Carrier, type Decoy, type Label } from './generate.js';

export interface Item {
  format: string;
  name: string;
  data: Buffer;
  entities: Label[];
  dontCare: Label[];
  decoys: Decoy[];
}

/** Group carriers so that no detector has more than `cap` labels per item (the reveal list holds 1000). */
export function groupCarriers(carriers: readonly Carrier[], cap: number, maxPerGroup: number): Carrier[][] {
  const groups: Carrier[][] = [];
  let cur: Carrier[] = [];
  let counts = new Map<string, number>();
  for (const c of carriers) {
    const next = new Map(counts);
    for (const l of [...c.entities, ...c.dontCare]) next.set(l.detector, (next.get(l.detector) ?? 0) + 1);
    if (cur.length > 0 && (cur.length >= maxPerGroup || [...next.values()].some((n) => n > cap))) {
      groups.push(cur);
      cur = [];
      counts = new Map();
      for (const l of [...c.entities, ...c.dontCare]) counts.set(l.detector, (counts.get(l.detector) ?? 0) + 1);
    } else counts = next;
    cur.push(c);
  }
  if (cur.length > 0) groups.push(cur);
  return groups;
}

export function item(format: string, name: string, data: Buffer, carriers: readonly Carrier[], extra: Label[] = []): Item {
  const ent = new Map<string, Label>();
  const dc = new Map<string, Label>();
  for (const c of carriers) {
    for (const l of c.entities) ent.set(key(l), l);
    for (const l of c.dontCare) dc.set(key(l), l);
  }
  for (const l of extra) ent.set(key(l), l);
  for (const k of ent.keys()) dc.delete(k);
  return { format, name, data, entities: [...ent.values()], dontCare: [...dc.values()], decoys: carriers.flatMap((c) => c.decoys) };
}

const colName = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : colName(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26)));

/** Lines of a text carrier as table-less rows (one cell per line). */
export const linesOf = (c: Carrier): string[] => c.text.replace(/\r/g, '').split('\n').filter((l) => l !== '');

export function buildXlsxItem(rng: Rng, carriers: readonly Carrier[], name: string): Item {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const sst = (v: string): number => {
    let i = index.get(v);
    if (i === undefined) {
      i = shared.length;
      shared.push(v);
      index.set(v, i);
    }
    return i;
  };
  const sheets = carriers.map((c, si): SheetSpec => {
    const rows = c.rows ?? linesOf(c).map((l) => [l]);
    const xml = rows
      .map((r, ri) => {
        const cells = r
          .map((v, ci) => {
            if (v === '') return '';
            const ref = `${colName(ci)}${ri + 1}`;
            // Excel turns a typed phone number or short code into a number; 16+ digits it would
            // round, so those stay text (as an export written as text does).
            if (/^[1-9]\d{0,14}$/.test(v) && rng.bool(0.5)) return `<c r="${ref}"><v>${v}</v></c>`;
            if (rng.bool(0.15)) return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
            return `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
          })
          .join('');
        return `<row r="${ri + 1}">${cells}</row>`;
      })
      .join('');
    // Hiding a sheet is a classic evasion: it must be read all the same.
    const state = rng.bool(0.15) ? (rng.bool() ? ('hidden' as const) : ('veryHidden' as const)) : undefined;
    return state ? { name: `Sheet${si + 1}`, state, rows: xml } : { name: `Sheet${si + 1}`, rows: xml };
  });
  return item('xlsx', name, buildXlsx(sheets, shared), carriers);
}

export function buildDocxItem(carriers: readonly Carrier[], name: string): Item {
  const body = carriers
    .map((c, i) => wP(`第${i + 1}部分`) + (c.rows ? wTable(c.rows) : linesOf(c).map((l) => wP(l)).join('')) + wP(''))
    .join('');
  return item('docx', name, buildDocx(body), carriers);
}

const odfP = (t: string): string => `<text:p>${xmlEscape(t)}</text:p>`;
const odfTable = (name: string, rows: readonly (readonly string[])[]): string =>
  `<table:table table:name="${xmlEscape(name)}">${rows
    .map((r) => `<table:table-row>${r.map((c) => `<table:table-cell office:value-type="string">${odfP(c)}</table:table-cell>`).join('')}</table:table-row>`)
    .join('')}</table:table>`;

export function buildOdtItem(carriers: readonly Carrier[], name: string): Item {
  const body = carriers.map((c, i) => odfP(`第${i + 1}部分`) + (c.rows ? odfTable(`表${i + 1}`, c.rows) : linesOf(c).map(odfP).join(''))).join('');
  return item('odt', name, buildOdf('text', body), carriers);
}

export function buildOdsItem(carriers: readonly Carrier[], name: string): Item {
  const body = carriers.map((c, i) => odfTable(`Sheet${i + 1}`, c.rows ?? linesOf(c).map((l) => [l]))).join('');
  return item('ods', name, buildOdf('spreadsheet', body), carriers);
}

/** A SQL string literal as mysqldump writes it: backslash before quotes, backslashes and line ends. */
const sqlString = (v: string): string => `'${v.replace(/[\\'"]/g, '\\$&').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}'`;

/**
 * Table carriers as a mysqldump of one table each: CREATE TABLE, then every
 * row in one extended INSERT line (`VALUES (…),(…),…;`), some with the
 * column list (--complete-insert); columns named after the header row. Numbers of up to
 * 11 digits are sometimes unquoted (a BIGINT mobile column).
 */
export function buildSqlItem(rng: Rng, carriers: readonly Carrier[], name: string): Item {
  const out = ['-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)', '--', '-- Host: localhost    Database: crm', ''];
  carriers.forEach((c, t) => {
    const rows = c.rows ?? [];
    const header = rows.length > 1 && rows[0]!.every((v) => !/\d/.test(v)) ? rows[0]! : null;
    const data = header ? rows.slice(1) : rows;
    const width = Math.max(...rows.map((r) => r.length));
    // Column names: the header's labels when there is one (a Chinese system's schema), else c1, c2, ….
    const cols = Array.from({ length: width }, (_, i) => `\`${header?.[i] || `c${i + 1}`}\``);
    out.push(`CREATE TABLE \`t${t}\` (${cols.map((col) => `${col} varchar(255)`).join(', ')});`);
    const value = (v: string | undefined): string => (v === undefined || v === '' ? 'NULL' : /^\d{1,11}$/.test(v) && rng.bool(0.3) ? v : sqlString(v));
    const tuples = data.map((r) => `(${Array.from({ length: width }, (_, i) => value(r[i])).join(',')})`);
    const list = header && rng.bool(0.5) ? ` (${header.map((h) => `\`${h}\``).join(',')})` : '';
    out.push(`INSERT INTO \`t${t}\`${list} VALUES ${tuples.join(',')};`);
  });
  return item('sql', name, Buffer.from(`${out.join('\n')}\n`), carriers);
}

/** CSV bytes as Excel and friends write them: UTF-8, UTF-8 with BOM, or GBK. */
function csvBytes(rng: Rng, c: Carrier): Buffer {
  const enc = rng.weighted(['utf8', 'bom', 'gbk'] as const, [4, 3, 3]);
  if (enc === 'gbk') return iconv.encode(c.text, 'gb18030');
  const b = Buffer.from(c.text, 'utf8');
  return enc === 'bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) : b;
}

const b64 = (b: Buffer): string => b.toString('base64').replace(/.{76}/g, '$&\r\n');
const encWord = (t: string): string => `=?UTF-8?B?${Buffer.from(t, 'utf8').toString('base64')}?=`;

/**
 * A mail whose body is one text carrier and whose attachment is a zip of
 * table carriers as CSV (some members with GBK names and no UTF-8 flag).
 * The From/To addresses are e-mail entities too.
 */
export function buildEmlItem(rng: Rng, body: Carrier, tables: readonly Carrier[], name: string): Item {
  const members = tables.map((c, i) => {
    const fname = `${rng.pick(['客户名单', '会员导出', '订单明细', 'export'])}_${i + 1}.${c.shape.kind === 'table' && c.shape.delimiter === '\t' ? 'tsv' : 'csv'}`;
    const gbkName = rng.bool(0.4);
    return gbkName ? { name: iconv.encode(fname, 'gbk'), data: csvBytes(rng, c), utf8Flag: false } : { name: `data/${fname}`, data: csvBytes(rng, c) };
  });
  const zip = buildZip(members);
  const from = s.email(rng);
  const to = s.email(rng);
  const boundary = `----=_Part_${rng.digits(6)}`;
  const eml = [
    `From: "Sales" <${from}>`,
    `To: ${to}`,
    `Subject: ${encWord(rng.pick(['客户资料', '本月会员导出', '订单数据，请查收']))}`,
    `Date: Mon, 3 Jun 2024 10:${String(rng.int(10, 59))}:00 +0800`,
    `Message-ID: <${rng.digits(12)}.${rng.digits(4)}@mail.example.com>`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(Buffer.from(body.text, 'utf8')),
    `--${boundary}`,
    `Content-Type: application/zip; name="${encWord('资料.zip')}"`,
    `Content-Disposition: attachment; filename="${encWord('资料.zip')}"`,
    'Content-Transfer-Encoding: base64',
    '',
    b64(zip),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  const mid = /<([^>]+)>/.exec(eml.split('\r\n').find((l) => l.startsWith('Message-ID'))!)![1]!;
  const it = item('eml-zip-csv', name, Buffer.from(eml, 'utf8'), [body, ...tables], [
    { detector: 'email', value: from },
    { detector: 'email', value: to },
  ]);
  // The Message-ID is shaped like an address but is none: not scored either way.
  it.dontCare.push({ detector: 'email', value: mid.toLowerCase() });
  // A mobile hidden in `<mobile>@139.com` is reported or not, as in the text corpus (cn-formats §10).
  for (const address of [from, to]) {
    const m = /^(1[3-9]\d{9})@/.exec(address);
    if (m) it.dontCare.push({ detector: 'cn_mobile', value: m[1]! });
  }
  return it;
}
