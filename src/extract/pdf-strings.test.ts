import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CaptureSink } from '../../test/support/capture-sink.js';
import { packageRoot } from '../paths.js';
import { DEFAULT_LIMITS } from '../types.js';
import { bufferInput, extractItem } from './dispatch.js';
import { isEncrypted } from './pdf-integrity.js';
import { pdfTextStrings } from './pdf-strings.js';

const stringsOf = (pdf: string | Buffer): string[] => {
  const out: string[] = [];
  pdfTextStrings(typeof pdf === 'string' ? Buffer.from(pdf, 'latin1') : pdf, (s) => out.push(s));
  return out;
};
const utf16 = (s: string): string => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

describe('pdfTextStrings', () => {
  it('reads literal strings with their escapes, hex strings, and UTF-16 text strings', () => {
    const pdf = [
      '1 0 obj << /Title (Q3 \\(draft\\) list) /Author (a\\\\b) /Subject (line\\nbreak\\051) >> endobj',
      '2 0 obj << /Keywords (13800\\',
      '138000 tab\\there) /Creator <48656C6C6F2> >> endobj',
      `3 0 obj << /Contents ${utf16('客户张伟 13800138000')} >> endobj`,
    ].join('\n');
    expect(stringsOf(pdf)).toEqual(['Q3 (draft) list', 'a\\b', 'line\nbreak)', '13800138000 tab\there', 'Hello ', '客户张伟 13800138000']);
  });

  it('skips content streams and binary strings, and reads object streams inflated', () => {
    const content = 'BT (13800138000) Tj ET';
    const objects = deflateSync(Buffer.from(`5 0 6 40 << /Contents (in an object stream) >> << /V ${utf16('王芳')} >>`));
    const pdf = Buffer.concat([
      Buffer.from(`4 0 obj << /Length ${content.length} >>\nstream\n${content}\nendstream endobj\n`, 'latin1'),
      Buffer.from('7 0 obj << /ID [<9F3A0012C4FF01> <00FF>] /Note (ok) >> endobj\n', 'latin1'),
      Buffer.from(`8 0 obj << /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length ${objects.length} >>\nstream\n`, 'latin1'),
      objects,
      Buffer.from('\nendstream endobj\n', 'latin1'),
    ]);
    expect(stringsOf(pdf)).toEqual(['ok', 'in an object stream', '王芳']);
  });
});

describe('pdf extractor: strings of the objects', () => {
  const run = async (data: Buffer): Promise<CaptureSink> => {
    const sink = new CaptureSink();
    await extractItem(bufferInput('doc.pdf', 'doc.pdf', data), sink, DEFAULT_LIMITS, new AbortController().signal);
    return sink;
  };

  it('reads a note whose /Contents key is damaged, which pdf.js then ignores (fuzz seed 11)', async () => {
    const pdf = Buffer.from(readFileSync(join(packageRoot(), 'test/fixtures/office/memo-note.pdf')));
    const intact = await run(pdf);
    expect(intact.unit('#strings')?.text ?? '').not.toContain('15914955053'); // pdf.js read the note: not again
    pdf.write('\0\0', pdf.indexOf('/Contents <FEFF'), 'latin1');
    const damaged = await run(pdf);
    expect(damaged.unit('doc.pdf#strings')?.text).toContain('手机：15914955053');
    // A digit of the note's hex overwritten: every character after it is another, for any reader.
    pdf.write('\0', pdf.indexOf('ontents <FEFF') + 'ontents <FEFF'.length, 'latin1');
    expect((await run(pdf)).problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 text string(s) with a hex digit missing or overwritten: unreadable' });
    pdf.write(':', pdf.indexOf('ontents <FEFF') + 'ontents <FEFF'.length, 'latin1');
    expect((await run(pdf)).problems).toContainEqual({ reason: 'corrupt', location: 'doc.pdf', detail: '1 text string(s) with a hex digit missing or overwritten: unreadable' });
  });

  it('knows an encrypted file by its trailer, the encryption dictionary referenced or inline (its strings are ciphertext)', () => {
    expect(isEncrypted(Buffer.from('trailer\n<< /Size 9 /Encrypt 8 0 R >>'))).toBe(true);
    expect(isEncrypted(Buffer.from('trailer\n<< /Size 9 /Encrypt << /Filter /Standard /V 1 >> >>'))).toBe(true);
    expect(isEncrypted(Buffer.from('trailer\n<< /Size 9 /Root 1 0 R >>'))).toBe(false);
  });

  it('reads the information dictionary, where pdf.js looks at nothing (a list in /Keywords)', async () => {
    const pdf = readFileSync(join(packageRoot(), 'test/fixtures/office/customers-table.pdf'), 'latin1');
    const list = '张伟 13800138000; 王芳 13912345678';
    const withKeywords = Buffer.from(pdf.replace('/Producer', `/Keywords ${utf16(list)}\n/Producer`), 'latin1');
    const sink = await run(withKeywords);
    expect(sink.unit('doc.pdf#strings')?.text).toContain(list);
  });
});
