// Pivot caches: a pivot table keeps its own copy of every column of its
// source range in the workbook (xl/pivotCache/), and Excel keeps that copy
// when the source sheet is deleted. A "summary by region" workbook can so
// carry the whole customer list it was made from, on no sheet at all.
//
// pivotCacheDefinitionN.xml names the fields (the source's header row) and
// lists each field's distinct values (sharedItems); pivotCacheRecordsN.xml
// has one <r> per source row whose children are, in field order, an index
// into that field's items (<x v="3"/>) or a value (<s>, <n>, <d>, <b>, <e>,
// <m/> for missing). Each cache is one table unit: the field names, then one
// line per record, so records group as in the sheet they came from. A cache
// saved without records (saveData="0") still lists every distinct value:
// each field's items go down its own column, one per line.
import { formatNumber } from './number-format.js';
import { budgetLeft, recordBranchError } from './limit-error.js';
import { flat } from './flat.js';
import { checkText, namedParts, parsePart, readRels } from './ooxml.js';
import { memberLocation } from './member.js';
import type { ExtractContext, ExtractInput } from './types.js';
import { attr, type Attrs } from './xml-stream.js';
import type { ZipReader } from './zip-reader.js';

const REL_RECORDS = /\/pivotCacheRecords$/;

interface CacheField {
  name: string;
  items: string[];
}

function valueOf(local: string, attrs: Attrs): string | undefined {
  const v = attr(attrs, 'v');
  switch (local) {
    case 's':
    case 'd':
    case 'e':
      return flat(v ?? '');
    case 'n':
      return v === undefined ? '' : formatNumber(v);
    case 'b':
      return v === '1' || v === 'true' ? 'TRUE' : 'FALSE';
    case 'm':
      return '';
    default:
      return undefined;
  }
}

/** Fields in record order (calculated fields, databaseField="0", have no record column). */
async function readDefinition(zip: ZipReader, part: string, ctx: ExtractContext): Promise<CacheField[]> {
  const m = zip.find(part);
  if (!m) return [];
  const fields: CacheField[] = [];
  let field: CacheField | null = null;
  let inItems = false;
  await parsePart(zip, m, ctx, {
    open(local, attrs) {
      if (local === 'cacheField') {
        field = { name: flat(attr(attrs, 'name') ?? ''), items: [] };
        if (attr(attrs, 'databaseField') !== '0') fields.push(field);
      } else if (local === 'sharedItems') inItems = true;
      else if (inItems && field) {
        const v = valueOf(local, attrs);
        if (v !== undefined) field.items.push(v);
      }
    },
    close(local) {
      if (local === 'sharedItems') inItems = false;
      else if (local === 'cacheField') field = null;
    },
  });
  return fields;
}

async function readCache(zip: ZipReader, defPart: string, input: ExtractInput, ctx: ExtractContext): Promise<void> {
  const fields = await readDefinition(zip, defPart, ctx);
  if (fields.length === 0) return;
  const recordsPart = (await readRels(zip, defPart, ctx)).find((r) => REL_RECORDS.test(r.type))?.target;
  const records = recordsPart === undefined ? undefined : zip.find(recordsPart);
  if (recordsPart !== undefined && !records) ctx.fail(memberLocation(input.location, recordsPart), 'corrupt', 'a pivot cache names records that are missing');
  const location = memberLocation(input.location, records ? records.name : defPart);
  const writer = ctx.sink.open(location, { kind: 'table', delimiter: '\t' });
  try {
    writer.write(`${fields.map((f) => f.name).join('\t')}\n`);
    if (!records) {
      fields.forEach((f, k) => {
        for (const item of f.items) if (item !== '') writer.write(`${'\t'.repeat(k)}${item}\n`);
      });
      checkText(ctx);
      return;
    }
    let row: string[] | null = null;
    // Indexes past a field's items (a damaged definition): empty to read, so said below.
    let missing = 0;
    await parsePart(zip, records, ctx, {
      open(local, attrs) {
        if (local === 'r') row = [];
        else if (row && local === 'x') {
          const item = fields[row.length]?.items[Number(attr(attrs, 'v'))];
          if (item === undefined) missing++;
          row.push(item ?? '');
        } else if (row) row.push(valueOf(local, attrs) ?? '');
      },
      close(local) {
        if (local !== 'r' || !row) return;
        if (row.some((v) => v !== '')) writer.write(`${row.join('\t')}\n`);
        row = null;
        checkText(ctx);
      },
    });
    if (missing > 0) ctx.fail(location, 'corrupt', `${missing} record value(s) refer to cache items that are missing`);
  } finally {
    writer.end();
  }
}

/**
 * Every pivot cache of the workbook, whether or not a sheet still shows it:
 * those the workbook names (one that is missing is `corrupt`) and any other
 * part named like one.
 */
export async function readPivotCaches(zip: ZipReader, named: readonly string[], input: ExtractInput, ctx: ExtractContext): Promise<void> {
  for (const m of namedParts(zip, /^xl\/pivotCache\/pivotCacheDefinition[^/]*\.xml$/i, named, input, ctx, 'the workbook names a pivot cache')) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    try {
      await readCache(zip, m.name, input, ctx);
    } catch (err) {
      recordBranchError(ctx, memberLocation(input.location, m.name), err);
      if (ctx.sink.exhausted) return;
    }
  }
}
