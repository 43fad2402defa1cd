// Document properties: what File › Properties shows and no page does —
// title, subject, keywords, comments, author, manager, company, and custom
// properties of any name (OOXML docProps/core.xml, app.xml and custom.xml;
// ODF meta.xml). A list pasted into "Comments" travels with a document
// whose pages hold nothing. Each part is one text unit, one property value
// per line, its own line breaks kept.
import { budgetLeft, recordBranchError } from './limit-error.js';
import { memberLocation } from './member.js';
import { checkText, parsePart, partsMatching } from './ooxml.js';
import type { ExtractContext, ExtractInput, UnitWriter } from './types.js';
import type { ZipReader } from './zip-reader.js';

export const OOXML_PROPERTIES = /^docProps\/(core|app|custom)\.xml$/i;
export const ODF_PROPERTIES = /^meta\.xml$/i;

/** app.xml's statistics and the producer's name: numbers and versions, never anyone's data. */
const NOT_TEXT = new Set(['TotalTime', 'Pages', 'Words', 'Characters', 'CharactersWithSpaces', 'Lines', 'Paragraphs', 'Slides', 'Notes', 'HiddenSlides', 'MMClips', 'DocSecurity', 'AppVersion', 'Template', 'document-statistic', 'generator', 'editing-duration', 'editing-cycles']);

export async function readProperties(zip: ZipReader, parts: RegExp, input: ExtractInput, ctx: ExtractContext): Promise<void> {
  for (const m of partsMatching(zip, parts)) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    const location = memberLocation(input.location, m.name);
    // Opened at the first value: a document without properties has no unit for them.
    const unit: { writer?: UnitWriter } = {};
    const open: string[] = [];
    let value: string[] = [];
    try {
      await parsePart(zip, m, ctx, {
        open(local) {
          open.push(local);
          value = [];
        },
        close(local) {
          open.pop();
          const text = value.join('').replace(/\r\n?/g, '\n').trim();
          value = [];
          if (text && !NOT_TEXT.has(local)) {
            unit.writer ??= ctx.sink.open(location, { kind: 'text' });
            unit.writer.write(`${text}\n`);
            checkText(ctx);
          }
        },
        text(t) {
          if (open.length > 0) value.push(t);
        },
      });
    } catch (err) {
      recordBranchError(ctx, location, err);
      if (ctx.sink.exhausted) return;
    } finally {
      unit.writer?.end();
    }
  }
}
