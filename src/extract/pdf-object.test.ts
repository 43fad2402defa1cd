import { describe, expect, it } from 'vitest';
import { objectParses } from './pdf-object.js';

const parses = (body: string): boolean => objectParses(`1 0 obj${body}`, 'l 0 obj'.length);

describe('PDF object values', () => {
  it('accepts every kind of value, followed by endobj or stream', () => {
    for (const body of [
      '\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj',
      '<</Kids[3 0 R 4 0 R]/Count 2/MediaBox[0 0 612.5 -792]>>endobj',
      '\n(a (nested) string with \\) an escape and \\\\)\nendobj',
      '\n<FEFF 5F20 4F1F>\nendobj',
      '\n[/Name#20x 1 2 R true false null -.5 +3 <<>> [] ()]\nendobj',
      '\n<< /Length 6 0 R /Filter /FlateDecode >>\nstream\nxyz\nendstream\nendobj',
      ' % a comment before the value\n<</A 1>> % and after it\nendobj',
      ' 42 endobj',
      '\n7 0 R\nendobj',
      '\0\0<</A/B>>\0endobj',
    ]) expect(parses(body), body).toBe(true);
  });

  it('rejects a value a byte of damage left unparsable (fuzzing: a font descriptor)', () => {
    for (const body of [
      '\n<</Type/FontDescriptor/ItalicAngle(0\n/Ascent 0>>\nendobj\n2 0 obj\n<</A 1>>\nendobj', // ( swallows the rest
      '\n8</Type/FontDescriptor/Ascent 891>>\nendobj', // << became 8<
      '\n<</Type/Font 3 0 R /X>>\nendobj', // a key without a value
      '\n<</A [1 2>>\nendobj', // an array never closed
      '\n<</A 1>> junk\nendobj',
      `\n${'['.repeat(300)}${']'.repeat(300)}\nendobj`, // nesting past the bound
      // A comment inside a dictionary or array: legal, written by no producer; a byte turned into % hides the rest of its line.
      '\n<</Type /%\0not /Subtype /Text /Contents <FEFF5F204F1F>\n>>\nendobj',
      '\n<< /Length 6 0 R % a comment\n/Filter /FlateDecode >>\nstream\nxyz\nendstream\nendobj',
      '\n[1 % two\n3]\nendobj',
    ]) expect(parses(body), body).toBe(false);
  });
});
