// Regenerates test/fixtures/corpus-pdf/: part of the labeled corpus printed to
// PDF by LibreOffice (the only PDF writer here), with the labels beside it,
// so the corpus test covers PDF like the other formats.
//   npx vite-node scripts/make-corpus-pdfs.ts
// Needs soffice and the CJK font: apt-get install libreoffice-calc
// libreoffice-writer fonts-wqy-zenhei (`fc-list | grep -i wqy`). Takes ~10 s.
//
// Lists (list-*.pdf) are printed the way someone prints a spreadsheet whose
// columns show their content: a flat ODF spreadsheet (.fods) written here,
// every column as wide as Calc's Optimal Width makes it (its longest cell,
// estimated from font metrics on the generous side, + 0.1"), every cell a
// text cell so IDs keep their digits, then `soffice --convert-to pdf`. The
// eight lists (the 48 table carriers, 6 per list) vary in what a printout
// varies in (LAYOUTS below): one sheet per table or all tables stacked on one sheet,
// tables of one kind merged under one header; portrait sheets too wide for
// the page continue on further column pages (top-to-bottom or left-to-right
// page order), landscape ones are scaled to the page width or not; a repeated
// header row on some, a bold header, Calc's sheet-name header and page-number
// footer on some; A4 or Letter, 9–11 pt.
// Prose, key–value blocks and signatures (text-*.pdf) are printed from a
// text document by Writer.
//
// The generator then checks with pdf.js (pdf-parse's getText) that every
// labelled value is on its page (NFKC, spaces and dashes removed; numbers
// as whole digit words, see missingValues) and fails, writing nothing,
// otherwise: the labels must only count what the file holds.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { generateCorpus, type Carrier, type Label } from '../test/corpus/generate.js';
import { groupCarriers, item, linesOf } from '../test/corpus/formats.js';

const SEED = 90417;
const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'corpus-pdf');
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const html = (body: string): string =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page{size:A4;margin:2cm}body{font-family:"WenQuanYi Zen Hei",sans-serif;font-size:9pt}</style></head><body>${body}</body></html>`;

/** How one list is laid out and printed. */
interface Layout {
  /** sheets: one sheet per table; stacked: all tables on one sheet, an empty row between; merged: tables with the same header on one sheet under it. */
  sheets: 'sheets' | 'stacked' | 'merged';
  paper: 'A4' | 'Letter';
  landscape: boolean;
  /** Scale so the columns fit the page width (Calc: fit print range to width 1). */
  fitWidth: boolean;
  /** Page order: top-to-bottom then right (Calc's default), or left-to-right then down. */
  order: 'ttb' | 'ltr';
  /** Print the first row of every sheet on each page. */
  repeatHeader: boolean;
  boldHeader: boolean;
  /** Calc's default header (sheet name) and footer (page number). */
  headerFooter: boolean;
  fontPt: number;
}

const LAYOUTS: readonly Layout[] = [
  { sheets: 'sheets', paper: 'A4', landscape: false, fitWidth: false, order: 'ttb', repeatHeader: false, boldHeader: false, headerFooter: true, fontPt: 10 },
  { sheets: 'sheets', paper: 'A4', landscape: true, fitWidth: true, order: 'ttb', repeatHeader: false, boldHeader: true, headerFooter: true, fontPt: 10 },
  { sheets: 'merged', paper: 'A4', landscape: true, fitWidth: false, order: 'ttb', repeatHeader: true, boldHeader: true, headerFooter: true, fontPt: 10 },
  { sheets: 'stacked', paper: 'A4', landscape: false, fitWidth: false, order: 'ltr', repeatHeader: false, boldHeader: false, headerFooter: false, fontPt: 10 },
  { sheets: 'sheets', paper: 'A4', landscape: true, fitWidth: true, order: 'ttb', repeatHeader: false, boldHeader: false, headerFooter: false, fontPt: 9 },
  { sheets: 'merged', paper: 'A4', landscape: true, fitWidth: true, order: 'ttb', repeatHeader: true, boldHeader: false, headerFooter: true, fontPt: 11 },
  { sheets: 'sheets', paper: 'Letter', landscape: false, fitWidth: false, order: 'ttb', repeatHeader: false, boldHeader: true, headerFooter: true, fontPt: 11 },
  { sheets: 'stacked', paper: 'A4', landscape: true, fitWidth: true, order: 'ttb', repeatHeader: false, boldHeader: false, headerFooter: false, fontPt: 10 },
];

/**
 * Width of `s` in em of DejaVu Sans (the Latin font here; Liberation Sans is
 * not installed, and Calc would fall back to it anyway) and WenQuanYi Zen Hei
 * (CJK and full-width forms, 1 em), each glyph rounded up so that a fitted
 * column does not clip; the check after printing is what guarantees it.
 */
function ems(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 0x2e80 || ch === '·') w += 1;
    else if (/[0-9]/.test(ch)) w += 0.64;
    else if (/[mwMW@]/.test(ch)) w += 1;
    else if (/[A-Z]/.test(ch)) w += 0.8;
    else if (/[a-z]/.test(ch)) w += 0.62;
    else if (ch === ' ') w += 0.32;
    else w += 0.84;
  }
  return w;
}

const CM_PER_PT = 2.54 / 72;
/** What Calc's Format › Columns › Optimal Width adds to the widest cell by default (0.1 inch). */
const OPTIMAL_ADD_CM = 0.254;

/** A cell's text as ODF: runs of spaces must be written as text:s or they collapse. */
const odfText = (s: string): string =>
  esc(s)
    .replace(/^ /, '<text:s/>')
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);

interface Sheet {
  name: string;
  rows: string[][];
  /** The first row is a header (repeated on each page when the layout asks). */
  header: boolean;
}

const isHeader = (r: readonly string[]): boolean => r.length > 1 && r.every((c) => !/[0-9]/.test(c));

function sheetsOf(tables: readonly Carrier[], layout: Layout): Sheet[] {
  if (layout.sheets === 'stacked') {
    const rows = tables.flatMap((c, i) => (i === 0 ? c.rows! : [[], ...c.rows!]));
    return [{ name: '导出', rows, header: false }];
  }
  if (layout.sheets === 'sheets') return tables.map((c, i) => ({ name: `Sheet${i + 1}`, rows: c.rows!.map((r) => [...r]), header: isHeader(c.rows![0]!) }));
  // Merged: a statement or order list printed as one long sheet under its header row.
  const sheets: Sheet[] = [];
  for (const c of tables) {
    const head = c.rows![0]!;
    const same = isHeader(head) ? sheets.find((s) => s.header && s.rows[0]!.join('\t') === head.join('\t')) : undefined;
    if (same) same.rows.push(...c.rows!.slice(1).map((r) => [...r]));
    else sheets.push({ name: `Sheet${sheets.length + 1}`, rows: c.rows!.map((r) => [...r]), header: isHeader(head) });
  }
  return sheets;
}

function fods(sheets: readonly Sheet[], layout: Layout): string {
  const pt = layout.fontPt;
  const [w, h] = layout.paper === 'A4' ? [21, 29.7] : [21.59, 27.94];
  const [pw, ph] = layout.landscape ? [h, w] : [w, h];
  const colStyles = new Map<string, string>();
  const colStyle = (cm: number): string => {
    const width = `${cm.toFixed(3)}cm`;
    let name = colStyles.get(width);
    if (!name) colStyles.set(width, (name = `co${colStyles.size + 1}`));
    return name;
  };
  const tables = sheets.map((sh) => {
    const ncols = Math.max(...sh.rows.map((r) => r.length));
    const widths = Array.from({ length: ncols }, (_, c) =>
      Math.max(1.2, ...sh.rows.map((r, ri) => (ems(r[c] ?? '') * (ri === 0 && sh.header && layout.boldHeader ? 1.1 : 1) * pt) * CM_PER_PT + OPTIMAL_ADD_CM)),
    );
    const cols = widths.map((cm) => `<table:table-column table:style-name="${colStyle(cm)}" table:default-cell-style-name="Default"/>`).join('');
    const row = (r: readonly string[], bold: boolean): string =>
      `<table:table-row table:style-name="ro1">${r
        .map((v) =>
          v === ''
            ? '<table:table-cell/>'
            : `<table:table-cell${bold ? ' table:style-name="ce1"' : ''} office:value-type="string" calcext:value-type="string"><text:p>${odfText(v)}</text:p></table:table-cell>`,
        )
        .join('')}</table:table-row>`;
    const bold = sh.header && layout.boldHeader;
    const head = sh.header && layout.repeatHeader ? `<table:table-header-rows>${row(sh.rows[0]!, bold)}</table:table-header-rows>` : row(sh.rows[0]!, bold);
    const body = sh.rows.slice(1).map((r) => row(r, false)).join('');
    return `<table:table table:name="${esc(sh.name)}" table:style-name="ta1">${cols}${head}${body}</table:table>`;
  });
  const hf = layout.headerFooter
    ? '<style:header><text:p><text:sheet-name>???</text:sheet-name></text:p></style:header><style:footer><text:p>第 <text:page-number>1</text:page-number> 页</text:p></style:footer>'
    : '<style:header style:display="false"/><style:footer style:display="false"/>';
  const scale = layout.fitWidth ? ' loext:scale-to-X="1" loext:scale-to-Y="0"' : ' style:scale-to="100%"';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/><style:font-face style:name="WenQuanYi Zen Hei" svg:font-family="'WenQuanYi Zen Hei'" style:font-family-generic="system"/></office:font-face-decls>
<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="DejaVu Sans" fo:font-size="${pt}pt" style:font-name-asian="WenQuanYi Zen Hei" style:font-size-asian="${pt}pt" style:font-name-complex="DejaVu Sans" style:font-size-complex="${pt}pt"/></style:default-style><style:style style:name="Default" style:family="table-cell"/></office:styles>
<office:automatic-styles>${[...colStyles].map(([width, name]) => `<style:style style:name="${name}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${width}"/></style:style>`).join('')}<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:use-optimal-row-height="true" fo:break-before="auto"/></style:style><style:style style:name="ta1" style:family="table" style:master-page-name="mp1"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style><style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${pw}cm" fo:page-height="${ph}cm" style:print-orientation="${layout.landscape ? 'landscape' : 'portrait'}" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm" style:print-page-order="${layout.order}" style:print="charts drawings objects zero-values"${scale}/><style:header-style><style:header-footer-properties fo:min-height="0.75cm" fo:margin-bottom="0.25cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.75cm" fo:margin-top="0.25cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="mp1" style:page-layout-name="pm1">${hf}</style:master-page></office:master-styles>
<office:body><office:spreadsheet>${tables.join('')}</office:spreadsheet></office:body></office:document>
`;
}

/** Detectors whose values are compared as digits (an ID as digits and X), with word boundaries. */
const DIGITS: Readonly<Record<string, RegExp>> = { bank_card: /[^0-9\s]+/, cn_mobile: /[^0-9\s]+/, cn_landline: /[^0-9\s]+/, cn_resident_id: /[^0-9x\s]+/ };
/** Up to this many consecutive words make one number (a card in groups of four). */
const MAX_WORDS = 8;
const flat = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s\-‐‑–—]/g, '');
/** Masked for a report: never the raw value. */
const mask = (v: string): string => (v.length >= 8 ? `${v.slice(0, 3)}****${v.slice(-2)}` : `${v.slice(0, 1)}**`);

/**
 * Labelled values that are not on the page (masked), in pdf.js's text
 * (pdf-parse getText). A number is there when consecutive words between two
 * non-digits (`6230 5853 2707 0555`; dashes, brackets and plus signs dropped) make exactly it, so a
 * clipped ID followed by the next cell's digits does not pass; a phone may
 * carry its country code or a trunk 0 (0086-546-7091905 is labelled
 * 05467091905, 018999333528 is 18999333528). Names,
 * addresses and codes are in prose without word breaks: there a substring of
 * the text without white space (so across a line Writer wrapped) is enough.
 */
async function missingValues(pdf: Buffer, labels: readonly Label[]): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  let text: string;
  try {
    text = (await parser.getText()).text.normalize('NFKC').toLowerCase();
  } finally {
    await parser.destroy();
  }
  const numbers = new Map<RegExp, Set<string>>();
  const numbersBy = (sep: RegExp): Set<string> => {
    let set = numbers.get(sep);
    if (set) return set;
    numbers.set(sep, (set = new Set()));
    for (const segment of text.replace(/[-‐‑–—()+]/g, '').split(sep)) {
      const w = segment.split(/\s+/).filter((x) => x !== '');
      for (let i = 0; i < w.length; i++) {
        for (let j = i, acc = ''; j < Math.min(w.length, i + MAX_WORDS) && acc.length < 24; j++) {
          acc += w[j]!;
          const national = acc.replace(/^(00)?86/, '');
          set.add(acc).add(national).add(`0${national}`).add(acc.replace(/^0/, ''));
        }
      }
    }
    return set;
  };
  const all = flat(text);
  const present = (l: Label): boolean => {
    const sep = DIGITS[l.detector];
    return sep ? numbersBy(sep).has(l.value.toLowerCase().replace(/[^0-9x]/g, '')) : all.includes(flat(l.value));
  };
  return labels.filter((l) => !present(l)).map((l) => `${l.detector} ${mask(l.value)}`);
}

// Keep the carriers and their order: 48 tables in 8 lists of 6, 6 prose documents.
const { carriers } = generateCorpus(SEED, 2400, 1200);
const tables = groupCarriers(carriers.filter((c) => c.rows), 400, 6).slice(0, LAYOUTS.length);
const texts = groupCarriers(carriers.filter((c) => !c.rows), 400, 20).slice(0, 6);
const work = mkdtempSync(join(tmpdir(), 'corpus-pdf-'));
const labels: Record<string, { entities: Label[]; dontCare: Label[]; decoys: unknown[] }> = {};
mkdirSync(OUT, { recursive: true });
const docs: { name: string; src: string }[] = [];
tables.forEach((g, i) => {
  const name = `list-${i}`;
  writeFileSync(join(work, `${name}.fods`), fods(sheetsOf(g, LAYOUTS[i]!), LAYOUTS[i]!));
  docs.push({ name, src: `${name}.fods` });
  const it = item('pdf', `${name}.pdf`, Buffer.alloc(0), g);
  labels[`${name}.pdf`] = { entities: it.entities, dontCare: it.dontCare, decoys: it.decoys };
});
texts.forEach((g, i) => {
  const name = `text-${i}`;
  const body = g.map((c, k) => `<h3>第${k + 1}部分</h3>${linesOf(c).map((l) => `<p>${esc(l)}</p>`).join('')}`).join('');
  writeFileSync(join(work, `${name}.html`), html(body));
  docs.push({ name, src: `${name}.html` });
  const it = item('pdf', `${name}.pdf`, Buffer.alloc(0), g);
  labels[`${name}.pdf`] = { entities: it.entities, dontCare: it.dontCare, decoys: it.decoys };
});
// One soffice run per kind (a start costs seconds); its own profile so a running LibreOffice is not reused.
const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
const convert = (filter: string, infilter: string[], srcs: string[]): void => {
  execFileSync('soffice', [profile, '--headless', ...infilter, '--convert-to', filter, '--outdir', work, ...srcs.map((s) => join(work, s))], { stdio: 'inherit' });
};
convert('pdf:calc_pdf_Export', [], docs.filter((d) => d.src.endsWith('.fods')).map((d) => d.src));
convert('pdf:writer_pdf_Export', ['--infilter=HTML (StarWriter)'], docs.filter((d) => d.src.endsWith('.html')).map((d) => d.src));
// Check every file before writing any: a fixture whose labels count what is not on the page is a wrong fixture.
const problems: string[] = [];
for (const d of docs) {
  const missing = await missingValues(readFileSync(join(work, `${d.name}.pdf`)), labels[`${d.name}.pdf`]!.entities);
  if (missing.length > 0) problems.push(`${d.name}.pdf: ${missing.length} labelled values not on the page: ${missing.slice(0, 5).join(', ')}`);
}
if (problems.length > 0) {
  console.error(`${problems.join('\n')}\nnothing written; sources and PDFs kept in ${work}`);
  process.exit(1);
}
for (const d of docs) {
  copyFileSync(join(work, `${d.name}.pdf`), join(OUT, `${d.name}.pdf`));
  console.log(`${d.name}.pdf ${(statSync(join(OUT, `${d.name}.pdf`)).size / 1024).toFixed(0)} KB`);
}
writeFileSync(join(OUT, 'labels.json'), `${JSON.stringify({ $comment: 'Generated by scripts/make-corpus-pdfs.ts from the synthetic labeled corpus (seed 90417).', items: labels })}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`wrote ${docs.length} PDFs and labels.json to ${OUT}; every labelled value is on its page`);
