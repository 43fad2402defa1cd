// Excel binary workbooks (.xlsb, "Excel Binary Workbook"): the package of an
// .xlsx with binary parts (xlsb-records.ts). Every worksheet part as a table
// unit (`b.xlsb!/xl/worksheets/sheet1.bin`, hidden sheets too: all parts are
// read, whatever the workbook lists), cells from the shared strings, inline
// strings, numbers and cached formula results; comments as text units;
// document properties and embedded files as in an .xlsx. A record that
// runs past its part, a cell naming a shared string that is not there, are
// `corrupt` after the rows before them.
import { OOXML_PROPERTIES, readProperties } from './doc-properties.js';
import { budgetLeft } from './limit-error.js';
import { memberLocation } from './member.js';
import { partsMatching, readPartOrSay, readRelsOrSay, recurseEmbedded, reportListing } from './ooxml.js';
import { readDocumentPictures } from './office-pictures.js';
import { readLeftoverParts } from './package-leftovers.js';
import type { ExtractContext, ExtractInput, Extractor } from './types.js';
import { commentTexts, sharedStrings, sheetRelIds, sheetRows, XlsbDamage } from './xlsb-records.js';
import { writeNotes } from './xlsx-notes.js';
import { type ZipMember, ZipReader } from './zip-reader.js';

const SHARED = 'xl/sharedStrings.bin';
const WORKBOOK = 'xl/workbook.bin';

export const xlsbExtractor: Extractor = {
  kind: 'xlsb',
  async extract(input: ExtractInput, ctx: ExtractContext): Promise<void> {
    const textBefore = ctx.sink.textBytes;
    const zip = await ZipReader.open(input, ctx.limits.maxMembers, ctx.signal);
    try {
      reportListing(zip, input, ctx);
      let sst: string[] = [];
      const shared = zip.find(SHARED);
      if (shared) {
        const data = await readPartOrSay(zip, shared, input, ctx);
        if (data) sst = parse(() => sharedStrings(data), memberLocation(input.location, SHARED), ctx) ?? [];
      }
      for (const m of await sheetParts(zip, input, ctx)) {
        if (ctx.signal.aborted || !budgetLeft(ctx)) return;
        const data = await readPartOrSay(zip, m, input, ctx);
        const location = memberLocation(input.location, m.name);
        const rows: string[] = [];
        if (data) parse(() => sheetRows(data, sst, rows), location, ctx);
        if (rows.length === 0) continue;
        const writer = ctx.sink.open(location, { kind: 'table', delimiter: '\t' });
        for (const row of rows) writer.write(`${row}\n`);
        writer.end();
      }
      for (const m of partsMatching(zip, /^xl\/comments[^/]*\.bin$/i)) {
        const data = await readPartOrSay(zip, m, input, ctx);
        const location = memberLocation(input.location, m.name);
        writeNotes(ctx, location, data ? (parse(() => commentTexts(data), location, ctx) ?? []) : []);
      }
      await readProperties(zip, OOXML_PROPERTIES, input, ctx);
      await recurseEmbedded(zip, input, ctx, /^xl\/embeddings\//i);
      await readDocumentPictures(zip, input, ctx, textBefore);
      await readLeftoverParts(zip, input, ctx);
    } finally {
      zip.close();
    }
  },
};

/**
 * The sheets the workbook lists (a listed part the package lacks is
 * `corrupt`: something was there), then worksheet parts it does not list.
 */
async function sheetParts(zip: ZipReader, input: ExtractInput, ctx: ExtractContext): Promise<ZipMember[]> {
  const parts: ZipMember[] = [];
  const workbook = zip.find(WORKBOOK);
  const data = workbook ? await readPartOrSay(zip, workbook, input, ctx) : null;
  const ids = data ? (parse(() => sheetRelIds(data), memberLocation(input.location, WORKBOOK), ctx) ?? []) : [];
  if (ids.length > 0) {
    const rels = new Map((await readRelsOrSay(zip, WORKBOOK, input, ctx)).map((r) => [r.id, r.target] as const));
    for (const id of ids) {
      const target = rels.get(id);
      const m = target === undefined ? undefined : zip.find(target);
      if (m) parts.push(m);
      else ctx.fail(memberLocation(input.location, target ?? WORKBOOK), 'corrupt', `the workbook names a sheet (${id}) whose part is missing`);
    }
  }
  const listed = new Set(parts.map((m) => m.name));
  for (const m of partsMatching(zip, /^xl\/worksheets\/[^/]+\.bin$/i)) if (!listed.has(m.name)) parts.push(m);
  return parts;
}

/** Run a part's parser; its damage is `corrupt` at `location`. */
function parse<T>(fn: () => T, location: string, ctx: ExtractContext): T | null {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof XlsbDamage)) throw err;
    ctx.fail(location, 'corrupt', err.message);
    return null;
  }
}
