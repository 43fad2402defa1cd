// Cell notes (xl/commentsN.xml) and threaded comments
// (xl/threadedComments/*.xml): a list pasted into a note travels with a
// workbook whose cells hold nothing personal. Each part is one text unit,
// a note's own line breaks kept, a blank line between notes (so a
// 姓名：/电话： block never runs from one note into the next).
import { budgetLeft, recordBranchError } from './limit-error.js';
import { checkText, namedParts, parsePart, readRelsOrSay } from './ooxml.js';
import { memberLocation } from './member.js';
import type { ExtractContext, ExtractInput } from './types.js';
import { writeLines } from './unit-lines.js';
import type { ZipReader } from './zip-reader.js';

const NOTE_PARTS = /^xl\/(comments[^/]*|threadedComments\/[^/]+)\.xml$/i;
const REL_NOTES = /\/(comments|threadedComment)$/;

/**
 * The notes parts the sheets' relationships name, and any other part named
 * like one. A named part that is missing is `corrupt`: the notes were there
 * (a damaged or doctored file must not read as clean).
 */
export async function readNotes(zip: ZipReader, sheetParts: readonly string[], input: ExtractInput, ctx: ExtractContext): Promise<void> {
  const named = new Set<string>();
  for (const sheet of sheetParts) {
    const rels = await readRelsOrSay(zip, sheet, input, ctx);
    for (const rel of rels) if (REL_NOTES.test(rel.type)) named.add(rel.target);
  }
  for (const m of namedParts(zip, NOTE_PARTS, named, input, ctx, 'a sheet names a notes part')) {
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

/**
 * Cell notes read from a binary format (.xls TXO records, .xlsb comment
 * parts) as one text unit: each note's own lines, a blank line between two,
 * so a list pasted into one note stays a list.
 */
export function writeNotes(ctx: ExtractContext, location: string, notes: readonly string[]): void {
  if (notes.length > 0) writeLines(ctx, location, [notes.map((note) => note.replace(/\r\n?/g, '\n').trim()).join('\n\n')]);
}
