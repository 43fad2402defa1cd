// Per-format benchmark inputs (issue 3): xlsx, docx, zip of CSV, eml with a
// zipped CSV attachment, copies of the LibreOffice PDF fixture, and the same
// tables as CSV for LibreOffice to save as .xls (run.js). Built with
// the test writers (TypeScript), so run through vite-node:
//   npx vite-node bench/make-formats.ts -- <outDir> <rowsPerFile> <files>
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDocx, buildXlsx, wTable, xmlEscape } from '../test/support/office-writer.js';
import * as s from '../test/support/synth.js';
import { buildZip } from '../test/support/zip-writer.js';

const args = process.argv.slice(2).filter((a) => a !== '--');
const out = args[0] ?? 'bench/corpus/formats';
const rowsPer = Number(args[1] ?? 5000);
const files = Number(args[2] ?? 4);
const rng = s.makeRng(4242);

const HEADER = ['姓名', '手机号', '身份证号', '邮箱', '银行卡号', '地址', '订单号', '备注'];
function rows(n: number): string[][] {
  const r: string[][] = [HEADER];
  for (let i = 0; i < n; i++) {
    r.push([s.chineseName(rng), s.mobile(rng), s.residentId(rng), s.email(rng), s.bankCard(rng), s.address(rng), s.orderNumber18(rng), rng.pick(['', 'VIP', '已回访'])]);
  }
  return r;
}
const csv = (t: string[][]): string => t.map((r) => r.join(',')).join('\r\n') + '\r\n';
const col = (i: number): string => String.fromCharCode(65 + i);

function xlsx(t: string[][]): Buffer {
  const shared: string[] = [];
  const xml = t
    .map((r, ri) => `<row r="${ri + 1}">${r
      .map((v, ci) => {
        const ref = `${col(ci)}${ri + 1}`;
        if (/^1\d{10}$/.test(v)) return `<c r="${ref}"><v>${v}</v></c>`;
        shared.push(v);
        return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
      })
      .join('')}</row>`)
    .join('');
  return buildXlsx([{ name: 'Sheet1', rows: xml }], shared);
}

function eml(zip: Buffer): Buffer {
  const b = 'bench-boundary';
  const b64 = zip.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'From: "Sales" <sales@corp.example.com>',
      'To: partner@example.net',
      'Subject: customers',
      'MIME-Version: 1.0',
      `Content-Type: multipart/mixed; boundary="${b}"`,
      '',
      `--${b}`,
      'Content-Type: text/plain; charset=UTF-8',
      '',
      '附件是客户名单，请查收。',
      `--${b}`,
      'Content-Type: application/zip; name="list.zip"',
      'Content-Disposition: attachment; filename="list.zip"',
      'Content-Transfer-Encoding: base64',
      '',
      b64,
      `--${b}--`,
      '',
    ].join('\r\n'),
  );
}

// src-csv is not scanned: run.js has LibreOffice save it as .xls.
for (const f of ['xlsx', 'docx', 'zip-csv', 'eml', 'pdf', 'src-csv']) mkdirSync(join(out, f), { recursive: true });
for (let i = 0; i < files; i++) {
  const t = rows(rowsPer);
  writeFileSync(join(out, 'xlsx', `list-${i}.xlsx`), xlsx(t));
  writeFileSync(join(out, 'docx', `list-${i}.docx`), buildDocx(`<w:p><w:r><w:t>${xmlEscape('客户名单')}</w:t></w:r></w:p>${wTable(t)}`));
  const half = Math.ceil(t.length / 2);
  const zip = buildZip([
    { name: `list-${i}-a.csv`, data: csv(t.slice(0, half)) },
    { name: `list-${i}-b.csv`, data: csv([HEADER, ...t.slice(half)]) },
  ]);
  writeFileSync(join(out, 'zip-csv', `list-${i}.zip`), zip);
  writeFileSync(join(out, 'eml', `mail-${i}.eml`), eml(zip));
  writeFileSync(join(out, 'src-csv', `list-${i}.csv`), csv(t));
}
// No PDF writer in code: replicate the real LibreOffice fixture as separate files.
const pdf = fileURLToPath(new URL('../test/fixtures/office/customers-table.pdf', import.meta.url));
if (existsSync(pdf)) for (let i = 0; i < files * 25; i++) copyFileSync(pdf, join(out, 'pdf', `list-${i}.pdf`));
console.log(JSON.stringify({ out, rowsPer, files, pdf: existsSync(pdf) }));
