// Document properties: what File › Properties shows and no page does —
// title, subject, keywords, comments, author, manager, company, and custom
// properties of any name (OOXML docProps/core.xml, app.xml and custom.xml;
// ODF meta.xml). A list pasted into "Comments" travels with a document
// whose pages hold nothing. OOXML custom XML data parts
// (customXml/itemN.xml, the store content controls are bound to, and any
// XML a tool puts there) are read the same way. Each part is one text
// unit, one element's text per line, its own line breaks kept.
import { budgetLeft, ExtractLimitError, recordBranchError } from './limit-error.js';
import { memberLocation } from './member.js';
import { checkText, partsMatching, readUnparsedPart } from './ooxml.js';
import { attr, parseXml } from './xml-stream.js';
import type { ExtractContext, ExtractInput, UnitWriter } from './types.js';
import type { ZipReader } from './zip-reader.js';

export const OOXML_PROPERTIES = /^(docProps\/(core|app|custom)|customXml\/item\d+)\.xml$/i;
export const ODF_PROPERTIES = /^meta\.xml$/i;
const DATA_PARTS = /^customXml\//i;

/** app.xml's statistics and the producer's name: numbers and versions, never anyone's data. */
const NOT_TEXT = new Set(['TotalTime', 'Pages', 'Words', 'Characters', 'CharactersWithSpaces', 'Lines', 'Paragraphs', 'Slides', 'Notes', 'HiddenSlides', 'MMClips', 'DocSecurity', 'AppVersion', 'Template', 'document-statistic', 'generator', 'editing-duration', 'editing-cycles']);

interface Frame {
  local: string;
  /** Its `name` attribute (a custom property's name), if any. */
  name: string | undefined;
  text: string[];
  /** Its leaf children as `label：value`. */
  fields: string[];
  children: number;
}

/**
 * Each part as lines: every value after its label — a custom property's
 * name, else the element's name (`description：…`, `备注：…`), so labels give
 * context. In custom XML data the values of one element share a line
 * (`姓名：赵磊  手机：13600136000`: a record in the data stays a record);
 * properties are one a line, each its own (two properties are not one person).
 */
export async function readProperties(zip: ZipReader, parts: RegExp, input: ExtractInput, ctx: ExtractContext): Promise<void> {
  for (const m of partsMatching(zip, parts)) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    const location = memberLocation(input.location, m.name);
    try {
      await readXmlFields(zip.chunks(m, ctx), location, DATA_PARTS.test(m.name), ctx);
    } catch (err) {
      recordBranchError(ctx, location, err);
      if (ctx.sink.exhausted) return;
      if (!(err instanceof ExtractLimitError)) await readUnparsedPart(zip, m, input.location, ctx);
    }
  }
}

/**
 * One XML document as a text unit of `label：value` lines (see
 * readProperties); `grouped`: the leaf values of one element share a line.
 * Parse and limit errors propagate, after what was read has been written.
 */
export async function readXmlFields(chunks: AsyncIterable<Buffer>, location: string, grouped: boolean, ctx: ExtractContext): Promise<void> {
  // Opened at the first value: a document without properties has no unit for them.
  const unit: { writer?: UnitWriter } = {};
  const write = (line: string): void => {
    unit.writer ??= ctx.sink.open(location, { kind: 'text' });
    unit.writer.write(`${line}\n`);
    checkText(ctx);
  };
  const stack: Frame[] = [];
  try {
    await parseXml(
      chunks,
      {
        open(local, attrs) {
          const parent = stack[stack.length - 1];
          if (parent) parent.children++;
          stack.push({ local, name: attr(attrs, 'name'), text: [], fields: [], children: 0 });
        },
        close() {
          const f = stack.pop()!;
          const text = f.text.join('').replace(/\r\n?/g, '\n').trim();
          const parent = stack[stack.length - 1];
          if (f.children === 0) {
            if (!text || NOT_TEXT.has(f.local)) return;
            const field = `${f.name ?? parent?.name ?? f.local}：${text}`;
            if (parent && grouped) parent.fields.push(field);
            else write(field);
            return;
          }
          if (f.fields.length > 0) write(f.fields.join('  '));
          if (text) write(text);
        },
        text(t) {
          stack[stack.length - 1]?.text.push(t);
        },
      },
      ctx.signal,
    );
  } finally {
    unit.writer?.end();
  }
}
