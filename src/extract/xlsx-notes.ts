// Cell notes (xl/commentsN.xml) and threaded comments
// (xl/threadedComments/*.xml): a list pasted into a note travels with a
// workbook whose cells hold nothing personal. Each part is one text unit,
// a note's own line breaks kept, a blank line between notes (so a
// 姓名：/电话： block never runs from one note into the next).
import { budgetLeft, recordBranchError } from './limit-error.js';
import { checkText, parsePart, partsMatching } from './ooxml.js';
import { memberLocation } from './member.js';
import type { ExtractContext, ExtractInput } from './types.js';
import type { ZipReader } from './zip-reader.js';

const NOTE_PARTS = /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i;

export async function readNotes(zip: ZipReader, input: ExtractInput, ctx: ExtractContext): Promise<void> {
  for (const m of partsMatching(zip, NOTE_PARTS)) {
    if (ctx.signal.aborted || !budgetLeft(ctx)) return;
    const location = memberLocation(input.location, m.name);
    const writer = ctx.sink.open(location, { kind: 'text' });
    let note: string[] | null = null;
    let rph = 0; // phonetic runs (rPh) repeat the text in kana: left out
    try {
      await parsePart(zip, m, ctx, {
        open(local) {
          if (local === 'comment' || local === 'threadedComment') note = [];
          else if (local === 'rPh') rph++;
        },
        close(local) {
          if (local === 'rPh') rph--;
          else if ((local === 'comment' || local === 'threadedComment') && note) {
            const text = note.join('').replace(/\r\n?/g, '\n').trim();
            if (text) writer.write(`${text}\n\n`);
            note = null;
            checkText(ctx);
          }
        },
        text(t) {
          if (note && rph === 0) note.push(t);
        },
      });
    } catch (err) {
      recordBranchError(ctx, location, err);
      if (ctx.sink.exhausted) return;
    } finally {
      writer.end();
    }
  }
}
